// The emulated identity platform: device code, refresh, authorization code with PKCE, and the
// exact error shapes of the token endpoints (the certificate grant: CertificateGrantTest.cpp).
#include "EmulatorTestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void expectAadError(const Reply &reply, int status, const char *error, int code)
{
    EXPECT_EQ(reply.status, status) << reply.body.toStdString();
    const QJsonObject body = reply.json();
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(), QLatin1String(error));
    EXPECT_EQ(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray {code});
    const QString description = body.value(QStringLiteral("error_description")).toString();
    EXPECT_TRUE(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)))
            << description.toStdString();
    EXPECT_TRUE(description.contains(QStringLiteral("\r\nTrace ID: ")
                                     + body.value(QStringLiteral("trace_id")).toString()));
    EXPECT_TRUE(description.contains(QStringLiteral("\r\nCorrelation ID: ")
                                     + body.value(QStringLiteral("correlation_id")).toString()));
    const QRegularExpression timestamp(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"));
    EXPECT_TRUE(timestamp.match(body.value(QStringLiteral("timestamp")).toString()).hasMatch());
    EXPECT_TRUE(body.value(QStringLiteral("error_uri"))
                        .toString()
                        .endsWith(QStringLiteral("/error?code=%1").arg(code)));
}

} // namespace

class EmulatorIdentity : public EmulatorTest
{
};

TEST_F(EmulatorIdentity, DeviceCode_PendingThenApproved_IssuesTokens)
{
    const Reply code
            = requestDeviceCode(graphScope() + QStringLiteral(" offline_access openid profile"));
    ASSERT_EQ(code.status, 200) << code.body.toStdString();
    const QJsonObject device = code.json();
    const QString userCode = device.value(QStringLiteral("user_code")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[A-Z0-9]{9}$")).match(userCode).hasMatch());
    const QString verification
            = emulator.cloudConfig().value(QStringLiteral("authority")).toString()
            + QStringLiteral("/devicelogin");
    EXPECT_EQ(device.value(QStringLiteral("verification_uri")).toString(), verification);
    EXPECT_EQ(device.value(QStringLiteral("expires_in")).toInt(), 900);
    EXPECT_EQ(device.value(QStringLiteral("interval")).toInt(), 5); // Microsoft's default
    EXPECT_EQ(device.value(QStringLiteral("message")).toString(),
              QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code "
                             "%2 to authenticate.")
                      .arg(verification, userCode));

    const QString deviceCode = device.value(QStringLiteral("device_code")).toString();
    expectAadError(pollDeviceCode(deviceCode), 400, "authorization_pending", 70016);

    ASSERT_TRUE(emulator.approveDeviceCode(userCode, contoso("admin")));
    clock.advance(5100); // past the interval: no slow_down
    const Reply tokens = pollDeviceCode(deviceCode);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QJsonObject body = tokens.json();
    EXPECT_EQ(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(body.value(QStringLiteral("expires_in")).toInt(), 3599);
    EXPECT_EQ(body.value(QStringLiteral("ext_expires_in")).toInt(), 3599);
    EXPECT_TRUE(body.value(QStringLiteral("scope"))
                        .toString()
                        .contains(QStringLiteral("User.RevokeSessions.All")));
    EXPECT_GE(body.value(QStringLiteral("access_token")).toString().size(), 43);
    EXPECT_FALSE(body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject claims = jwtClaims(body.value(QStringLiteral("id_token")).toString());
    EXPECT_EQ(claims.value(QStringLiteral("preferred_username")).toString(), contoso("admin"));
    EXPECT_EQ(claims.value(QStringLiteral("name")).toString(), QStringLiteral("MOD Administrator"));
    EXPECT_EQ(claims.value(QStringLiteral("tid")).toString(), emulator.tenant().tenantId());
    EXPECT_EQ(claims.value(QStringLiteral("oid")).toString(),
              emulator.tenant().find(contoso("admin"))->id);

    // Redeemed once only.
    clock.advance(5100); // past the interval: no slow_down
    expectAadError(pollDeviceCode(deviceCode), 400, "bad_verification_code", 70000);
}

// The demo's admin approves a moment after the code is issued, on the emulator's clock.
TEST_F(EmulatorIdentity, DeviceCode_ApprovedLater_IsPendingUntilThen)
{
    emulator.setAutoApproveAs(contoso("admin"), 1500);
    emulator.setDeviceCodeIntervalSeconds(1);
    const QString deviceCode = requestDeviceCode(graphScope())
                                       .json()
                                       .value(QStringLiteral("device_code"))
                                       .toString();
    expectAadError(pollDeviceCode(deviceCode), 400, "authorization_pending", 70016);
    clock.advance(1000);
    expectAadError(pollDeviceCode(deviceCode), 400, "authorization_pending", 70016);
    clock.advance(1000);
    const Reply tokens = pollDeviceCode(deviceCode);
    EXPECT_EQ(tokens.status, 200) << tokens.body.toStdString();
}

TEST_F(EmulatorIdentity, DeviceCode_WithoutOfflineAccessOrOpenId_HasNoRefreshOrIdToken)
{
    const QJsonObject tokens = signIn(contoso("admin"), graphScope());
    EXPECT_FALSE(tokens.contains(QStringLiteral("refresh_token")));
    EXPECT_FALSE(tokens.contains(QStringLiteral("id_token")));
}

TEST_F(EmulatorIdentity, DeviceCode_PolledFasterThanInterval_SlowDown)
{
    const QString deviceCode = requestDeviceCode(graphScope())
                                       .json()
                                       .value(QStringLiteral("device_code"))
                                       .toString();
    expectAadError(pollDeviceCode(deviceCode), 400, "authorization_pending", 70016);
    const Reply second = pollDeviceCode(deviceCode);
    EXPECT_EQ(second.status, 400);
    EXPECT_EQ(second.json().value(QStringLiteral("error")).toString(), QStringLiteral("slow_down"));
}

TEST_F(EmulatorIdentity, DeviceCode_ExpiredDeclinedOrUnknown)
{
    emulator.setDeviceCodeLifetimeSeconds(1);
    const QString expiring = requestDeviceCode(graphScope())
                                     .json()
                                     .value(QStringLiteral("device_code"))
                                     .toString();
    clock.advance(1100); // past the code's lifetime
    expectAadError(pollDeviceCode(expiring), 400, "expired_token", 70020);

    emulator.setDeviceCodeLifetimeSeconds(900);
    const QJsonObject declined = requestDeviceCode(graphScope()).json();
    emulator.declineDeviceCode(declined.value(QStringLiteral("user_code")).toString());
    expectAadError(pollDeviceCode(declined.value(QStringLiteral("device_code")).toString()), 400,
                   "authorization_declined", 70000);

    expectAadError(pollDeviceCode(QStringLiteral("no-such-code")), 400, "bad_verification_code",
                   70000);
}

TEST_F(EmulatorIdentity, DeviceCode_ApprovalNeedsAnEnabledKnownUser)
{
    const QString userCode
            = requestDeviceCode(graphScope()).json().value(QStringLiteral("user_code")).toString();
    EXPECT_FALSE(emulator.approveDeviceCode(userCode, contoso("nobody")));
    EXPECT_FALSE(emulator.approveDeviceCode(userCode, contoso("pradeep.gupta")));
    EXPECT_TRUE(emulator.approveDeviceCode(userCode, contoso("lee.gu")));
    EXPECT_FALSE(emulator.approveDeviceCode(QStringLiteral("ZZZZZZZZZ"), contoso("lee.gu")));
}

TEST_F(EmulatorIdentity, DeviceLoginPage_ApprovesTheCode)
{
    const QJsonObject device = requestDeviceCode(graphScope()).json();
    const Reply page = client.get(identity("/devicelogin"));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("name=\"code\""));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("code"), device.value(QStringLiteral("user_code")).toString());
    form.addQueryItem(QStringLiteral("login"), contoso("useradmin"));
    form.addQueryItem(QStringLiteral("action"), QStringLiteral("approve"));
    const Reply approved = client.postForm(identity("/devicelogin"), form);
    EXPECT_EQ(approved.status, 200);
    EXPECT_TRUE(approved.body.contains("You have signed in"));
    EXPECT_EQ(pollDeviceCode(device.value(QStringLiteral("device_code")).toString()).status, 200);
}

TEST_F(EmulatorIdentity, TenantClientAndScopeErrors)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    form.addQueryItem(QStringLiteral("scope"), graphScope());
    expectAadError(
            client.postForm(identity("/fabrikam.onmicrosoft.com/oauth2/v2.0/devicecode"), form),
            400, "invalid_request", 90002);
    expectAadError(
            requestDeviceCode(graphScope(), QStringLiteral("11111111-2222-3333-4444-555555555555")),
            400, "unauthorized_client", 700016);
    expectAadError(requestDeviceCode(graphScope() + QLatin1Char(' ') + spoScope()), 400,
                   "invalid_scope", 28000);
    expectAadError(requestDeviceCode(QStringLiteral("https://graph.microsoft.com/.default")), 400,
                   "invalid_resource", 500011);
    EXPECT_EQ(requestDeviceCode(
                      QStringLiteral("User.Read.All User.RevokeSessions.All offline_access"))
                      .status,
              200);
    QUrlQuery byGuid = form;
    EXPECT_EQ(client.postForm(identity("/organizations/oauth2/v2.0/devicecode"), form).status, 200);
    EXPECT_EQ(client.postForm(identity("/" + emulator.tenant().tenantId().toLatin1()
                                       + "/oauth2/v2.0/devicecode"),
                              byGuid)
                      .status,
              200);
}

TEST_F(EmulatorIdentity, TokenEndpoint_NeedsAFormPost)
{
    expectAadError(client.get(tokenUrl()), 400, "invalid_request", 900561);
    const Reply json = client.send("POST", tokenUrl(), {{"Content-Type", "application/json"}},
                                   "{\"grant_type\":\"refresh_token\"}");
    expectAadError(json, 400, "invalid_request", 900144);
}

TEST_F(EmulatorIdentity, RefreshToken_RotatesAndSwitchesAudience)
{
    const QJsonObject first
            = signIn(contoso("admin"), graphScope() + QStringLiteral(" offline_access"));
    const QString refresh = first.value(QStringLiteral("refresh_token")).toString();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    form.addQueryItem(QStringLiteral("refresh_token"), refresh);
    form.addQueryItem(QStringLiteral("scope"), spoScope() + QStringLiteral(" offline_access"));
    const Reply spo = client.postForm(tokenUrl(), form);
    ASSERT_EQ(spo.status, 200) << spo.body.toStdString();
    const QString rotated = spo.json().value(QStringLiteral("refresh_token")).toString();
    EXPECT_FALSE(rotated.isEmpty());
    EXPECT_NE(rotated, refresh);
    EXPECT_TRUE(spo.json()
                        .value(QStringLiteral("scope"))
                        .toString()
                        .startsWith(emulator.cloudConfig()
                                            .value(QStringLiteral("sharepointAdmin"))
                                            .toString()));
    // The SharePoint token works at SharePoint only.
    const QByteArray spoAccess
            = spo.json().value(QStringLiteral("access_token")).toString().toLatin1();
    EXPECT_EQ(client.get(graph("/v1.0/me"), bearer(spoAccess)).status, 401);

    // The old refresh token stays valid (as in Entra) until revokeRefreshTokens().
    EXPECT_EQ(client.postForm(tokenUrl(), form).status, 200);
    emulator.revokeRefreshTokens();
    expectAadError(client.postForm(tokenUrl(), form), 400, "invalid_grant", 50173);

    QUrlQuery unknown = form;
    unknown.removeQueryItem(QStringLiteral("refresh_token"));
    unknown.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("bogus"));
    expectAadError(client.postForm(tokenUrl(), unknown), 400, "invalid_grant", 70008);
}

TEST_F(EmulatorIdentity, AuthorizationCode_WithPkce)
{
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-abcdefgh";
    const QByteArray challenge
            = b64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:53100"));
    query.addQueryItem(QStringLiteral("scope"), graphScope() + QStringLiteral(" offline_access"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s-123"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const QByteArray authorizePath = "/contoso.onmicrosoft.com/oauth2/v2.0/authorize";
    const Reply page = client.get(
            identity(authorizePath + '?' + query.toString(QUrl::FullyEncoded).toUtf8()));
    ASSERT_EQ(page.status, 200) << page.body.toStdString();
    EXPECT_TRUE(page.body.contains(contoso("admin").toUtf8()));

    QUrlQuery form = query;
    form.addQueryItem(QStringLiteral("login"), contoso("admin"));
    form.addQueryItem(QStringLiteral("action"), QStringLiteral("signin"));
    const Reply redirect = client.postForm(identity(authorizePath), form);
    ASSERT_EQ(redirect.status, 302) << redirect.body.toStdString();
    const QUrl location = QUrl::fromEncoded(redirect.header("location"));
    EXPECT_EQ(location.host(), QStringLiteral("localhost"));
    EXPECT_EQ(location.port(), 53100);
    EXPECT_EQ(location.path(), QStringLiteral("/"));
    const QUrlQuery answer(location);
    EXPECT_EQ(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("s-123"));
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    ASSERT_FALSE(code.isEmpty());

    QUrlQuery redeem;
    redeem.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    redeem.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    redeem.addQueryItem(QStringLiteral("code"), code);
    redeem.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:53100"));
    QUrlQuery wrong = redeem;
    wrong.addQueryItem(QStringLiteral("code_verifier"), QStringLiteral("x").repeated(43));
    expectAadError(client.postForm(tokenUrl(), wrong), 400, "invalid_grant", 50148);
    redeem.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    const Reply tokens = client.postForm(tokenUrl(), redeem);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    EXPECT_FALSE(tokens.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    expectAadError(client.postForm(tokenUrl(), redeem), 400, "invalid_grant", 54005);
}

TEST_F(EmulatorIdentity, Authorize_CancelRedirectsWithError)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
    form.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:53101/"));
    form.addQueryItem(QStringLiteral("scope"), graphScope());
    form.addQueryItem(QStringLiteral("state"), QStringLiteral("abc"));
    form.addQueryItem(QStringLiteral("action"), QStringLiteral("cancel"));
    const Reply redirect = client.postForm(identity("/organizations/oauth2/v2.0/authorize"), form);
    ASSERT_EQ(redirect.status, 302);
    const QUrlQuery answer(QUrl::fromEncoded(redirect.header("location")));
    EXPECT_EQ(answer.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    EXPECT_TRUE(answer.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                        .startsWith(QStringLiteral("AADSTS65004")));
    EXPECT_EQ(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("abc"));
}
