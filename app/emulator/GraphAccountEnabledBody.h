#pragma once
// The body of a PATCH that blocks or unblocks a user or a device: {"accountEnabled": true|false},
// sent as JSON ("Update user" and "Update device", Request headers: Content-Type
// application/json). Anything else is answered in Graph's error shape; the emulator changes
// accountEnabled only.

#include "emulator/GraphCall.h"

namespace rc::emu {

class GraphAccountEnabledBody final
{
public:
    // Reads the request's body into *accountEnabled, or sets *error and returns false.
    // `type` is "user" or "device"; `properties` the names of that type the emulator knows.
    static bool read(const GraphCall &call, const QString &type, const QStringList &properties,
                     bool *accountEnabled, HttpAnswer *error);
};

} // namespace rc::emu
