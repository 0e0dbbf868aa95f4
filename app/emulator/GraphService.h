#pragma once
// The emulated Microsoft Graph listener (/v1.0/...): checks the bearer token on every call
// (wrong audience, unknown or expired → 401 InvalidAuthenticationToken), routes to the user
// resources (PATCH accountEnabled, registeredDevices), devices, the sign-in log, runs $batch
// (GraphBatch: each item through the same handlers and the fault plan), puts every write
// (revokeSignInSessions, PATCH of a user or a device) through the tenant's write quota (429 +
// Retry-After, nothing changed) and answers unknown routes in Graph's error shape.

#include "emulator/EmulatedService.h"
#include "emulator/GraphBatch.h"
#include "emulator/GraphCall.h"
#include "emulator/GraphDevices.h"
#include "emulator/GraphMemberships.h"
#include "emulator/GraphSignIns.h"
#include "emulator/GraphUserWrites.h"
#include "emulator/GraphUsers.h"

#include <functional>

namespace rc::emu {

class GraphService final : public EmulatedService
{
public:
    explicit GraphService(EmulatorState &state);

    HttpAnswer handle(const EmulatedRequest &request) override;
    HttpAnswer failure(const EmulatedRequest &request, int status, int retryAfterSeconds) override;
    HttpAnswer expiredToken(const EmulatedRequest &request) override;
    HttpAnswer malformed(const EmulatedRequest &request) override;
    void decorate(const EmulatedRequest &request, HttpAnswer &answer) override;

    void setBatchOrderSeed(quint32 seed) { m_batch.setOrderSeed(seed); }

private:
    HttpAnswer route(GraphCall &call, const QStringList &segments);
    HttpAnswer routeUser(GraphCall &call, const QString &key, const QStringList &rest);
    HttpAnswer routeDevice(GraphCall &call, const QStringList &rest);
    HttpAnswer revoke(GraphCall &call, const QString &key);
    // A write through the tenant's write quota: 429 + Retry-After and nothing run when refused.
    HttpAnswer write(GraphCall &call, const std::function<HttpAnswer()> &run);
    // One $batch item: the fault plan first (so a test can fault one item), then handle().
    HttpAnswer batchItem(const EmulatedRequest &item);
    HttpAnswer segmentNotFound(const GraphCall &call, const QString &segment) const;
    HttpAnswer methodNotAllowed(const GraphCall &call) const;

    EmulatorState &m_state;
    GraphUsers m_users;
    GraphMemberships m_memberships {m_state, m_users};
    GraphUserWrites m_userWrites {m_state, m_users};
    GraphDevices m_devices {m_state, m_users};
    GraphSignIns m_signIns {m_state, m_users};
    GraphBatch m_batch;
};

} // namespace rc::emu
