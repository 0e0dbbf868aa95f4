#pragma once
// GET /auditLogs/signIns: the tenant's sign-in log, filtered by userId and createdDateTime,
// newest first, paged ($top, $skiptoken). It needs AuditLog.Read.All, a role that reads sign-in
// reports (delegated), an Entra ID P1 licence, and stays within the identity and access reports
// limit: five requests per ten seconds per app (429 with Retry-After), counted on the server's
// clock.

#include "emulator/GraphUsers.h"

#include <QHash>
#include <QList>

namespace rc::emu {

class GraphSignIns final
{
public:
    GraphSignIns(EmulatorState &state, const GraphUsers &users);

    HttpAnswer list(const GraphCall &call);

    static constexpr int RequestsPerWindow = 5;
    static constexpr qint64 WindowMs = 10 * 1000;

private:
    // Counts this request for the app; false with *retryAfterSeconds when over the limit.
    bool admit(const QString &clientId, int *retryAfterSeconds);

    EmulatorState &m_state;
    const GraphUsers &m_users;
    QHash<QString, QList<qint64>> m_admittedAtMs; // lower-cased client id → monotonic ms
};

} // namespace rc::emu
