#pragma once
// The writes a containment and a restore make, each with its read-back, as CheckedWrite takes
// them: accountEnabled of a user or of a device set to `enabled`, then read to see it so.

#include "containment/CheckedWrite.h"
#include "containment/ContainmentClient.h"

namespace rc::enabledWrites {

CheckedWrite::Write setUser(ContainmentClient &client, QObject *context, const QString &userId,
                            bool enabled);
CheckedWrite::ReadBack userReads(ContainmentClient &client, QObject *context, const QString &userId,
                                 bool enabled);
CheckedWrite::Write setDevice(ContainmentClient &client, QObject *context,
                              const QString &deviceObjectId, bool enabled);
CheckedWrite::ReadBack deviceReads(ContainmentClient &client, QObject *context,
                                   const QString &deviceObjectId, bool enabled);

} // namespace rc::enabledWrites
