#pragma once
// The revoke panel's presenter: which user, which channel, preview or real, busy or not, and the
// last outcome. The window confirms with the person before calling run(); run() in preview mode
// sends nothing. One request at a time; cancel() drops the answer of the one in flight, and its
// outcome row says it was cancelled and may have reached the service. Every run goes into the
// audit trail first; without one, previews still run but revocations are refused.

#include "directory/SignedInAdmin.h"
#include "revocation/AuditedRevocation.h"

#include <QObject>

#include <optional>

namespace rc {

class RevokeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeFlow)
public:
    RevokeFlow(Revoker &revoker, GraphClient &graph, QObject *parent = nullptr);

    void setUser(const std::optional<User> &user);
    std::optional<User> user() const { return m_user; }
    void setChannel(Channel channel);
    Channel channel() const { return m_channel; }
    void setPreview(bool preview);
    bool isPreview() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    void setAuditTrail(AuditTrail *trail) { m_audited.setAuditTrail(trail); }
    // Who is signed in: their roles are part of every verdict, so a run waits for them, a pick
    // refreshes them when they are old, and a change re-renders.
    void setOperator(SignedInAdmin *admin);
    // What the last-sign-in token was granted, to tell a missing permission from a missing role.
    void setSignInLogGrant(std::function<std::optional<QStringList>()> granted)
    {
        m_signInLogGrant = std::move(granted);
    }
    // The reason or ticket number the person typed when confirming, kept with the audit rows.
    void setReason(const QString &reason) { m_audited.setReason(reason); }

    // A user is picked, is not a guest, nothing is in flight, and (unless previewing) the
    // operator's roles and token do not rule the revocation out.
    bool canRun() const;
    // Why run() is not possible for this user ("Will not be applicable for guest users.", or the
    // role model's refusal naming who can), or empty.
    QString blockedReason() const;
    // The picked user's directory roles, read on their own (unknown while loading or unreadable).
    RoleSet targetRoles() const { return m_targetRoles; }
    bool areTargetRolesLoading() const { return m_targetRolesCall.has_value(); }
    // Either side's roles are still being read: verdict() may change.
    bool isJudging() const;
    // What the role model says of the picked user on the chosen channel.
    RevokeVerdict verdict() const;
    std::optional<RevocationOutcome> lastOutcome() const { return m_lastOutcome; }

    // The picked user's last sign-in, fetched on its own: many tenants cannot provide it.
    struct LastSignIn
    {
        enum class State { Unknown, Loading, Known, NotAvailable } state = State::Unknown;
        QDateTime at; // Known: invalid means "never"
        QString why; // NotAvailable: a sentence for the card
    };
    LastSignIn lastSignIn() const { return m_lastSignIn; }
    // Set when the last outcome could not be written to the audit log (it happened all the same).
    std::optional<ServiceError> auditError() const { return m_auditError; }

    void run();
    void cancel();

Q_SIGNALS:
    void changed(); // user, channel, preview or busy changed: re-render
    void started();
    void finished(const rc::RevocationOutcome &outcome);
    void cancelled();

private:
    void setBusy(bool busy);
    void complete(const RevocationOutcome &outcome); // one that needed no request
    void show(const RevocationOutcome &outcome, const std::optional<ServiceError> &auditError);

    void loadLastSignIn();
    void loadTargetRoles();
    RevokeTarget target() const;
    void send();
    void sendWhenJudged();

    Revoker &m_revoker;
    GraphClient &m_graph;
    LastSignIn m_lastSignIn;
    Call m_lastSignInCall;
    std::function<std::optional<QStringList>()> m_signInLogGrant;
    std::optional<QString> m_signInLogRefusal; // the tenant refused the token: do not ask again
    SignedInAdmin *m_operator = nullptr;
    RoleSet m_targetRoles;
    std::optional<Call> m_targetRolesCall; // set while the roles are read
    bool m_runWhenRolesKnown = false;
    std::optional<User> m_user;
    Channel m_channel = Channel::Entra;
    bool m_preview = false;
    bool m_busy = false;
    std::optional<RevocationOutcome> m_lastOutcome;
    AuditedRevocation m_audited; // the revocation in flight, on record
    std::optional<ServiceError> m_auditError;
};

} // namespace rc

Q_DECLARE_METATYPE(rc::RevocationOutcome)
