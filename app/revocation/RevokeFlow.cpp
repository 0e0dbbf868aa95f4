#include "revocation/RevokeFlow.h"

#include "auth/GrantedPermissions.h"
#include "core/Logging.h"

#include <QCoreApplication>

#include <utility>

namespace rc {

namespace {

// A role activated in PIM after it was read is missed until the operator's roles are read again:
// each pick reads them again when they are older than this.
constexpr int OperatorRolesMaxAgeSeconds = 120;

// Last sign-in needs AuditLog.Read.All, which the tenant may not have consented, Entra ID P1, and
// for a delegated sign-in a role that may read sign-in activity (user resource type,
// signInActivity): a missing one is a fact for the card, not an error. What the token was granted
// tells the permission apart from the role.
QString lastSignInUnavailable(const ServiceError &error, const std::optional<QStringList> &granted)
{
    if (error.serviceCode == QLatin1String("Authentication_RequestFromNonPremiumTenantOrB2CTenant"))
        return RevokeFlow::tr("Not available (needs Entra ID P1)");
    const bool permissionGranted = granted
            && permissions::missing(*granted, {QLatin1String(permissions::ReadAuditLog)}).isEmpty();
    if (error.kind == ServiceError::Kind::Forbidden && permissionGranted)
        return RevokeFlow::tr(
                "Not available (needs a role that may read sign-in activity, such as Reports "
                "Reader)");
    if (error.kind == ServiceError::Kind::Forbidden
        || error.serviceCode == QLatin1String("AADSTS65001"))
        return RevokeFlow::tr("Not available (needs AuditLog.Read.All)");
    return RevokeFlow::tr("Not available: %1").arg(error.message);
}

} // namespace

RevokeFlow::RevokeFlow(Revoker &revoker, GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_revoker(revoker)
    , m_graph(graph)
    , m_audited(revoker)
{
    qRegisterMetaType<rc::RevocationOutcome>();
}

void RevokeFlow::setOperator(SignedInAdmin *admin)
{
    if (m_operator)
        disconnect(m_operator, nullptr, this, nullptr);
    m_operator = admin;
    if (admin)
        connect(admin, &SignedInAdmin::settled, this, [this] {
            Q_EMIT changed();
            sendWhenJudged();
        });
}

bool RevokeFlow::isJudging() const
{
    return m_targetRolesCall.has_value() || (m_operator && !m_operator->isReady());
}

void RevokeFlow::sendWhenJudged()
{
    if (m_runWhenRolesKnown && !isJudging()) {
        m_runWhenRolesKnown = false;
        send();
    }
}

void RevokeFlow::setUser(const std::optional<User> &user)
{
    if (m_busy)
        cancel();
    m_user = user;
    m_lastOutcome.reset();
    loadLastSignIn();
    loadTargetRoles();
    if (m_operator && user)
        m_operator->refreshIfOlderThan(OperatorRolesMaxAgeSeconds);
    Q_EMIT changed();
}

void RevokeFlow::setChannel(Channel channel)
{
    if (m_channel == channel)
        return;
    m_channel = channel;
    Q_EMIT changed();
}

void RevokeFlow::setPreview(bool preview)
{
    if (m_preview == preview)
        return;
    m_preview = preview;
    Q_EMIT changed();
}

void RevokeFlow::loadLastSignIn()
{
    m_lastSignInCall.cancel();
    m_lastSignIn = {};
    if (!m_user || m_user->id.isEmpty())
        return;
    // Once the tenant said it will not consent, asking again for each user would only fail again.
    if (m_signInLogRefusal) {
        m_lastSignIn = {LastSignIn::State::NotAvailable, {}, *m_signInLogRefusal};
        return;
    }
    m_lastSignIn.state = LastSignIn::State::Loading;
    m_lastSignInCall = m_graph.lastSignIn(m_user->id, this, [this](Result<QDateTime> at) {
        if (at) {
            m_lastSignIn = {LastSignIn::State::Known, at.value(), {}};
        } else {
            const std::optional<QStringList> granted
                    = m_signInLogGrant ? m_signInLogGrant() : std::nullopt;
            const QString why = lastSignInUnavailable(at.error(), granted);
            if (at.error().kind == ServiceError::Kind::SignIn)
                m_signInLogRefusal = why;
            m_lastSignIn = {LastSignIn::State::NotAvailable, {}, why};
        }
        Q_EMIT changed();
    });
}

void RevokeFlow::loadTargetRoles()
{
    if (m_targetRolesCall)
        m_targetRolesCall->cancel();
    m_targetRolesCall.reset();
    m_runWhenRolesKnown = false;
    if (!m_user || m_user->isGuest()) {
        m_targetRoles = RoleSet::unknown(tr("not a member of this directory"));
        return;
    }
    if (m_user->id.isEmpty()) {
        m_targetRoles = RoleSet::unknown(tr("the user could not be looked up"));
        return;
    }
    m_targetRoles = RoleSet::unknown(tr("they are being read"));
    m_targetRolesCall = m_revoker.targetRoles(m_user->id, this, [this](RoleSet roles) {
        m_targetRolesCall.reset();
        m_targetRoles = std::move(roles);
        Q_EMIT changed();
        sendWhenJudged();
    });
}

RevokeVerdict RevokeFlow::verdict() const
{
    if (!m_user)
        return {};
    return m_revoker.verdict(target());
}

RevokeTarget RevokeFlow::target() const
{
    return {m_user ? m_user->userPrincipalName : QString(), m_channel, m_user, m_targetRoles};
}

bool RevokeFlow::canRun() const
{
    return m_user.has_value() && !m_user->isGuest() && !m_busy
            && (m_preview || !verdict().isRefused());
}

QString RevokeFlow::blockedReason() const
{
    if (m_user && m_user->isGuest())
        return QCoreApplication::translate("rc::RevokeFlow",
                                           "Will not be applicable for guest users.");
    const RevokeVerdict v = verdict();
    if (m_user && v.isRefused())
        return v.reason;
    return {};
}

void RevokeFlow::run()
{
    if (!canRun())
        return;
    if (m_preview) {
        complete(Revoker::preview(target()));
        return;
    }
    // The verdict needs both sides' roles: a click while they are read waits for them.
    if (isJudging()) {
        m_runWhenRolesKnown = true;
        setBusy(true);
        Q_EMIT started();
        return;
    }
    send();
}

void RevokeFlow::send()
{
    const RevokeTarget target = this->target();
    // The roles just read may rule it out: on record as not sent, with no Started row.
    if (const RevokeVerdict v = m_revoker.verdict(target); v.isRefused()) {
        setBusy(false);
        complete(Revoker::notPermitted(target, v));
        return;
    }
    const auto answered = [this](const RevocationOutcome &outcome,
                                 const std::optional<ServiceError> &auditError) {
        setBusy(false);
        // The card shows "sessions valid from" as it is now.
        if (outcome.sessionsValidFromAfter.isValid() && m_user)
            m_user->signInSessionsValidFrom = outcome.sessionsValidFromAfter;
        show(outcome, auditError);
    };
    m_audited.revoke(target, this, answered, [this] {
        if (!m_busy) {
            setBusy(true);
            Q_EMIT started();
        }
    });
}

void RevokeFlow::cancel()
{
    if (!m_busy)
        return;
    m_runWhenRolesKnown = false;
    // Its Started row is on record and the request may have arrived: the row says how it ended.
    // (Cancelled while the roles were read, nothing was sent and there is no Started row.)
    if (m_audited.isInFlight())
        m_auditError = m_audited.cancel();
    setBusy(false);
    Q_EMIT cancelled();
}

void RevokeFlow::complete(const RevocationOutcome &outcome)
{
    // On record before anyone is shown the outcome; if that fails, the person is told too.
    show(outcome, m_audited.record(outcome));
}

void RevokeFlow::show(const RevocationOutcome &outcome,
                      const std::optional<ServiceError> &auditError)
{
    m_auditError = auditError;
    m_lastOutcome = outcome;
    Q_EMIT finished(outcome);
    Q_EMIT changed();
}

void RevokeFlow::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT changed();
}

} // namespace rc
