#pragma once
// Who is signed in to which tenant, and the tokens that go with it. Delegated sign-in (device
// code or browser) yields one refresh token; it is redeemed for a Graph token and a SharePoint-
// admin token in turn (one resource per token request), replaced whenever the service rotates it
// and kept in the OS keychain through a TokenCache, so the next run signs in silently. Certificate
// sign-in (app-only) has no refresh token: each access token is bought with a fresh signed
// assertion. Access tokens live in memory only. One token request is under way at a time: callers
// that ask for a resource already asked for wait for that answer, and each redemption sends the
// newest refresh token (each one may rotate it), so the keychain always ends with the newest.

#include "auth/TokenEndpoint.h"
#include "auth/TokenScopes.h"
#include "net/TokenSource.h"

#include <QDateTime>
#include <QObject>

#include <deque>
#include <map>
#include <memory>

namespace rc {

class CertificateCredential;
class TokenCache;

class SignInSession final : public QObject, public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSession)
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    // clock: what access tokens' expiry is judged by and the device-code flow waits on.
    SignInSession(HttpClient &http, CloudEndpoints cloud, Tenant tenant, QString clientId,
                  Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SignInSession() override;

    // Where refresh tokens are kept between runs; null (the default): this run's memory only.
    void setTokenCache(TokenCache *cache);
    TokenCache *tokenCache() const { return m_cache; }

    // Each emits signedIn or signInFailed (silent: interactionRequired instead of failing when
    // there is no usable refresh token).
    void signInSilently();
    void signInWithDeviceCode(); // deviceCodeIssued first
    // A new device code in place of the one shown (after deviceCodeExpiring, or at any time
    // while the device-code sign-in waits): deviceCodeIssued again.
    void renewDeviceCode();
    void signInWithBrowser(OpenBrowser openBrowser); // authorizeUrlReady first
    // The browser sign-in waits its whole time again (after browserWaitEnding, or at any time).
    void keepWaitingForBrowser();
    void signInWithCertificate(std::shared_ptr<const CertificateCredential> certificate);
    void cancelSignIn();
    // Forgets every token, here and in the keychain; signedOut when the keychain answered.
    void signOut();

    // A certificate counts once the tenant accepted it (the first token), not while it is checked.
    bool isSignedIn() const
    {
        return !m_refreshToken.isEmpty() || (m_certificate && !m_account.isEmpty());
    }
    bool isAppOnly() const { return bool(m_certificate); }
    QString account() const { return m_account; }
    const CloudEndpoints &cloud() const { return m_endpoint.cloud(); }
    const Tenant &tenant() const { return m_endpoint.tenant(); }
    QString clientId() const { return m_endpoint.clientId(); }

    // What the current access token for the resource was granted (its scp or roles); nullopt
    // before the first token, or when neither the token nor its answer says.
    std::optional<QStringList> grantedPermissions(Resource resource) const;

    Call accessToken(Resource resource, QObject *context, Callback onDone) override;
    void discardAccessToken(Resource resource) override;

Q_SIGNALS:
    void deviceCodeIssued(const QString &userCode, const QUrl &verificationUri,
                          const QString &message, const QDateTime &expiresAt);
    void deviceCodeExpiring(int secondsLeft);
    void authorizeUrlReady(const QUrl &url, bool browserOpened);
    void browserWaitEnding(int secondsLeft);
    void signedIn(const QString &account);
    void signInFailed(const rc::ServiceError &error);
    // Silent sign-in found no refresh token, or one that no longer works (reason says which).
    void interactionRequired(const rc::ServiceError &reason);
    void signedOut();

private:
    Result<std::pair<QString, QUrl>> scopeAndAudience(Resource resource) const
    {
        return tokenScopes(cloud(), tenant(), resource, bool(m_certificate));
    }
    void completeInteractive(Result<TokenGrant> grant);
    void accept(Resource resource, TokenGrant grant);
    Call redeem(Resource resource, const std::pair<QString, QUrl> &target, QObject *context,
                std::function<void(Result<TokenGrant>)> onDone);
    void startNextRefresh();
    void settleRefresh(Resource resource, int generation, Result<TokenGrant> grant);
    void answerWaiters(Resource resource, const Result<TokenPtr> &answer);
    void credentialsChanged();
    void forgetCredentials();

    TokenEndpoint m_endpoint;
    TokenCache *m_cache = nullptr;
    std::unique_ptr<QObject> m_interactive; // the device-code or browser flow under way
    SecretBytes m_refreshToken;
    std::shared_ptr<const CertificateCredential> m_certificate;
    std::map<Resource, TokenPtr> m_tokens;
    QString m_account;
    Call m_silentCall;

    struct Refresh; // the callers waiting for one resource's token
    std::map<Resource, std::shared_ptr<Refresh>> m_refreshes;
    std::deque<Resource> m_refreshQueue; // asked for, in order, not yet under way
    Call m_refreshCall; // the one token request under way
    bool m_refreshing = false;
    // Bumped whenever the refresh token or certificate is replaced or forgotten: an answer to a
    // request sent with the previous one is not kept.
    int m_generation = 0;
};

} // namespace rc
