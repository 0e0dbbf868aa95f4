#include "revocation/RevocationOutcome.h"

namespace rc {

QString channelName(Channel channel)
{
    return channel == Channel::Entra ? QStringLiteral("entra") : QStringLiteral("spo");
}

RevocationOutcome::Kind RevocationOutcome::kindForSpoState(int state)
{
    switch (state) {
    case 0:
        return Kind::FeatureDisabled;
    case 1:
        return Kind::UserNotFound;
    case 3:
        return Kind::NonInstantaneousSuccess;
    case 4:
        return Kind::InstantaneousSuccess;
    default: // 2 is Failure; anything else is unknown and treated the same
        return Kind::Failure;
    }
}

RevocationOutcome RevocationOutcome::fromError(Channel channel, const QString &user,
                                               const ServiceError &error)
{
    RevocationOutcome o;
    o.channel = channel;
    o.user = user;
    o.error = error;
    o.correlationId = error.correlationId;
    switch (error.kind) {
    case ServiceError::Kind::InvalidInput:
    case ServiceError::Kind::Configuration:
        o.kind = Kind::InvalidInput;
        break;
    case ServiceError::Kind::SignIn:
    case ServiceError::Kind::Keychain:
        o.kind = Kind::SignInFailed;
        break;
    case ServiceError::Kind::Forbidden:
        o.kind = Kind::PermissionDenied;
        break;
    case ServiceError::Kind::NotFound:
        o.kind = Kind::UserNotFound;
        break;
    case ServiceError::Kind::Throttled:
    case ServiceError::Kind::Network:
        o.kind = Kind::NetworkFailure;
        break;
    case ServiceError::Kind::Redirect:
    case ServiceError::Kind::Service:
    case ServiceError::Kind::BadResponse:
    case ServiceError::Kind::Cancelled:
        o.kind = Kind::Failure;
        break;
    }
    return o;
}

RevocationOutcome RevocationOutcome::notPermitted(Channel channel, const QString &user,
                                                  const ServiceError &why)
{
    RevocationOutcome o = fromError(channel, user, why);
    o.kind = Kind::NotPermitted;
    return o;
}

QString outcomeName(RevocationOutcome::Kind kind)
{
    using K = RevocationOutcome::Kind;
    switch (kind) {
    case K::Preview:
        return QStringLiteral("Preview");
    case K::InstantaneousSuccess:
        return QStringLiteral("InstantaneousSuccess");
    case K::NonInstantaneousSuccess:
        return QStringLiteral("NonInstantaneousSuccess");
    case K::NotConfirmed:
        return QStringLiteral("NotConfirmed");
    case K::UserNotFound:
        return QStringLiteral("UserNotFound");
    case K::FeatureDisabled:
        return QStringLiteral("FeatureDisabled");
    case K::Failure:
        return QStringLiteral("Failure");
    case K::GuestNotApplicable:
        return QStringLiteral("GuestNotApplicable");
    case K::InvalidInput:
        return QStringLiteral("InvalidInput");
    case K::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case K::NotPermitted:
        return QStringLiteral("NotPermitted");
    case K::SignInFailed:
        return QStringLiteral("SignInFailed");
    case K::NetworkFailure:
        return QStringLiteral("NetworkFailure");
    }
    return QStringLiteral("Failure");
}

RevocationOutcome::Kind outcomeKindNamed(const QString &name)
{
    using K = RevocationOutcome::Kind;
    for (K k :
         {K::Preview, K::InstantaneousSuccess, K::NonInstantaneousSuccess, K::NotConfirmed,
          K::UserNotFound, K::FeatureDisabled, K::Failure, K::GuestNotApplicable, K::InvalidInput,
          K::PermissionDenied, K::NotPermitted, K::SignInFailed, K::NetworkFailure}) {
        if (outcomeName(k) == name)
            return k;
    }
    return K::Failure;
}

} // namespace rc
