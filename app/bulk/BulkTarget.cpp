#include "bulk/BulkTarget.h"

#include "bulk/BulkReview.h"
#include "revocation/EntraRevoker.h"

#include <QCoreApplication>

namespace rc {

QList<BulkTarget> BulkTarget::fromReview(const BulkReview &review, Channel channel)
{
    QList<BulkTarget> targets;
    for (int i = 0; i < review.rows.size(); ++i) {
        const BulkReviewRow &row = review.rows.at(i);
        if (!row.isRevocable())
            continue;
        BulkTarget t;
        t.row = i;
        t.upn = row.row.upn;
        t.user = row.user;
        t.channel = channel;
        t.validFromBefore = row.user ? row.user->signInSessionsValidFrom : QDateTime();
        targets.append(t);
    }
    return targets;
}

ServiceError BulkTarget::featureDisabledError() const
{
    ServiceError why = ServiceError::make(
            ServiceError::Kind::Service,
            QCoreApplication::translate(
                    "rc::BulkRun",
                    "SharePoint answered that this operation is not available in your "
                    "organization (for %1). Sign the list out on the Entra ID channel instead.")
                    .arg(upn));
    why.serviceCode = QStringLiteral("FeatureDisabled");
    why.correlationId = outcome.correlationId;
    return why;
}

RevokeTarget BulkTarget::revokeTarget() const
{
    RevokeTarget t {upn, channel, user, {}};
    if (t.user)
        t.user->signInSessionsValidFrom = validFromBefore;
    return t;
}

RevocationOutcome BulkTarget::blankOutcome(RevocationOutcome::Kind kind) const
{
    RevocationOutcome o;
    o.kind = kind;
    o.channel = channel;
    o.user = upn;
    if (user) {
        o.displayName = user->displayName;
        o.objectId = user->id;
    }
    o.sessionsValidFromBefore = validFromBefore;
    o.correlationId = correlationId;
    return o;
}

RevocationOutcome BulkTarget::errorOutcome(const ServiceError &error) const
{
    RevocationOutcome o = RevocationOutcome::fromError(channel, upn, error);
    // CSOM reports a missing user as a State, never as a 404 of the endpoint (as Revoker).
    if (channel == Channel::SharePoint && o.kind == RevocationOutcome::Kind::UserNotFound)
        o.kind = RevocationOutcome::Kind::Failure;
    const RevocationOutcome who = blankOutcome(o.kind);
    o.displayName = who.displayName;
    o.objectId = who.objectId;
    o.sessionsValidFromBefore = who.sessionsValidFromBefore;
    if (o.correlationId.isEmpty())
        o.correlationId = correlationId;
    return o;
}

RevocationOutcome BulkTarget::verifiedOutcome(const User &after) const
{
    RevocationOutcome o = blankOutcome(RevocationOutcome::Kind::NotConfirmed);
    o.sessionsValidFromAfter = after.signInSessionsValidFrom;
    o.verified = EntraRevoker::moved(validFromBefore, o.sessionsValidFromAfter, revokeDate);
    if (o.verified)
        o.kind = RevocationOutcome::Kind::NonInstantaneousSuccess;
    return o;
}

RevocationOutcome BulkTarget::spoOutcome(int spoState, const QString &traceId) const
{
    RevocationOutcome o = blankOutcome(RevocationOutcome::kindForSpoState(spoState));
    o.serviceState = spoState;
    o.correlationId = traceId;
    return o;
}

JournalEntry BulkTarget::journalEntry() const
{
    JournalEntry e;
    e.key = key();
    e.state = state == State::Done    ? JournalEntry::State::Done
            : state == State::Written ? JournalEntry::State::Written
                                      : JournalEntry::State::Sending;
    e.objectId = user ? user->id : QString();
    e.operation = operation;
    e.validFromBefore = validFromBefore;
    e.revokeDate = revokeDate;
    e.correlationId = correlationId;
    if (state == State::Done) {
        e.outcome = outcome.kind;
        e.serviceState = outcome.serviceState;
        e.verified = outcome.verified;
        e.validFromAfter = outcome.sessionsValidFromAfter;
        e.correlationId = outcome.correlationId;
        e.errorMessage = outcome.error ? outcome.error->message : QString();
    }
    return e;
}

void BulkTarget::restore(const JournalEntry &e)
{
    // No answer was recorded: it goes again, as the same operation of the audit log.
    if (e.state == JournalEntry::State::Sending) {
        operation = e.operation;
        return;
    }
    if (e.state == JournalEntry::State::Done && !isFinal(e))
        return; // sent again, as a new attempt
    operation = e.operation;
    validFromBefore = e.validFromBefore;
    revokeDate = e.revokeDate;
    correlationId = e.correlationId;
    if (e.state == JournalEntry::State::Written) {
        state = State::Written;
        return;
    }
    state = State::Done;
    outcome = blankOutcome(e.outcome);
    outcome.serviceState = e.serviceState;
    outcome.verified = e.verified;
    outcome.sessionsValidFromAfter = e.validFromAfter;
    if (!e.errorMessage.isEmpty())
        outcome.error = ServiceError::make(ServiceError::Kind::Service, e.errorMessage);
}

bool BulkTarget::isFinal(const JournalEntry &e)
{
    return e.state == JournalEntry::State::Done
            && e.outcome != RevocationOutcome::Kind::SignInFailed
            && e.outcome != RevocationOutcome::Kind::NetworkFailure;
}

} // namespace rc
