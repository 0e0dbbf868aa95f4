#include "revocation/EntraRevoker.h"

#include "core/Logging.h"

namespace rc {

bool EntraRevoker::moved(const QDateTime &before, const QDateTime &after,
                         const QDateTime &revokeDate)
{
    if (!after.isValid())
        return false;
    if (!before.isValid() || after > before)
        return true;
    if (!revokeDate.isValid())
        return false;
    QDateTime second = revokeDate.toUTC();
    second.setTime(QTime(second.time().hour(), second.time().minute(), second.time().second()));
    return after >= second;
}

Call EntraRevoker::revoke(const QString &typedUser, const User &user, QObject *context,
                          std::function<void(RevocationOutcome)> onDone, bool readBefore)
{
    Call call;
    auto outcome = std::make_shared<RevocationOutcome>();
    outcome->channel = Channel::Entra;
    outcome->user = typedUser;
    outcome->displayName = user.displayName;
    outcome->objectId = user.id;
    auto fail = [outcome, onDone](const ServiceError &error) {
        RevocationOutcome o = RevocationOutcome::fromError(Channel::Entra, outcome->user, error);
        o.displayName = outcome->displayName;
        o.objectId = outcome->objectId;
        o.sessionsValidFromBefore = outcome->sessionsValidFromBefore;
        onDone(o);
    };
    const QString id = user.id;
    auto send = [this, call, outcome, fail, onDone, id, context] {
        call.follow(m_graph.revokeSignInSessions(
                id, context,
                [this, call, outcome, fail, onDone, id, context](Result<RevokeAck> ack) {
                    if (!ack) {
                        fail(ack.error());
                        return;
                    }
                    outcome->correlationId = ack.value().requestId;
                    const QDateTime revokeDate = ack.value().serverDate;
                    call.follow(m_graph.getUser(
                            id, context, [outcome, onDone, revokeDate](Result<User> after) {
                                if (!after) {
                                    // Accepted, but we cannot prove it: that is not a success.
                                    RevocationOutcome o = *outcome;
                                    o.kind = RevocationOutcome::Kind::NotConfirmed;
                                    o.error = after.error();
                                    onDone(o);
                                    return;
                                }
                                RevocationOutcome o = *outcome;
                                o.sessionsValidFromAfter = after.value().signInSessionsValidFrom;
                                o.verified = moved(o.sessionsValidFromBefore,
                                                   o.sessionsValidFromAfter, revokeDate);
                                o.kind = o.verified
                                        ? RevocationOutcome::Kind::NonInstantaneousSuccess
                                        : RevocationOutcome::Kind::NotConfirmed;
                                qCInfo(lcRevoke).noquote()
                                        << "entra revoke" << o.objectId << "verified" << o.verified;
                                onDone(o);
                            }));
                }));
    };
    if (!readBefore) {
        outcome->sessionsValidFromBefore = user.signInSessionsValidFrom;
        send();
        return call;
    }
    call.follow(m_graph.getUser(id, context, [outcome, fail, send](Result<User> before) {
        if (!before) {
            fail(before.error());
            return;
        }
        outcome->sessionsValidFromBefore = before.value().signInSessionsValidFrom;
        send();
    }));
    return call;
}

} // namespace rc
