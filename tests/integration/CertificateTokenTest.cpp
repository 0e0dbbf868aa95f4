// App-only sign-in with a certificate, end to end against the emulator: the production
// CertificateCredential, makeClientAssertion and TokenEndpoint::redeemClientAssertion get tokens
// for Graph and the SharePoint admin site, and those tokens revoke through the production clients.
#include "auth/ClientAssertion.h"
#include "auth/TokenEndpoint.h"
#include "core/Deferred.h"
#include "directory/GraphClient.h"
#include "emulator/DemoTenant.h"
#include "emulator/FormFields.h"
#include "emulator/TenantEmulator.h"
#include "revocation/SpoTenantClient.h"
#include "support/EmulatorFixture.h"
#include "support/TestCertificate.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace rc;
using namespace rc::test;
using Alg = CertificateCredential::Algorithm;

namespace {

const QString AppId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");
const QByteArray Passphrase = "pfx passphrase";

// Hands the app-only token to the production clients, as SignInSession would.
class FixedTokenSource final : public TokenSource
{
public:
    explicit FixedTokenSource(TokenPtr token)
        : m_token(std::move(token))
    { }
    Call accessToken(Resource, QObject *context, Callback onDone) override
    {
        return answerLater(context, context, [token = m_token, onDone] { onDone(token); });
    }
    void discardAccessToken(Resource) override { }

private:
    TokenPtr m_token;
};

class CertificateToken : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        ASSERT_TRUE(m_emulator.start(&why)) << why.toStdString();
        ASSERT_TRUE(m_emulator.tenant().registerCertificate(AppId, m_certificate.certificatePem()));
        const auto cloud
                = CloudEndpoints::fromJson(QJsonDocument(m_emulator.cloudConfig()).toJson());
        const auto tenant = Tenant::parse(Domain);
        ASSERT_TRUE(cloud.ok() && tenant.ok());
        m_cloud.emplace(cloud.value());
        m_tenant.emplace(tenant.value());
        m_endpoint.emplace(m_http, *m_cloud, *m_tenant, AppId);
    }

    QUrl audience(Resource resource) const
    {
        return resource == Resource::Graph ? m_cloud->graph()
                                           : m_cloud->sharePointAdmin(*m_tenant).value();
    }

    // What the app does for app-only sign-in: load, sign, redeem. Nothing is sent when the
    // certificate cannot be loaded.
    Result<TokenGrant> signIn(const QString &path, const QByteArray &passphrase, Resource resource,
                              Alg alg = Alg::RS256)
    {
        const auto credential = CertificateCredential::load(
                path, SecretBytes(QByteArray(passphrase.constData(), passphrase.size())));
        if (!credential)
            return credential.error();
        auto assertion = makeClientAssertion(credential.value(), AppId, m_endpoint->tokenUrl(),
                                             QDateTime::currentDateTimeUtc(), alg);
        if (!assertion)
            return assertion.error();
        const auto scope = m_cloud->defaultScope(resource, *m_tenant);
        EXPECT_TRUE(scope.ok());
        std::optional<Result<TokenGrant>> grant;
        m_endpoint->redeemClientAssertion(assertion.value(), scope.value(), audience(resource),
                                          &m_context,
                                          [&](Result<TokenGrant> g) { grant = std::move(g); });
        EXPECT_TRUE(waitFor([&] { return grant.has_value(); }));
        return grant ? std::move(*grant) : Result<TokenGrant>(ServiceError {});
    }

    // The form fields of the recorded token requests.
    QList<emu::FormFields> tokenRequests() const
    {
        QList<emu::FormFields> forms;
        for (const auto &request : m_emulator.requestsTo(emu::Service::Identity)) {
            if (request.method == "POST" && request.path.endsWith(QStringLiteral("/token")))
                forms.append(emu::FormFields::parse(request.body));
        }
        return forms;
    }

    emu::TenantEmulator m_emulator;
    TestCertificate m_certificate;
    HttpClient m_http;
    std::optional<CloudEndpoints> m_cloud;
    std::optional<Tenant> m_tenant;
    std::optional<TokenEndpoint> m_endpoint;
    QObject m_context;
};

} // namespace

TEST_F(CertificateToken, PfxForGraph_AppOnlyTokenRevokesSignInSessions)
{
    const auto grant = signIn(m_certificate.writePfx(Passphrase), Passphrase, Resource::Graph);
    ASSERT_TRUE(grant.ok()) << grant.error().message.toStdString();
    ASSERT_TRUE(grant.value().accessToken);
    EXPECT_EQ(grant.value().accessToken->audience, m_cloud->graph());
    EXPECT_TRUE(grant.value().refreshToken.isEmpty());

    // The token request: client_credentials with a jwt-bearer assertion, never a secret.
    const auto forms = tokenRequests();
    ASSERT_EQ(forms.size(), 1);
    const emu::FormFields &form = forms.at(0);
    EXPECT_EQ(form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    EXPECT_EQ(form.value(QStringLiteral("client_id")), AppId);
    EXPECT_EQ(form.value(QStringLiteral("scope")),
              m_emulator.cloudConfig().value(QStringLiteral("graph")).toString()
                      + QStringLiteral("/.default"));
    EXPECT_EQ(form.value(QStringLiteral("client_assertion_type")),
              QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    EXPECT_FALSE(form.contains(QStringLiteral("client_secret")));
    // Addressed to the endpoint it was posted to.
    const QList<QByteArray> jwt
            = form.value(QStringLiteral("client_assertion")).toLatin1().split('.');
    ASSERT_EQ(jwt.size(), 3);
    const QJsonObject claims
            = QJsonDocument::fromJson(
                      QByteArray::fromBase64(jwt.at(1), QByteArray::Base64UrlEncoding))
                      .object();
    EXPECT_EQ(claims.value(QStringLiteral("aud")).toString(),
              m_endpoint->tokenUrl().toString(QUrl::FullyEncoded));
    EXPECT_TRUE(m_endpoint->tokenUrl().toString().endsWith(
            QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/token")));

    FixedTokenSource tokens(grant.value().accessToken);
    ServiceCaller caller(m_http, tokens);
    GraphClient graph(caller, m_cloud->graph());
    const QString user = upn("adele.vance");
    const QDateTime before = m_emulator.tenant().find(user)->signInSessionsValidFrom;
    std::optional<Result<RevokeAck>> ack;
    graph.revokeSignInSessions(user, &m_context, [&](Result<RevokeAck> a) { ack = std::move(a); });
    ASSERT_TRUE(waitFor([&] { return ack.has_value(); }));
    ASSERT_TRUE(ack->ok()) << ack->error().message.toStdString();
    EXPECT_GT(m_emulator.tenant().find(user)->signInSessionsValidFrom, before);
    const auto graphRequests = m_emulator.requestsTo(emu::Service::Graph);
    ASSERT_EQ(graphRequests.size(), 1);
    EXPECT_EQ(graphRequests.at(0).bearerToken(), grant.value().accessToken->value.view());
}

TEST_F(CertificateToken, EncryptedPemForSharePoint_AppOnlyTokenRevokes)
{
    const QString pem = m_certificate.writeEncryptedPem(Passphrase);
    const auto grant = signIn(pem, Passphrase, Resource::SharePoint, Alg::PS256);
    ASSERT_TRUE(grant.ok()) << grant.error().message.toStdString();
    EXPECT_EQ(grant.value().accessToken->audience, audience(Resource::SharePoint));
    const auto forms = tokenRequests();
    ASSERT_EQ(forms.size(), 1);
    EXPECT_EQ(forms.at(0).value(QStringLiteral("scope")),
              m_emulator.cloudConfig().value(QStringLiteral("sharepointAdmin")).toString()
                      + QStringLiteral("/.default"));
    EXPECT_FALSE(forms.at(0).contains(QStringLiteral("client_secret")));

    FixedTokenSource tokens(grant.value().accessToken);
    ServiceCaller caller(m_http, tokens);
    SpoTenantClient sharePoint(caller, audience(Resource::SharePoint));
    std::optional<Result<csom::RevokeAnswer>> answer;
    sharePoint.revokeAllUserSessions(upn("alex.wilber"), &m_context,
                                     [&](Result<csom::RevokeAnswer> a) { answer = std::move(a); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_EQ(answer->value().state, 3); // NonInstantaneousSuccess for this seeded user
    const auto spoRequests = m_emulator.requestsTo(emu::Service::SharePoint);
    ASSERT_EQ(spoRequests.size(), 1);
    EXPECT_EQ(spoRequests.at(0).bearerToken(), grant.value().accessToken->value.view());
}

TEST_F(CertificateToken, WrongPfxPassphrase_ClearMessageAndNothingSent)
{
    const QString pfx = m_certificate.writePfx(Passphrase);
    const auto grant = signIn(pfx, "guess", Resource::Graph);
    ASSERT_FALSE(grant.ok());
    EXPECT_EQ(grant.error().kind, ServiceError::Kind::Configuration);
    EXPECT_EQ(grant.error().message,
              QStringLiteral("The passphrase for %1 is wrong.").arg(QDir::toNativeSeparators(pfx)));
    EXPECT_TRUE(m_emulator.requests().isEmpty());
}

TEST_F(CertificateToken, CertificateNotUploaded_RefusedWithTheServiceMessage)
{
    TestCertificate::Options options;
    options.rsaKey = 1;
    const TestCertificate other(options);
    const auto grant = signIn(other.writePem(), {}, Resource::Graph);
    ASSERT_FALSE(grant.ok());
    EXPECT_EQ(grant.error().kind, ServiceError::Kind::SignIn);
    EXPECT_EQ(grant.error().serviceCode, QStringLiteral("AADSTS700027"));
    EXPECT_EQ(grant.error().httpStatus, 401);
    EXPECT_FALSE(grant.error().correlationId.isEmpty());
    EXPECT_TRUE(m_emulator.requestsTo(emu::Service::Graph).isEmpty());
}
