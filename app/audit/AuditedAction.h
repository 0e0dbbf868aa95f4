#pragma once
// One audited action on one or more subjects, recorded in the order that makes a crash harmless:
// start() writes a Started row per subject before anything is sent; finish() writes each
// subject's outcome row before anyone is shown it, linked to its Started row by the operation.
// Each step is one transaction (all rows or none), so a single revocation, a unit of 20 of a bulk
// run and a containment step are all recorded the same way, and 10,000 people cost hundreds of
// fsyncs, not tens of thousands. Without a trail nothing may start. It knows nothing of what the
// action does: the layer that does it fills in the subject and outcome rows.

#include "audit/AuditTrail.h"

#include <QStringList>

namespace rc {

class AuditedAction final
{
public:
    // subjects: what each row says of whom and through what (target, object id, channel, the
    // state before); the outcome is filled in here and the stamps by the trail. operations: one
    // per subject already started (e.g. by an earlier run of the same bulk list), empty for one
    // not started yet.
    AuditedAction(AuditTrail *trail, QList<AuditRecord> subjects, QStringList operations = {});
    AuditedAction(AuditTrail *trail, AuditRecord subject);
    // Subjects that end at once, with no request (previews, lines that end at a review): only
    // finish() is called, with their outcome rows.
    explicit AuditedAction(AuditTrail *trail)
        : m_trail(trail)
    { }

    // Started rows for the subjects that have none yet, in one transaction, before the request
    // goes out. An error means nothing may be sent (AuditLog::beforeSending says so).
    Result<Done> start();
    bool isStarted(qsizetype i = 0) const { return !operation(i).isEmpty(); }
    QString operation(qsizetype i = 0) const { return m_operations.value(i); }
    const QStringList &operations() const { return m_operations; }

    // The outcome rows, one per subject in the same order, in one transaction, each linked to its
    // subject's Started row (one never started gets an operation of its own: a preview, a lookup
    // that ended it). Before anyone is shown them; an error is shown as well, since what
    // happened still happened.
    Result<Done> finish(QList<AuditRecord> outcomes) const;

    // How a subject ended without an answer: AuditRecord::Cancelled (its request may have reached
    // the service), NotSent, or an outcome name, with why. Its row is the subject's own.
    struct Unanswered
    {
        QString outcome;
        QString message;
    };
    Result<Done> finishUnanswered(const QList<Unanswered> &ends) const;

    // A row that ends at once, with no request: the subject with this outcome and message.
    static AuditRecord ended(AuditRecord subject, const QString &outcome, const QString &message);

private:
    AuditTrail *m_trail;
    QList<AuditRecord> m_subjects;
    QStringList m_operations;
};

} // namespace rc
