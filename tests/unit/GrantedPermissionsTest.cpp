// What a token was granted, read from its scp/roles claim or the token answer's scope, and the
// consent sentence AADSTS65001 becomes.

#include "auth/GrantedPermissions.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rc;

namespace {

QByteArray jwt(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("typ"), QStringLiteral("JWT")}}) + '.' + part(claims) + ".sig";
}

} // namespace

TEST(GrantedPermissions, ScpAndRolesClaims)
{
    const auto scp = permissions::fromAccessToken(jwt(
            {{QStringLiteral("scp"), QStringLiteral("User.Read.All User.RevokeSessions.All")}}));
    ASSERT_TRUE(scp);
    EXPECT_EQ(*scp,
              QStringList({QStringLiteral("User.Read.All"),
                           QStringLiteral("User.RevokeSessions.All")}));
    const auto roles = permissions::fromAccessToken(
            jwt({{QStringLiteral("roles"), QJsonArray {QStringLiteral("User.Read.All")}}}));
    ASSERT_TRUE(roles);
    EXPECT_EQ(*roles, QStringList {QStringLiteral("User.Read.All")});
    EXPECT_FALSE(permissions::fromAccessToken("opaque-token"));
    EXPECT_FALSE(permissions::fromAccessToken("a.!!!.c"));
}

TEST(GrantedPermissions, ScopeStringsDropResourceAndOpenIdScopes)
{
    EXPECT_EQ(permissions::fromScope(QStringLiteral(
                      "https://graph.microsoft.com/User.RevokeSessions.All "
                      "https://graph.microsoft.com/User.Read.All offline_access openid profile")),
              QStringList({QStringLiteral("User.RevokeSessions.All"),
                           QStringLiteral("User.Read.All")}));
    EXPECT_TRUE(permissions::fromScope(QStringLiteral("https://x/.default openid")).isEmpty());
}

TEST(GrantedPermissions, MissingHonoursHigherPermissions)
{
    const QStringList required {QStringLiteral("User.RevokeSessions.All"),
                                QStringLiteral("User.Read.All")};
    EXPECT_EQ(permissions::missing({QStringLiteral("user.read.all")}, required),
              QStringList {QStringLiteral("User.RevokeSessions.All")});
    EXPECT_TRUE(permissions::missing({QStringLiteral("User.ReadWrite.All")}, required).isEmpty());
    EXPECT_EQ(permissions::missing({}, required), required);
}

TEST(GrantedPermissions, ConsentRequired_NamesWhatWasAskedFor)
{
    ServiceError e = ServiceError::make(ServiceError::Kind::SignIn, QStringLiteral("generic"));
    e.serviceCode = QStringLiteral("AADSTS65001");
    const ServiceError named = permissions::namingConsent(
            e, QStringLiteral("https://graph.microsoft.com/AuditLog.Read.All offline_access"));
    EXPECT_EQ(named.message,
              QStringLiteral("An administrator must consent to AuditLog.Read.All (Microsoft "
                             "Graph) for this app in this tenant, or sign in with an app "
                             "registration that has it."));
    e.serviceCode = QStringLiteral("AADSTS50126");
    EXPECT_EQ(permissions::namingConsent(e, QStringLiteral("x/User.Read.All")).message,
              QStringLiteral("generic"));
}
