#pragma once
// Shared by the conformance tests: tokens with chosen permissions (device code as a chosen user,
// or app-only through a certificate), Graph error checks with the exact code and message, and
// reading the claims of the JWT-shaped access tokens.

#include "BatchTestSupport.h"
#include "auth/ClientAssertion.h"
#include "support/TestCertificate.h"

#include <memory>

namespace rc::emu::test {

inline const QString Denied = QStringLiteral("Insufficient privileges to complete the operation.");

// The header (0) or claims (1) of a JWT.
inline QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(index),
                                                          QByteArray::Base64UrlEncoding
                                                                  | QByteArray::OmitTrailingEquals))
            .object();
}

inline void expectGraphError(const Reply &reply, int status, const char *code,
                             const QString &message)
{
    EXPECT_EQ(reply.status, status) << reply.body.toStdString();
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QLatin1String(code));
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(), message);
}

class ConformanceTest : public BatchEmulatorTest
{
protected:
    static constexpr char AppId[] = "5a2c7c0e-1d4b-4e55-9f3a-0c8b2d7e6f11";

    // "{graph}/A {graph}/B ..." plus any bare extras (offline_access, openid).
    QString graphScopes(const QStringList &permissions, const QString &extras = {}) const
    {
        const QString base = emulator.cloudConfig().value(QStringLiteral("graph")).toString();
        QStringList items;
        for (const QString &permission : permissions)
            items.append(base + QLatin1Char('/') + permission);
        if (!extras.isEmpty())
            items.append(extras);
        return items.join(QLatin1Char(' '));
    }
    // The token endpoint's answer to a device code approved as `upn`.
    Reply tokenReply(const QString &upn, const QString &scope)
    {
        emulator.setAutoApproveAs(upn);
        const Reply code = requestDeviceCode(scope);
        emulator.setAutoApproveAs(QString());
        EXPECT_EQ(code.status, 200) << code.body.toStdString();
        return pollDeviceCode(code.json().value(QStringLiteral("device_code")).toString());
    }
    QByteArray tokenWith(const QString &upn, const QStringList &permissions)
    {
        const Reply reply = tokenReply(upn, graphScopes(permissions));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }
    Reply revokeAs(const QByteArray &token, const QString &upn)
    {
        return client.send(
                "POST",
                graph("/v1.0/users/" + QUrl::toPercentEncoding(upn) + "/revokeSignInSessions"),
                bearer(token));
    }
    // An app-only Graph token of AppId, from a certificate uploaded for the occasion.
    QByteArray appOnlyToken()
    {
        if (!certificate) {
            certificate = std::make_unique<rc::test::TestCertificate>();
            EXPECT_TRUE(emulator.tenant().registerCertificate(QLatin1String(AppId),
                                                              certificate->certificatePem()));
        }
        auto credential = rc::CertificateCredential::load(certificate->writePem(), {}, {});
        EXPECT_TRUE(credential.ok());
        const auto assertion = rc::makeClientAssertion(credential.value(), QLatin1String(AppId),
                                                       tokenUrl(), emulator.now());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), QLatin1String(AppId));
        form.addQueryItem(QStringLiteral("scope"), graphScope());
        form.addQueryItem(QStringLiteral("client_assertion_type"),
                          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("client_assertion"),
                          QString::fromLatin1(assertion.value().view()));
        const Reply reply = client.postForm(tokenUrl(), form);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    std::unique_ptr<rc::test::TestCertificate> certificate;
};

} // namespace rc::emu::test
