#pragma once
// Writes revocations into the audit log with who and where: one "Started" row before the revoking
// request goes out, one outcome row before the outcome is shown (or, cancelled in flight, when it
// is cancelled). Previews and revocations that end before any request (guest, not found) get the
// outcome row only.

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "revocation/Revoker.h"

namespace rc {

class AuditTrail final
{
public:
    // clock: what every row is stamped with.
    AuditTrail(AuditLog &log, QString tenant, Clock &clock = Clock::system())
        : m_log(log)
        , m_tenant(std::move(tenant))
        , m_clock(clock)
    { }

    void setOperator(const QString &upn) { m_operator = upn; }
    void setReason(const QString &reason) { m_reason = reason; }

    // Returns the operation id that finished() links the outcome to.
    Result<QString> started(const RevokeTarget &target);
    Result<Done> finished(const RevocationOutcome &outcome, const QString &operation = {});

    // The same for a batch of a bulk run, each call in one transaction: all rows or none.
    Result<QStringList> startedAll(const QList<RevokeTarget> &targets);
    // operations: one per outcome (empty for an outcome that had no Started row).
    Result<Done> finishedAll(const QList<RevocationOutcome> &outcomes,
                             const QStringList &operations);

    // The outcome rows of revocations that ended without an answer, each linked to its Started
    // row: Cancelled (its request may have reached the service) or NotSent, with why.
    struct Unanswered
    {
        RevokeTarget target;
        QString operation;
        QString outcome; // AuditRecord::Cancelled, NotSent, or an outcomeName()
        QString message;
    };
    Result<Done> unansweredAll(const QList<Unanswered> &rows);
    // One revocation cancelled while its request was in flight.
    Result<Done> cancelled(const RevokeTarget &target, const QString &operation);
    static QString cancelledMessage(); // "Cancelled (may have reached the service)..."

    // Lines of a bulk list that repeat a person, each with the line it merges into: one row
    // each, saying so; the person's own rows are that line's.
    Result<Done> duplicatesAll(const QList<RevokeTarget> &lines, const QList<int> &firstLines,
                               bool preview);

    AuditLog &log() { return m_log; }

private:
    AuditRecord base(const QString &operation) const;
    AuditRecord startedRecord(const RevokeTarget &target) const;
    AuditRecord finishedRecord(const RevocationOutcome &outcome, const QString &operation) const;

    AuditLog &m_log;
    QString m_tenant;
    Clock &m_clock;
    QString m_operator;
    QString m_reason;
};

} // namespace rc
