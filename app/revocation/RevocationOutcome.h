#pragma once
// How a revocation (or a preview) ended, on either channel: the cmdlet's five SharePoint States,
// the Entra channel's verified or not-confirmed result, and the ways it can end before any
// revoking request (bad input, guest). StatusMessage turns it into words; the CLI into an exit
// code.

#include "core/ServiceError.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rc {

enum class Channel { Entra, SharePoint };
QString channelName(Channel channel); // "entra" / "spo"

class RevocationOutcome final
{
public:
    enum class Kind {
        Preview, // -WhatIf: nothing was sent
        InstantaneousSuccess, // SPO State 4
        NonInstantaneousSuccess, // SPO State 3, or Entra verified
        NotConfirmed, // Entra 2xx but signInSessionsValidFromDateTime did not move
        UserNotFound, // SPO State 1, Graph 404
        FeatureDisabled, // SPO State 0
        Failure, // SPO State 2, or any failure of the service
        GuestNotApplicable, // refused before any revoking request
        InvalidInput, // refused before any request
        PermissionDenied, // 403 / access denied
        NotPermitted, // the operator's roles cannot revoke this target: predicted, nothing sent
        SignInFailed,
        NetworkFailure, // including giving up after throttling
    };

    Kind kind = Kind::Failure;
    Channel channel = Channel::Entra;
    QString user; // the UPN as the person typed it (what the cmdlet's messages name)
    QString displayName;
    QString objectId;
    QString correlationId;
    int serviceState = -1; // the CSOM State when there was one
    bool verified = false; // Entra: the timestamp moved
    QDateTime sessionsValidFromBefore;
    QDateTime sessionsValidFromAfter;
    std::optional<ServiceError> error; // what went wrong, when something did

    // When the sign-out took effect, as read back from the service: the new "sessions valid from"
    // of a verified Entra revocation; invalid for anything else (a preview, SharePoint, unproven).
    QDateTime verifiedRevocationTime() const
    {
        const bool proven = kind != Kind::Preview && channel == Channel::Entra && verified;
        return proven ? sessionsValidFromAfter : QDateTime();
    }

    bool isSuccess() const
    {
        return kind == Kind::Preview || kind == Kind::InstantaneousSuccess
                || kind == Kind::NonInstantaneousSuccess;
    }

    static RevocationOutcome fromError(Channel channel, const QString &user,
                                       const ServiceError &error);
    // Refused before sending: the operator's roles or token cannot revoke this user (why).
    static RevocationOutcome notPermitted(Channel channel, const QString &user,
                                          const ServiceError &why);
    // The cmdlet's SPOUserSessionRevocationState; unknown values are failures, never guessed.
    static Kind kindForSpoState(int state);
};

QString outcomeName(RevocationOutcome::Kind kind); // stable identifiers for --json and the log
// The kind with that outcomeName(); Failure for a name no kind has.
RevocationOutcome::Kind outcomeKindNamed(const QString &name);

} // namespace rc
