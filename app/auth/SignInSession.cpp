#include "auth/SignInSession.h"

#include "auth/DeviceCodeSignIn.h"
#include "core/Deferred.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace rc {

namespace {
// Expired (70008, 700082) or revoked (50173): the refresh token is of no more use. Other sign-in
// errors (consent missing for SharePoint, say) leave it valid for the other resource.
bool isDeadRefreshToken(const ServiceError &error)
{
    static const QStringList dead {QStringLiteral("AADSTS70008"), QStringLiteral("AADSTS700082"),
                                   QStringLiteral("AADSTS50173"), QStringLiteral("invalid_grant")};
    return error.kind == ServiceError::Kind::SignIn && dead.contains(error.serviceCode);
}
} // namespace

SignInSession::SignInSession(HttpClient &http, CloudEndpoints cloud, Tenant tenant,
                             QString clientId, QObject *parent)
    : QObject(parent)
    , m_endpoint(http, std::move(cloud), std::move(tenant), std::move(clientId))
{
    qRegisterMetaType<rc::ServiceError>();
}

SignInSession::~SignInSession() = default;

Result<std::pair<QString, QUrl>> SignInSession::scopeAndAudience(Resource resource) const
{
    const auto scope = cloud().defaultScope(resource, tenant());
    if (!scope)
        return scope.error();
    QUrl audience = cloud().graph();
    if (resource == Resource::SharePoint)
        audience = cloud().sharePointAdmin(tenant()).value();
    return std::make_pair(scope.value(), audience);
}

void SignInSession::signInWithDeviceCode()
{
    cancelSignIn();
    const auto graph = scopeAndAudience(Resource::Graph);
    // openid/profile give an id token naming the account; offline_access the refresh token that
    // is later redeemed for SharePoint too.
    const QString scopes = graph.value().first + QLatin1String(" offline_access openid profile");
    m_deviceFlow = std::make_unique<DeviceCodeSignIn>(m_endpoint, scopes, graph.value().second);
    connect(m_deviceFlow.get(), &DeviceCodeSignIn::codeIssued, this,
            &SignInSession::deviceCodeIssued);
    m_deviceFlow->start([this](Result<TokenGrant> grant) {
        if (!grant) {
            // The person is told through signInFailed; this is for the developer log only.
            qCInfo(lcAuth).noquote()
                    << "device-code sign-in failed:" << kindName(grant.error().kind)
                    << grant.error().serviceCode;
            Q_EMIT signInFailed(grant.error());
            return;
        }
        if (grant.value().refreshToken.isEmpty()) {
            Q_EMIT signInFailed(ServiceError::make(
                    ServiceError::Kind::SignIn,
                    QCoreApplication::translate("rc::SignInSession",
                                                "The sign-in gave no refresh token, so SharePoint "
                                                "cannot be reached. Check the app registration.")));
            return;
        }
        m_account = grant.value().account;
        accept(Resource::Graph, std::move(grant).value());
        qCInfo(lcAuth).noquote() << "signed in as" << m_account;
        Q_EMIT signedIn(m_account);
    });
}

void SignInSession::cancelSignIn()
{
    if (m_deviceFlow) {
        m_deviceFlow->cancel();
        m_deviceFlow.release()->deleteLater();
    }
}

void SignInSession::signOut()
{
    cancelSignIn();
    m_refreshToken.wipe();
    m_tokens.clear();
    m_account.clear();
    Q_EMIT signedOut();
}

void SignInSession::accept(Resource resource, TokenGrant grant)
{
    m_tokens[resource] = grant.accessToken;
    // Entra usually rotates the refresh token: the newest one replaces the old.
    if (!grant.refreshToken.isEmpty())
        m_refreshToken = std::move(grant.refreshToken);
}

Call SignInSession::accessToken(Resource resource, QObject *context, Callback onDone)
{
    auto cached = m_tokens.find(resource);
    if (cached != m_tokens.end() && cached->second->isUsableAt(QDateTime::currentDateTimeUtc())) {
        return answerLater(this, context,
                           [token = cached->second, onDone = std::move(onDone)] { onDone(token); });
    }
    const auto target = scopeAndAudience(resource);
    if (!target || m_refreshToken.isEmpty()) {
        const ServiceError error = target
                ? ServiceError::make(
                        ServiceError::Kind::SignIn,
                        QCoreApplication::translate("rc::SignInSession", "You are not signed in."))
                : target.error();
        return answerLater(this, context, [error, onDone = std::move(onDone)] { onDone(error); });
    }
    const QString scopes = target.value().first + QLatin1String(" offline_access");
    return m_endpoint.redeemRefreshToken(
            m_refreshToken, scopes, target.value().second, this,
            [this, resource, context = QPointer<QObject>(context),
             onDone = std::move(onDone)](Result<TokenGrant> grant) {
                if (!grant) {
                    if (isDeadRefreshToken(grant.error()))
                        m_refreshToken.wipe(); // expired or revoked: only a new sign-in helps
                    if (context)
                        onDone(grant.error());
                    return;
                }
                TokenPtr token = grant.value().accessToken;
                accept(resource, std::move(grant).value());
                if (context)
                    onDone(token);
            });
}

void SignInSession::discardAccessToken(Resource resource)
{
    m_tokens.erase(resource);
}

} // namespace rc
