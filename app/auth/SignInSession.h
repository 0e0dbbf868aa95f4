#pragma once
// Who is signed in to which tenant, and the tokens that go with it. The device-code sign-in yields
// one refresh token; it is redeemed for a Graph token and a SharePoint-admin token in turn (one
// resource per token request), and replaced whenever the service rotates it. Tokens live in
// memory only (the OS keychain arrives with the token cache).

#include "auth/TokenEndpoint.h"
#include "net/TokenSource.h"

#include <QObject>

#include <map>
#include <memory>

namespace rc {

class DeviceCodeSignIn;

class SignInSession final : public QObject, public TokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSession)
public:
    SignInSession(HttpClient &http, CloudEndpoints cloud, Tenant tenant, QString clientId,
                  QObject *parent = nullptr);
    ~SignInSession() override;

    // Emits deviceCodeIssued, then signedIn or signInFailed.
    void signInWithDeviceCode();
    void cancelSignIn();
    void signOut();

    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }
    QString account() const { return m_account; }
    const CloudEndpoints &cloud() const { return m_endpoint.cloud(); }
    const Tenant &tenant() const { return m_endpoint.tenant(); }

    Call accessToken(Resource resource, QObject *context, Callback onDone) override;
    void discardAccessToken(Resource resource) override;

Q_SIGNALS:
    void deviceCodeIssued(const QString &userCode, const QUrl &verificationUri,
                          const QString &message);
    void signedIn(const QString &account);
    void signInFailed(const rc::ServiceError &error);
    void signedOut();

private:
    Result<std::pair<QString, QUrl>> scopeAndAudience(Resource resource) const;
    void accept(Resource resource, TokenGrant grant);

    TokenEndpoint m_endpoint;
    std::unique_ptr<DeviceCodeSignIn> m_deviceFlow;
    SecretBytes m_refreshToken;
    std::map<Resource, TokenPtr> m_tokens;
    QString m_account;
};

} // namespace rc
