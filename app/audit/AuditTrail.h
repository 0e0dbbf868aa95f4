#pragma once
// Who, where and why: stamps each row an audited action writes with its operation, the time, the
// operator, the tenant and the reason, and writes a step's rows in one transaction. It knows
// nothing of what the action is: the rows come from AuditedAction, filled in by the layer that
// knows the action (e.g. revocation/RevocationAudit).

#include "audit/AuditLog.h"
#include "core/Clock.h"

#include <memory>

namespace rc {

class AuditTrail final
{
    Q_DISABLE_COPY_MOVE(AuditTrail)
public:
    // The one place a trail is built (clock: what every row is stamped with). Over a log someone
    // else owns (must outlive the trail); a null log gives a null trail: nothing may then be
    // revoked.
    static std::unique_ptr<AuditTrail> over(AuditLog *log, const QString &tenant,
                                            const QString &operatorUpn = {},
                                            const QString &reason = {},
                                            Clock &clock = Clock::system());
    // Over the log at `path`, opened here and owned by the trail. An error says that nothing was
    // sent (AuditLog::beforeSending).
    static Result<std::unique_ptr<AuditTrail>> open(const QString &path, const QString &tenant,
                                                    const QString &reason = {},
                                                    Clock &clock = Clock::system());

    void setOperator(const QString &upn) { m_operator = upn; }
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    // Stamps the rows (a row with no operation gets a new one) and writes them in one
    // transaction: all of them are in the log, or none is.
    Result<Done> write(QList<AuditRecord> &rows);

    AuditLog &log() { return m_log; }

private:
    AuditTrail(AuditLog &log, QString tenant, Clock &clock)
        : m_log(log)
        , m_tenant(std::move(tenant))
        , m_clock(clock)
    { }

    std::unique_ptr<AuditLog> m_ownLog; // open(): the trail's own
    AuditLog &m_log;
    QString m_tenant;
    Clock &m_clock;
    QString m_operator;
    QString m_reason;
};

} // namespace rc
