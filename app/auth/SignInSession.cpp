#include "auth/SignInSession.h"

#include "auth/BrowserSignIn.h"
#include "auth/CertificateCredential.h"
#include "auth/ClientAssertion.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/TokenCache.h"
#include "auth/TokenScopes.h"
#include "core/Deferred.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

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

ServiceError notSignedIn()
{
    return ServiceError::make(ServiceError::Kind::SignIn,
                              SignInSession::tr("You are not signed in."));
}

} // namespace

struct SignInSession::Refresh
{
    struct Waiter
    {
        Call call;
        QPointer<QObject> context;
        Callback onDone;
    };
    std::vector<Waiter> waiters;
};

SignInSession::SignInSession(HttpClient &http, CloudEndpoints cloud, Tenant tenant,
                             QString clientId, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoint(http, std::move(cloud), std::move(tenant), std::move(clientId), clock)
{
    qRegisterMetaType<rc::ServiceError>();
}

SignInSession::~SignInSession() = default;

void SignInSession::setTokenCache(TokenCache *cache)
{
    m_cache = cache;
}

std::optional<QStringList> SignInSession::grantedPermissions(Resource resource) const
{
    const auto token = m_tokens.find(resource);
    if (token == m_tokens.end() || !token->second)
        return std::nullopt;
    return token->second->permissions;
}

void SignInSession::signInSilently()
{
    cancelSignIn();
    if (!m_cache) {
        Q_EMIT interactionRequired(ServiceError {});
        return;
    }
    m_cache->loadRefreshToken(this, [this](std::optional<SecretBytes> stored) {
        if (!stored || stored->isEmpty()) {
            Q_EMIT interactionRequired(ServiceError {});
            return;
        }
        // Held aside until the service accepts it, so isSignedIn() is not true while it is checked.
        auto held = std::make_shared<SecretBytes>(std::move(*stored));
        const auto graph = scopeAndAudience(Resource::Graph).value();
        m_silentCall = m_endpoint.redeemRefreshToken(
                *held, delegatedSignInScopes(cloud(), tenant()), graph.second, this,
                [this, held](Result<TokenGrant> grant) {
                    if (!grant) {
                        const bool dead = isDeadRefreshToken(grant.error());
                        if (dead && m_cache)
                            m_cache->forgetRefreshToken();
                        if (dead || grant.error().kind == ServiceError::Kind::SignIn) {
                            ServiceError reason = grant.error();
                            reason.message = SignInSession::tr(
                                    "Your saved sign-in has expired or was revoked. "
                                    "Sign in again.");
                            Q_EMIT interactionRequired(reason);
                        } else {
                            Q_EMIT signInFailed(grant.error()); // network: say so, keep the item
                        }
                        return;
                    }
                    m_account = grant.value().account;
                    credentialsChanged();
                    if (grant.value().refreshToken.isEmpty())
                        m_refreshToken = std::move(*held); // not rotated: the stored one stays
                    accept(Resource::Graph, std::move(grant).value());
                    qCInfo(lcAuth).noquote() << "signed in silently as" << m_account;
                    Q_EMIT signedIn(m_account);
                });
    });
}

void SignInSession::signInWithDeviceCode()
{
    cancelSignIn();
    auto flow = std::make_unique<DeviceCodeSignIn>(
            m_endpoint, delegatedSignInScopes(cloud(), tenant()),
            scopeAndAudience(Resource::Graph).value().second);
    connect(flow.get(), &DeviceCodeSignIn::codeIssued, this, &SignInSession::deviceCodeIssued);
    connect(flow.get(), &DeviceCodeSignIn::codeExpiring, this, &SignInSession::deviceCodeExpiring);
    flow->start([this](Result<TokenGrant> grant) { completeInteractive(std::move(grant)); });
    m_interactive = std::move(flow);
}

void SignInSession::renewDeviceCode()
{
    if (auto *device = qobject_cast<DeviceCodeSignIn *>(m_interactive.get()))
        device->renewCode();
}

void SignInSession::signInWithBrowser(OpenBrowser openBrowser)
{
    cancelSignIn();
    auto open = [this, openBrowser = std::move(openBrowser)](const QUrl &url) {
        const bool opened = openBrowser && openBrowser(url);
        Q_EMIT authorizeUrlReady(url, opened);
        return opened;
    };
    auto flow = std::make_unique<BrowserSignIn>(
            m_endpoint, delegatedSignInScopes(cloud(), tenant()),
            scopeAndAudience(Resource::Graph).value().second, std::move(open));
    connect(flow.get(), &BrowserSignIn::waitEnding, this, &SignInSession::browserWaitEnding);
    flow->start([this](Result<TokenGrant> grant) { completeInteractive(std::move(grant)); });
    m_interactive = std::move(flow);
}

void SignInSession::keepWaitingForBrowser()
{
    if (auto *browser = qobject_cast<BrowserSignIn *>(m_interactive.get()))
        browser->keepWaiting();
}

void SignInSession::completeInteractive(Result<TokenGrant> grant)
{
    if (!grant) {
        // The person is told through signInFailed; this is for the developer log only.
        qCInfo(lcAuth).noquote() << "interactive sign-in failed:" << kindName(grant.error().kind)
                                 << grant.error().serviceCode;
        Q_EMIT signInFailed(grant.error());
        return;
    }
    if (grant.value().refreshToken.isEmpty()) {
        Q_EMIT signInFailed(
                ServiceError::make(ServiceError::Kind::SignIn,
                                   SignInSession::tr("The sign-in gave no refresh token, so "
                                                     "SharePoint cannot be reached. Check the "
                                                     "app registration.")));
        return;
    }
    m_account = grant.value().account;
    credentialsChanged();
    accept(Resource::Graph, std::move(grant).value());
    qCInfo(lcAuth).noquote() << "signed in as" << m_account;
    Q_EMIT signedIn(m_account);
}

void SignInSession::signInWithCertificate(std::shared_ptr<const CertificateCredential> certificate)
{
    cancelSignIn();
    forgetCredentials();
    m_certificate = std::move(certificate);
    // A first token proves the tenant accepts the certificate before anyone is told "signed in".
    m_silentCall = accessToken(Resource::Graph, this, [this](Result<TokenPtr> token) {
        if (!token) {
            m_certificate.reset();
            Q_EMIT signInFailed(token.error());
            return;
        }
        m_account = SignInSession::tr("App %1 (certificate %2)")
                            .arg(clientId(), m_certificate->thumbprint());
        qCInfo(lcAuth).noquote() << "signed in app-only with certificate"
                                 << m_certificate->thumbprint();
        Q_EMIT signedIn(m_account);
    });
}

void SignInSession::cancelSignIn()
{
    m_silentCall.cancel();
    if (auto *device = qobject_cast<DeviceCodeSignIn *>(m_interactive.get()))
        device->cancel();
    if (auto *browser = qobject_cast<BrowserSignIn *>(m_interactive.get()))
        browser->cancel();
    if (m_interactive)
        m_interactive.release()->deleteLater();
}

void SignInSession::credentialsChanged()
{
    ++m_generation;
    // A token request under way speaks for the old credentials: its answer is dropped and the
    // resource asked for again (startNextRefresh) with the new ones.
    if (m_refreshing) {
        m_refreshCall.cancel();
        m_refreshing = false;
        for (const auto &[resource, refresh] : m_refreshes) {
            Q_UNUSED(refresh)
            if (std::find(m_refreshQueue.cbegin(), m_refreshQueue.cend(), resource)
                == m_refreshQueue.cend())
                m_refreshQueue.push_front(resource);
        }
        // Once the caller has put the new credentials in place (forgetting them empties the queue).
        QTimer::singleShot(0, this, [this] { startNextRefresh(); });
    }
}

void SignInSession::forgetCredentials()
{
    credentialsChanged();
    m_refreshToken.wipe();
    m_certificate.reset();
    m_tokens.clear();
    m_account.clear();
    // Whoever waits for a token hears that there is none, from the event loop.
    m_refreshQueue.clear();
    auto waiting = std::move(m_refreshes);
    m_refreshes.clear();
    for (auto &[resource, refresh] : waiting) {
        Q_UNUSED(resource)
        for (auto &waiter : refresh->waiters) {
            waiter.call.follow(answerLater(this, waiter.context,
                                           [call = waiter.call, onDone = std::move(waiter.onDone)] {
                                               if (!call.isCancelled())
                                                   onDone(notSignedIn());
                                           }));
        }
    }
}

void SignInSession::signOut()
{
    cancelSignIn();
    forgetCredentials();
    if (!m_cache) {
        answerLater(this, this, [this] { Q_EMIT signedOut(); });
        return;
    }
    m_cache->clear(this, [this] { Q_EMIT signedOut(); });
}

void SignInSession::accept(Resource resource, TokenGrant grant)
{
    m_tokens[resource] = grant.accessToken;
    // Entra usually rotates the refresh token: the newest one replaces the old, here and in the
    // keychain.
    if (!grant.refreshToken.isEmpty()) {
        m_refreshToken = std::move(grant.refreshToken);
        if (m_cache)
            m_cache->saveRefreshToken(m_refreshToken);
    }
}

Call SignInSession::redeem(Resource resource, const std::pair<QString, QUrl> &target,
                           QObject *context, std::function<void(Result<TokenGrant>)> onDone)
{
    if (m_certificate) {
        auto assertion = makeClientAssertion(*m_certificate, clientId(), m_endpoint.tokenUrl(),
                                             m_endpoint.clock().utcNow());
        if (!assertion) {
            return answerLater(
                    this, context,
                    [error = assertion.error(), onDone = std::move(onDone)] { onDone(error); });
        }
        return m_endpoint.redeemClientAssertion(assertion.value(), target.first, target.second,
                                                context, std::move(onDone));
    }
    Q_UNUSED(resource)
    return m_endpoint.redeemRefreshToken(m_refreshToken,
                                         target.first + QLatin1String(" offline_access"),
                                         target.second, context, std::move(onDone));
}

Call SignInSession::accessToken(Resource resource, QObject *context, Callback onDone)
{
    auto cached = m_tokens.find(resource);
    if (cached != m_tokens.end() && cached->second->isUsableAt(m_endpoint.clock().utcNow())) {
        return answerLater(this, context,
                           [token = cached->second, onDone = std::move(onDone)] { onDone(token); });
    }
    const auto target = scopeAndAudience(resource);
    if (!target || (m_refreshToken.isEmpty() && !m_certificate)) {
        const ServiceError error = target ? notSignedIn() : target.error();
        return answerLater(this, context, [error, onDone = std::move(onDone)] { onDone(error); });
    }
    // Callers that ask while the resource's token is on its way wait for it: one redemption of
    // the refresh token, not one per caller.
    auto &refresh = m_refreshes[resource];
    if (!refresh) {
        refresh = std::make_shared<Refresh>();
        m_refreshQueue.push_back(resource);
    }
    Call call;
    refresh->waiters.push_back({call, context, std::move(onDone)});
    startNextRefresh();
    return call;
}

void SignInSession::startNextRefresh()
{
    // One token request at a time: each may rotate the refresh token, and the next must send the
    // one it returned, or two answers race to replace it (here and in the keychain).
    if (m_refreshing || m_refreshQueue.empty())
        return;
    const Resource resource = m_refreshQueue.front();
    m_refreshQueue.pop_front();
    m_refreshing = true;
    const auto target = scopeAndAudience(resource);
    if (!target || (m_refreshToken.isEmpty() && !m_certificate)) {
        // The refresh token died in the request before this one.
        const ServiceError error = target ? notSignedIn() : target.error();
        m_refreshCall = answerLater(this, this, [this, resource, error] {
            settleRefresh(resource, m_generation, error);
        });
        return;
    }
    m_refreshCall = redeem(resource, target.value(), this,
                           [this, resource, generation = m_generation](Result<TokenGrant> grant) {
                               settleRefresh(resource, generation, std::move(grant));
                           });
}

void SignInSession::settleRefresh(Resource resource, int generation, Result<TokenGrant> grant)
{
    m_refreshing = false;
    if (generation != m_generation) {
        // Sent with credentials replaced since (credentialsChanged() re-queued the resource).
        startNextRefresh();
        return;
    }
    if (!grant) {
        if (!m_certificate && isDeadRefreshToken(grant.error())) {
            // expired or revoked: only a new sign-in helps
            m_refreshToken.wipe();
            if (m_cache)
                m_cache->forgetRefreshToken();
        }
        answerWaiters(resource, grant.error());
        return;
    }
    TokenPtr token = grant.value().accessToken;
    accept(resource, std::move(grant).value());
    answerWaiters(resource, token);
}

void SignInSession::answerWaiters(Resource resource, const Result<TokenPtr> &answer)
{
    const auto found = m_refreshes.find(resource);
    if (found != m_refreshes.end()) {
        const std::shared_ptr<Refresh> refresh = found->second;
        m_refreshes.erase(found);
        // A caller may ask again, sign out or delete this session from its callback.
        const QPointer<SignInSession> self(this);
        for (auto &waiter : refresh->waiters) {
            if (!waiter.call.isCancelled() && waiter.context)
                waiter.onDone(answer);
            if (!self)
                return;
        }
    }
    startNextRefresh();
}

void SignInSession::discardAccessToken(Resource resource)
{
    m_tokens.erase(resource);
}

} // namespace rc
