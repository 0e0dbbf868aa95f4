#include "audit/AuditTrail.h"

#include <QUuid>

namespace rc {

std::unique_ptr<AuditTrail> AuditTrail::over(AuditLog *log, const QString &tenant,
                                             const QString &operatorUpn, const QString &reason,
                                             Clock &clock)
{
    if (!log)
        return nullptr;
    std::unique_ptr<AuditTrail> trail(new AuditTrail(*log, tenant, clock));
    trail->setOperator(operatorUpn);
    trail->setReason(reason);
    return trail;
}

Result<std::unique_ptr<AuditTrail>> AuditTrail::open(const QString &path, const QString &tenant,
                                                     const QString &reason, Clock &clock)
{
    auto log = AuditLog::open(path);
    if (!log)
        return AuditLog::beforeSending(log.error());
    std::unique_ptr<AuditLog> owned = std::move(log).value();
    std::unique_ptr<AuditTrail> trail = over(owned.get(), tenant, {}, reason, clock);
    trail->m_ownLog = std::move(owned);
    return trail;
}

Result<Done> AuditTrail::write(QList<AuditRecord> &rows)
{
    for (AuditRecord &r : rows) {
        if (r.operation.isEmpty())
            r.operation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.recordedAt = m_clock.utcNow();
        r.operatorUpn = m_operator;
        r.tenant = m_tenant;
        r.reason = m_reason;
    }
    if (rows.size() == 1)
        return m_log.append(rows.first());
    return m_log.appendAll(rows);
}

} // namespace rc
