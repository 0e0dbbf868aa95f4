#pragma once
// One request of a Graph $batch as the emulator ran it. TenantEmulator::requests() keeps the $batch
// envelope as the client sent it; its items are recorded as these, numbered by envelope, so tests
// can assert on each sub-request and on what it was answered.

#include "emulator/EmulatedRequest.h"

namespace rc::emu {

struct EmulatedBatchItem
{
    int batchNumber = 0; // 1 for the first $batch received since clearRequests(), 2 ...
    QString id; // the item's "id"
    EmulatedRequest request; // method, "/v1.0/..." path and raw query, the item's headers, body
    int status = 0; // what the item was answered
};

} // namespace rc::emu
