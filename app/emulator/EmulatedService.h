#pragma once
// What the emulator asks of each emulated service: the normal answer to a request, and the
// service's own shape for the faults it injects (an error status, an expired token, a garbled
// body). The TenantEmulator records requests, applies faults and delivers the answers.

#include "emulator/EmulatedRequest.h"
#include "emulator/HttpAnswer.h"

namespace rc::emu {

class EmulatedService
{
public:
    virtual ~EmulatedService() = default;

    virtual HttpAnswer handle(const EmulatedRequest &request) = 0;
    // An error status (429, 503, 504 ...) in the service's error shape, with Retry-After when
    // retryAfterSeconds >= 0.
    virtual HttpAnswer failure(const EmulatedRequest &request, int status, int retryAfterSeconds)
            = 0;
    virtual HttpAnswer expiredToken(const EmulatedRequest &request) = 0;
    // 200 with a truncated body of the content type the route normally answers with.
    virtual HttpAnswer malformed(const EmulatedRequest &request) = 0;
    // Headers every answer of the service carries (request ids, Date), added if missing.
    virtual void decorate(const EmulatedRequest &request, HttpAnswer &answer) = 0;

protected:
    EmulatedService() = default;
};

} // namespace rc::emu
