// The client_assertion JWT of the certificate grant: header and claims exactly as Microsoft
// documents for certificate credentials, and a signature that verifies with the public key.
#include "auth/ClientAssertion.h"
#include "auth/TokenEndpoint.h"
#include "support/QtPrinters.h"
#include "support/TestCertificate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace rc;
using namespace rc::test;
using Alg = CertificateCredential::Algorithm;

namespace {

const QString ClientId = QStringLiteral("5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11");

struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput;
    QByteArray signature;
};

QJsonObject jsonOf(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
            .object();
}

DecodedJwt decode(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    EXPECT_EQ(parts.size(), 3);
    if (parts.size() != 3)
        return {};
    return {jsonOf(parts.at(0)), jsonOf(parts.at(1)), parts.at(0) + '.' + parts.at(1),
            QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding)};
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

class ClientAssertion : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = CertificateCredential::load(m_certificate.writePem(), {});
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        m_credential.emplace(std::move(loaded).value());
        // The token URL as the production TokenEndpoint derives it for the global cloud.
        const auto cloud = CloudEndpoints::preset(QStringLiteral("global"));
        const auto tenant = Tenant::parse(QStringLiteral("contoso.onmicrosoft.com"));
        ASSERT_TRUE(cloud.ok() && tenant.ok());
        m_tokenUrl = TokenEndpoint(m_http, cloud.value(), tenant.value(), ClientId).tokenUrl();
    }

    QByteArray make(Alg alg)
    {
        const auto assertion = makeClientAssertion(*m_credential, ClientId, m_tokenUrl, m_now, alg);
        EXPECT_TRUE(assertion.ok());
        return assertion.ok() ? assertion.value().view() : QByteArray();
    }

    void expectClaims(const QJsonObject &claims) const
    {
        const qint64 now = m_now.toSecsSinceEpoch();
        EXPECT_EQ(claims.keys(),
                  (QStringList {QStringLiteral("aud"), QStringLiteral("exp"), QStringLiteral("iat"),
                                QStringLiteral("iss"), QStringLiteral("jti"), QStringLiteral("nbf"),
                                QStringLiteral("sub")}));
        EXPECT_EQ(claims.value(QStringLiteral("aud")).toString(),
                  QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/"
                                 "oauth2/v2.0/token"));
        EXPECT_EQ(claims.value(QStringLiteral("iss")).toString(), ClientId);
        EXPECT_EQ(claims.value(QStringLiteral("sub")).toString(), ClientId);
        EXPECT_EQ(claims.value(QStringLiteral("nbf")).toInteger(), now);
        EXPECT_EQ(claims.value(QStringLiteral("iat")).toInteger(), now);
        EXPECT_EQ(claims.value(QStringLiteral("exp")).toInteger(), now + 600);
        const QUuid jti = QUuid::fromString(claims.value(QStringLiteral("jti")).toString());
        EXPECT_FALSE(jti.isNull());
    }

    TestCertificate m_certificate;
    std::optional<CertificateCredential> m_credential;
    HttpClient m_http;
    QUrl m_tokenUrl;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15), QTimeZone::utc());
};

} // namespace

TEST_F(ClientAssertion, Rs256_HeaderNamesTheCertificateByX5t)
{
    const QByteArray jwt = make(Alg::RS256);
    EXPECT_TRUE(
            QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"))
                    .match(QString::fromLatin1(jwt))
                    .hasMatch()); // base64url, no padding
    const DecodedJwt decoded = decode(jwt);
    EXPECT_EQ(decoded.header,
              (QJsonObject {
                      {QStringLiteral("alg"), QStringLiteral("RS256")},
                      {QStringLiteral("typ"), QStringLiteral("JWT")},
                      {QStringLiteral("x5t"), QString::fromLatin1(b64url(m_certificate.sha1()))}}));
    expectClaims(decoded.claims);
    EXPECT_TRUE(m_certificate.verify(decoded.signingInput, decoded.signature, false));
    EXPECT_FALSE(m_certificate.verify(decoded.signingInput, decoded.signature, true));
}

TEST_F(ClientAssertion, Ps256_HeaderNamesTheCertificateByX5tS256)
{
    const DecodedJwt decoded = decode(make(Alg::PS256));
    EXPECT_EQ(decoded.header,
              (QJsonObject {{QStringLiteral("alg"), QStringLiteral("PS256")},
                            {QStringLiteral("typ"), QStringLiteral("JWT")},
                            {QStringLiteral("x5t#S256"),
                             QString::fromLatin1(b64url(m_certificate.sha256()))}}));
    expectClaims(decoded.claims);
    EXPECT_TRUE(m_certificate.verify(decoded.signingInput, decoded.signature, true));
    EXPECT_FALSE(m_certificate.verify(decoded.signingInput, decoded.signature, false));
}

TEST_F(ClientAssertion, TamperedClaims_NoLongerVerify)
{
    const DecodedJwt decoded = decode(make(Alg::RS256));
    QJsonObject claims = decoded.claims;
    claims.insert(QStringLiteral("sub"), QStringLiteral("someone-else"));
    const QByteArray tampered = decoded.signingInput.split('.').at(0) + '.'
            + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EXPECT_FALSE(m_certificate.verify(tampered, decoded.signature, false));
}

TEST_F(ClientAssertion, EveryAssertionHasItsOwnJti)
{
    const QJsonObject first = decode(make(Alg::RS256)).claims;
    const QJsonObject second = decode(make(Alg::RS256)).claims;
    EXPECT_NE(first.value(QStringLiteral("jti")), second.value(QStringLiteral("jti")));
}
