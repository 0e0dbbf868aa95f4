#include "auth/AadErrorText.h"
#include "auth/TokenEndpoint.h"
#include "net/HttpDate.h"
#include "net/ResponseError.h"
#include "net/RetryAfter.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

TEST(HttpDate, RetryAfterInSecondsOrAsADate)
{
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);
    EXPECT_EQ(RetryAfter::parse("7", now), 7);
    EXPECT_EQ(RetryAfter::parse("Thu, 26 Nov 2026 09:00:30 GMT", now), 30);
    EXPECT_EQ(RetryAfter::parse("", now), -1);
    EXPECT_EQ(RetryAfter::parse("soon", now), -1);
    EXPECT_EQ(parseHttpDate("Thu, 26 Nov 2026 09:00:30 GMT"),
              QDateTime(QDate(2026, 11, 26), QTime(9, 0, 30), Qt::UTC));
}

TEST(ResponseError, GraphErrorBodyGivesCodeRequestIdAndKind)
{
    HttpResponse r;
    r.status = 403;
    r.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users/x/revokeSignInSessions"));
    r.body = R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-26T09:00:00","request-id":"rid-1","client-request-id":"cid"}}})";
    const ServiceError e = errorFromResponse(r);
    EXPECT_EQ(e.kind, ServiceError::Kind::Forbidden);
    EXPECT_EQ(e.serviceCode, QStringLiteral("Authorization_RequestDenied"));
    EXPECT_EQ(e.correlationId, QStringLiteral("rid-1"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("Insufficient privileges")));
}

TEST(ResponseError, ThrottlingKeepsRetryAfter)
{
    HttpResponse r;
    r.status = 429;
    r.headers.append({QByteArray("Retry-After"), QByteArray("12")});
    const ServiceError e = errorFromResponse(r);
    EXPECT_EQ(e.kind, ServiceError::Kind::Throttled);
    EXPECT_EQ(e.retryAfterSeconds, 12);
}

TEST(AadErrorText, ExpiredRefreshTokenSaysSignInAgain)
{
    HttpResponse r;
    r.status = 400;
    r.body = R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired.\r\nTrace ID: t","error_codes":[70008],"correlation_id":"c-1"})";
    const ServiceError e = aadError(r);
    EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
    EXPECT_EQ(e.serviceCode, QStringLiteral("AADSTS70008"));
    EXPECT_EQ(e.correlationId, QStringLiteral("c-1"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("Sign in again")));
}

TEST(TokenEndpoint, ParsesAGrantAndItsAudience)
{
    HttpResponse r;
    r.status = 200;
    // {"preferred_username":"admin@contoso.com"}
    const QByteArray claims
            = QByteArray(R"({"preferred_username":"admin@contoso.com"})")
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    r.body = R"({"token_type":"Bearer","scope":"x","expires_in":3599,"access_token":"AT","refresh_token":"RT","id_token":"e30.)"
            + claims + R"(.sig"})";
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);
    const auto grant = TokenEndpoint::parseGrant(
            r, QUrl(QStringLiteral("https://graph.microsoft.com")), now);
    ASSERT_TRUE(grant.ok());
    EXPECT_EQ(grant.value().accessToken->value.view(), QByteArray("AT"));
    EXPECT_EQ(grant.value().refreshToken.view(), QByteArray("RT"));
    EXPECT_EQ(grant.value().account, QStringLiteral("admin@contoso.com"));
    EXPECT_EQ(grant.value().accessToken->expiresAt, now.addSecs(3599));
    EXPECT_TRUE(
            AccessToken::sameOrigin(grant.value().accessToken->audience,
                                    QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/me"))));
    EXPECT_FALSE(
            AccessToken::sameOrigin(grant.value().accessToken->audience,
                                    QUrl(QStringLiteral("https://contoso-admin.sharepoint.com"))));
}

TEST(TokenEndpoint, AnswerWithoutATokenIsUnreadable)
{
    HttpResponse r;
    r.status = 200;
    r.body = R"({"token_type":"Bearer"})";
    EXPECT_FALSE(TokenEndpoint::parseGrant(r, QUrl(), QDateTime::currentDateTimeUtc()).ok());
    r.body = R"({"user_code":"ABC"})";
    EXPECT_FALSE(TokenEndpoint::parseDeviceCode(r).ok());
}

TEST(SecretBytes, WipesOnDestructionAndMove)
{
    SecretBytes a(QByteArray("token-value"));
    SecretBytes b = std::move(a);
    EXPECT_TRUE(a.isEmpty());
    EXPECT_EQ(b.view(), QByteArray("token-value"));
    b.wipe();
    EXPECT_TRUE(b.isEmpty());
}

TEST(HttpDate, ParsesInUtcWhateverTheLocalTimeZone)
{
    // 02:30 does not exist in Berlin on that day; a GMT date must not care.
    qputenv("TZ", "Europe/Berlin");
    EXPECT_EQ(parseHttpDate("Sun, 29 Mar 2026 02:30:00 GMT"),
              QDateTime(QDate(2026, 3, 29), QTime(2, 30, 0), Qt::UTC));
    qunsetenv("TZ");
}

TEST(ResponseError, UnreadableAnswerNeverCopiesTheBody)
{
    HttpResponse r;
    r.status = 200;
    r.body = R"({"access_token":"secret-token-value","expires_in":"soon"})";
    const ServiceError e = unreadableResponse(r, QStringLiteral("no bearer token"));
    EXPECT_FALSE(e.detail.contains(QStringLiteral("secret-token-value")));
    EXPECT_FALSE(e.message.contains(QStringLiteral("secret-token-value")));
}
