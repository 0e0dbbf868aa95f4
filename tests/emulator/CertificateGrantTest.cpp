// The emulated token endpoint's certificate grant (client_credentials with a client_assertion):
// the signature is verified with the certificate uploaded to the app registration, and every
// refusal carries the status, error and AADSTS code Microsoft Entra ID answers with.
#include "EmulatorTestSupport.h"
#include "auth/ClientAssertion.h"
#include "support/TestCertificate.h"

#include <QRegularExpression>

#include <optional>

using namespace rc::emu;
using namespace rc::emu::test;
using rc::CertificateCredential;
using rc::test::TestCertificate;
using Alg = CertificateCredential::Algorithm;

namespace {

const QString AppId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Checks the refusal and returns the text after "AADSTSnnnnn: " up to the trailer.
QString expectRefusal(const Reply &reply, int status, const char *error, int code)
{
    EXPECT_EQ(reply.status, status) << reply.body.toStdString();
    const QJsonObject body = reply.json();
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(), QLatin1String(error));
    EXPECT_EQ(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray {code});
    const QString description = body.value(QStringLiteral("error_description")).toString();
    const QString prefix = QStringLiteral("AADSTS%1: ").arg(code);
    EXPECT_TRUE(description.startsWith(prefix)) << description.toStdString();
    return description.mid(prefix.size()).section(QStringLiteral("\r\n"), 0, 0);
}

} // namespace

class CertificateGrant : public EmulatorTest
{
protected:
    void SetUp() override
    {
        EmulatorTest::SetUp();
        ASSERT_TRUE(emulator.tenant().registerCertificate(AppId, certificate.certificatePem()));
        credential = load(certificate);
    }

    static std::optional<CertificateCredential> load(const TestCertificate &from,
                                                     const QDateTime &now = {})
    {
        auto loaded = CertificateCredential::load(from.writePem(), {}, now);
        EXPECT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        if (!loaded.ok())
            return std::nullopt;
        return std::optional<CertificateCredential>(std::move(loaded).value());
    }

    QByteArray assertion(Alg alg = Alg::RS256, const QDateTime &at = {}, const QUrl &audience = {},
                         const QString &clientId = AppId,
                         const CertificateCredential *signer = nullptr)
    {
        const auto made = rc::makeClientAssertion(signer ? *signer : *credential, clientId,
                                                  audience.isEmpty() ? tokenUrl() : audience,
                                                  at.isValid() ? at : emulator.now(), alg);
        EXPECT_TRUE(made.ok());
        return made.ok() ? made.value().view() : QByteArray();
    }

    Reply redeem(const QByteArray &clientAssertion, const QString &scope,
                 const QList<QPair<QString, QString>> &more = {})
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), AppId);
        form.addQueryItem(QStringLiteral("scope"), scope);
        form.addQueryItem(QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        if (!clientAssertion.isEmpty())
            form.addQueryItem(QStringLiteral("client_assertion"),
                              QString::fromLatin1(clientAssertion));
        for (const auto &item : more)
            form.addQueryItem(item.first, item.second);
        return client.postForm(tokenUrl(), form);
    }

    QByteArray appToken(const Reply &reply)
    {
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject body = reply.json();
        EXPECT_EQ(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        EXPECT_EQ(body.value(QStringLiteral("expires_in")).toInt(), 3599);
        EXPECT_FALSE(body.contains(QStringLiteral("refresh_token"))); // app-only: none
        EXPECT_FALSE(body.contains(QStringLiteral("id_token")));
        return body.value(QStringLiteral("access_token")).toString().toLatin1();
    }

    QString thumbprintHex(const TestCertificate &of) const
    {
        return QString::fromLatin1(of.sha1().toHex().toUpper());
    }

    TestCertificate certificate;
    std::optional<CertificateCredential> credential;
};

TEST_F(CertificateGrant, Rs256Assertion_GraphAppOnlyTokenRevokes)
{
    const QByteArray token = appToken(redeem(assertion(Alg::RS256), graphScope()));
    ASSERT_FALSE(token.isEmpty());
    // App-only: no signed-in user behind it, but User.RevokeSessions.All.
    EXPECT_EQ(client.get(graph("/v1.0/me"), bearer(token)).status, 400);
    const QString user = contoso("adele.vance");
    const QDateTime before = emulator.tenant().find(user)->signInSessionsValidFrom;
    const Reply revoked = client.send(
            "POST", graph("/v1.0/users/" + user.toUtf8() + "/revokeSignInSessions"), bearer(token));
    ASSERT_EQ(revoked.status, 200) << revoked.body.toStdString();
    EXPECT_TRUE(revoked.json().value(QStringLiteral("value")).toBool());
    EXPECT_GT(emulator.tenant().find(user)->signInSessionsValidFrom, before);
}

TEST_F(CertificateGrant, Ps256Assertion_SharePointAppOnlyTokenRevokes)
{
    const QByteArray token = appToken(redeem(assertion(Alg::PS256), spoScope()));
    ASSERT_FALSE(token.isEmpty());
    const Reply answer = client.send(
            "POST",
            sharePoint("/_api/Microsoft.Online.SharePoint.TenantManagement.Office365Tenant/"
                       "RevokeAllUserSessions"),
            bearer(token, {{"Content-Type", "application/json"}, {"Accept", "application/json"}}),
            R"({"userName":"alex.wilber@contoso.onmicrosoft.com"})");
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    EXPECT_EQ(answer.json().value(QStringLiteral("State")).toInt(), 3);
    // A SharePoint token is for SharePoint only.
    EXPECT_EQ(client.get(graph("/v1.0/users"), bearer(token)).status, 401);
}

TEST_F(CertificateGrant, TamperedSignature_Is700027)
{
    QByteArray jwt = assertion();
    const int middle = jwt.lastIndexOf('.') + 100;
    jwt[middle] = jwt.at(middle) == 'A' ? 'B' : 'A';
    const QString text = expectRefusal(redeem(jwt, graphScope()), 401, "invalid_client", 700027);
    EXPECT_TRUE(text.startsWith(
            QStringLiteral("Client assertion contains an invalid signature. [Reason - The provided "
                           "signature value did not match the expected signature value., "
                           "Thumbprint of key used by client: '%1', Found key 'Start=")
                    .arg(thumbprintHex(certificate))))
            << text.toStdString();
}

TEST_F(CertificateGrant, TamperedClaims_Is700027)
{
    const QList<QByteArray> parts = assertion(Alg::PS256).split('.');
    QJsonObject claims = QJsonDocument::fromJson(
                                 QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                                 .object();
    claims.insert(QStringLiteral("exp"), claims.value(QStringLiteral("exp")).toInteger() + 86400);
    const QByteArray jwt = parts.at(0) + '.'
            + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    const QString text = expectRefusal(redeem(jwt, graphScope()), 401, "invalid_client", 700027);
    EXPECT_TRUE(text.contains(QStringLiteral("did not match the expected signature value")));
}

TEST_F(CertificateGrant, UnregisteredCertificate_KeyIsNotFound)
{
    TestCertificate::Options options;
    options.rsaKey = 1;
    const TestCertificate other(options);
    const auto otherCredential = load(other);
    ASSERT_TRUE(otherCredential);
    const QByteArray jwt = assertion(Alg::RS256, {}, {}, AppId, &*otherCredential);
    const QString text = expectRefusal(redeem(jwt, graphScope()), 401, "invalid_client", 700027);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Client assertion contains an invalid signature. "
                                               "[Reason - The key was not found., Thumbprint of "
                                               "key used by client: '%1', Please visit the Azure "
                                               "Portal, Graph Explorer or directly use MS Graph to "
                                               "see configured keys for app Id '%2'.")
                                        .arg(thumbprintHex(other), AppId)))
            << text.toStdString();
    // The same key behind another certificate is still another certificate.
    const TestCertificate sameKey;
    const auto sameKeyCredential = load(sameKey);
    ASSERT_TRUE(sameKeyCredential);
    expectRefusal(redeem(assertion(Alg::PS256, {}, {}, AppId, &*sameKeyCredential), graphScope()),
                  401, "invalid_client", 700027);
}

TEST_F(CertificateGrant, ExpiredOrNotYetValidAssertion_Is700024)
{
    const QDateTime now = emulator.now();
    const QString expired
            = expectRefusal(redeem(assertion(Alg::RS256, now.addSecs(-11 * 60)), graphScope()), 401,
                            "invalid_client", 700024);
    const QRegularExpression text(QStringLiteral(
            "^Client assertion is not within its valid time range\\. Current time: "
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z, assertion valid from (\\S+), "
            "expiry time of assertion (\\S+)\\. Review the documentation at "
            "https://learn\\.microsoft\\.com/entra/identity-platform/certificate-credentials$"));
    const auto match = text.match(expired);
    ASSERT_TRUE(match.hasMatch()) << expired.toStdString();
    EXPECT_EQ(match.captured(2),
              now.addSecs(-60).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                      + QStringLiteral(".0000000Z"));
    expectRefusal(redeem(assertion(Alg::PS256, now.addSecs(3600)), graphScope()), 401,
                  "invalid_client", 700024);
    // A client clock a little ahead is tolerated.
    EXPECT_EQ(redeem(assertion(Alg::RS256, now.addSecs(120)), graphScope()).status, 200);
}

TEST_F(CertificateGrant, AssertionForAnotherEndpoint_Is700023)
{
    const QUrl elsewhere = identity("/organizations/oauth2/v2.0/token");
    const QString text = expectRefusal(redeem(assertion(Alg::RS256, {}, elsewhere), graphScope()),
                                       401, "invalid_client", 700023);
    EXPECT_TRUE(text.startsWith(
            QStringLiteral("Client assertion audience claim does not match Realm issuer.")));
}

TEST_F(CertificateGrant, AssertionOfAnotherClient_Is700021)
{
    const QByteArray jwt = assertion(Alg::RS256, {}, {}, QStringLiteral("someone-else"));
    const QString text = expectRefusal(redeem(jwt, graphScope()), 401, "invalid_client", 700021);
    EXPECT_TRUE(text.startsWith(QStringLiteral(
            "Client assertion application identifier doesn't match 'client_id' parameter.")));
}

TEST_F(CertificateGrant, ExpiredUploadedCertificate_KeyUsedIsExpired)
{
    TestCertificate::Options options = TestCertificate::expiredOptions();
    options.rsaKey = 2;
    const TestCertificate expired(options);
    ASSERT_TRUE(emulator.tenant().registerCertificate(AppId, expired.certificateDer()));
    // Loaded as of a day when it was valid; presented today.
    const auto expiredCredential = load(expired, expired.notAfter().addDays(-1));
    ASSERT_TRUE(expiredCredential);
    const QString text = expectRefusal(
            redeem(assertion(Alg::RS256, {}, {}, AppId, &*expiredCredential), graphScope()), 401,
            "invalid_client", 700027);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Client assertion contains an invalid signature. "
                                               "[Reason - The key used is expired., Thumbprint "
                                               "of key used by client: '%1'")
                                        .arg(thumbprintHex(expired))))
            << text.toStdString();
}

TEST_F(CertificateGrant, ClientSecretOrNoAssertion_IsRefused)
{
    const QString secret
            = expectRefusal(redeem({}, graphScope(),
                                   {{QStringLiteral("client_secret"), QStringLiteral("hunter2")}}),
                            401, "invalid_client", 7000215);
    EXPECT_TRUE(secret.startsWith(QStringLiteral("Invalid client secret provided.")));
    // Even next to a valid assertion.
    expectRefusal(redeem(assertion(), graphScope(),
                         {{QStringLiteral("client_secret"), QStringLiteral("hunter2")}}),
                  401, "invalid_client", 7000215);
    expectRefusal(redeem({}, graphScope()), 401, "invalid_client", 7000218);
}

TEST_F(CertificateGrant, MalformedOrUnsignedAssertion_Is50027)
{
    EXPECT_EQ(expectRefusal(redeem("not-a-jwt", graphScope()), 401, "invalid_client", 50027),
              QStringLiteral("JWT token is invalid or malformed."));
    // alg "none" with no signature, and a valid signature over claims without jti.
    const QList<QByteArray> parts = assertion().split('.');
    const QByteArray none = b64url(R"({"alg":"none","typ":"JWT"})") + '.' + parts.at(1) + '.';
    expectRefusal(redeem(none, graphScope()), 401, "invalid_client", 50027);
    QJsonObject claims = QJsonDocument::fromJson(
                                 QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                                 .object();
    claims.remove(QStringLiteral("jti"));
    const QByteArray input
            = parts.at(0) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = credential->sign(input, Alg::RS256);
    ASSERT_TRUE(signature.ok());
    expectRefusal(redeem(input + '.' + b64url(signature.value()), graphScope()), 401,
                  "invalid_client", 50027);
    // The same, with its jti, is accepted: the refusal above was for the missing jti.
    claims.insert(QStringLiteral("jti"), QStringLiteral("b9b1f2d4-36a5-4b49-8d4e-1f2e3d4c5b6a"));
    const QByteArray withJti
            = parts.at(0) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EXPECT_EQ(redeem(withJti + '.' + b64url(credential->sign(withJti, Alg::RS256).value()),
                     graphScope())
                      .status,
              200);
}

TEST_F(CertificateGrant, ScopeMustBeDotDefault)
{
    expectRefusal(redeem(assertion(), QStringLiteral("User.Read.All")), 400, "invalid_scope",
                  1002012);
}
