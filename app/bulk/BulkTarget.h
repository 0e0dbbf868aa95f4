#pragma once
// One person a bulk run signs out: a revocable row of the review (its duplicates merged into it),
// where its revocation stands, and how it ended. The outcome is the single flow's
// RevocationOutcome, so the banner's words, the audit row and the exit code mean the same thing
// for one user and for ten thousand.

#include "bulk/BulkJournal.h"
#include "directory/User.h"
#include "revocation/Revoker.h"

namespace rc {

struct BulkReview;

struct BulkTarget
{
    enum class State {
        Pending, // not sent yet (or sent before a crash, without an answer)
        Sending, // in flight
        Written, // Entra accepted it; verification pending
        Done, // outcome is final
        NotSent, // the run was cancelled or gave up first
    };

    int row = -1; // in BulkReview::rows
    QString upn; // as typed, trimmed
    std::optional<User> user; // from the review
    Channel channel = Channel::Entra;
    State state = State::Pending;
    RevocationOutcome outcome; // Done
    QString operation; // the audit operation of the Started row
    QDateTime validFromBefore; // Entra: from the review, before any write
    QDateTime revokeDate; // Entra: the server's Date when the write was accepted
    QString correlationId; // of the revoking request

    // One per revocable row of the review, to be signed out on `channel`.
    static QList<BulkTarget> fromReview(const BulkReview &review, Channel channel);

    QString key() const { return BulkJournal::keyOf(upn); }
    bool isAnswered() const { return state == State::Written || state == State::Done; }
    RevokeTarget revokeTarget() const;

    // The outcome with who it is about already filled in.
    RevocationOutcome blankOutcome(RevocationOutcome::Kind kind) const;
    RevocationOutcome errorOutcome(const ServiceError &error) const;
    // Entra: moved or not, as EntraRevoker decides for one user.
    RevocationOutcome verifiedOutcome(const User &after) const;
    // SharePoint: the CSOM State, as Revoker decides for one user.
    RevocationOutcome spoOutcome(int spoState, const QString &traceId) const;
    // SharePoint answered for this person that the operation is off in the organization: the
    // state is the tenant's, so the whole run stops with this.
    ServiceError featureDisabledError() const;

    JournalEntry journalEntry() const;
    // Takes back what an earlier run of the same list recorded.
    void restore(const JournalEntry &entry);
    // A journalled answer that stands: done, and about the person. A sign-in or network failure
    // said nothing about them: the next run sends them again.
    static bool isFinal(const JournalEntry &entry);
};

} // namespace rc

Q_DECLARE_TYPEINFO(rc::BulkTarget, Q_RELOCATABLE_TYPE);
