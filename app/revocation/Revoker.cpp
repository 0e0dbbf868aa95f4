#include "revocation/Revoker.h"

#include "core/Deferred.h"
#include "core/Logging.h"
#include "directory/UpnCheck.h"

#include <QCoreApplication>

namespace rc {

namespace {

RevocationOutcome ended(RevocationOutcome::Kind kind, Channel channel, const QString &user)
{
    RevocationOutcome o;
    o.kind = kind;
    o.channel = channel;
    o.user = user;
    return o;
}

void describeUser(RevocationOutcome &o, const std::optional<User> &user)
{
    if (!user)
        return;
    o.displayName = user->displayName;
    o.objectId = user->id;
    o.sessionsValidFromBefore = user->signInSessionsValidFrom;
}

} // namespace

Call Revoker::resolve(const QString &typedUser, Channel channel, QObject *context,
                      std::function<void(Resolution)> onDone)
{
    if (channel == Channel::Entra) {
        // Who may revoke depends on the target's roles on Entra ID: read them before anyone is
        // asked to confirm. One Call follows whichever step is under way.
        Call call;
        call.follow(find(typedUser, channel, context,
                         [this, call, context, onDone](Resolution resolution) {
                             auto *target = std::get_if<RevokeTarget>(&resolution);
                             if (!target || !target->user) {
                                 onDone(std::move(resolution));
                                 return;
                             }
                             call.follow(targetRoles(target->user->id, context,
                                                     [t = *target, onDone](RoleSet roles) mutable {
                                                         t.roles = std::move(roles);
                                                         onDone(t);
                                                     }));
                         }));
        return call;
    }
    return find(typedUser, channel, context, std::move(onDone));
}

Call Revoker::targetRoles(const QString &userId, QObject *context,
                          std::function<void(RoleSet)> onDone)
{
    return m_graph.userDirectoryRoles(
            userId, context, [onDone = std::move(onDone)](Result<QList<DirectoryRole>> roles) {
                onDone(RoleSet::fromResult(roles));
            });
}

RevokeVerdict Revoker::verdict(const RevokeTarget &target) const
{
    return RevokePermission::check(operatorGrant(), target.roles, target.channel,
                                   target.user ? target.user->id : QString());
}

RevocationOutcome Revoker::notPermitted(const RevokeTarget &target, const RevokeVerdict &verdict)
{
    RevocationOutcome o
            = RevocationOutcome::notPermitted(target.channel, target.typedUser, verdict.asError());
    describeUser(o, target.user);
    return o;
}

Call Revoker::find(const QString &typedUser, Channel channel, QObject *context,
                   std::function<void(Resolution)> onDone)
{
    const auto upn = checkUpn(typedUser);
    if (!upn) {
        const RevocationOutcome o
                = RevocationOutcome::fromError(channel, typedUser.trimmed(), upn.error());
        return answerLater(nullptr, context, [onDone, o] { onDone(o); });
    }
    const QString user = upn.value();
    // #EXT# names a B2B guest: refused before any request, as the cmdlet says.
    if (User::isGuestUpn(user)) {
        const auto o = ended(RevocationOutcome::Kind::GuestNotApplicable, channel, user);
        return answerLater(nullptr, context, [onDone, o] { onDone(o); });
    }
    return m_graph.getUser(user, context, [channel, user, onDone](Result<User> found) {
        if (found && found.value().isGuest()) {
            RevocationOutcome o = ended(RevocationOutcome::Kind::GuestNotApplicable, channel, user);
            describeUser(o, found.value());
            onDone(o);
            return;
        }
        if (found) {
            onDone(RevokeTarget {user, channel, found.value(), {}});
            return;
        }
        const ServiceError &error = found.error();
        const bool fatal = error.kind == ServiceError::Kind::SignIn
                || error.kind == ServiceError::Kind::Network
                || error.kind == ServiceError::Kind::Throttled
                || error.kind == ServiceError::Kind::Redirect;
        if (channel == Channel::SharePoint && !fatal) {
            // The cmdlet's operation decides whether the user exists; Graph was only asked so
            // that a guest is never sent, and so the card can show who this is.
            qCInfo(lcRevoke) << "lookup before the SharePoint operation failed:"
                             << error.serviceCode;
            onDone(RevokeTarget {user, channel, std::nullopt, {}});
            return;
        }
        onDone(RevocationOutcome::fromError(channel, user, error));
    });
}

RevocationOutcome Revoker::preview(const RevokeTarget &target)
{
    RevocationOutcome o = ended(RevocationOutcome::Kind::Preview, target.channel, target.typedUser);
    describeUser(o, target.user);
    return o;
}

Call Revoker::revoke(const RevokeTarget &target, QObject *context,
                     std::function<void(RevocationOutcome)> onDone, UserRead userRead)
{
    const RevokeVerdict v = verdict(target);
    if (v.isRefused()) {
        qCInfo(lcRevoke) << "not sent: the operator may not revoke this target";
        return answerLater(nullptr, context, [onDone, o = notPermitted(target, v)] { onDone(o); });
    }
    if (target.channel == Channel::SharePoint)
        return revokeOnSharePoint(target, context, std::move(onDone));
    if (!target.user) { // resolve() never gives this for Entra; refuse rather than guess
        return answerLater(nullptr, context, [onDone, target] {
            onDone(ended(RevocationOutcome::Kind::UserNotFound, Channel::Entra, target.typedUser));
        });
    }
    return m_entra.revoke(target.typedUser, *target.user, context, std::move(onDone),
                          userRead == UserRead::MayBeOld);
}

Call Revoker::revokeOnSharePoint(const RevokeTarget &target, QObject *context,
                                 std::function<void(RevocationOutcome)> onDone)
{
    return m_spo.revokeAllUserSessions(
            target.typedUser, context, [target, onDone](Result<csom::RevokeAnswer> answer) {
                RevocationOutcome o;
                if (answer) {
                    o = ended(RevocationOutcome::kindForSpoState(answer.value().state),
                              Channel::SharePoint, target.typedUser);
                    o.serviceState = answer.value().state;
                    o.correlationId = answer.value().correlationId;
                } else {
                    o = RevocationOutcome::fromError(Channel::SharePoint, target.typedUser,
                                                     answer.error());
                    // CSOM reports a missing user as a State, never as a 404 of the endpoint.
                    if (o.kind == RevocationOutcome::Kind::UserNotFound)
                        o.kind = RevocationOutcome::Kind::Failure;
                }
                describeUser(o, target.user);
                onDone(o);
            });
}

} // namespace rc
