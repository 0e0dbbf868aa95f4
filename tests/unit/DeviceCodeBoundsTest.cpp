// What a device-code answer may say, bounded: the lifetime to 15-60 minutes (Microsoft's codes
// live 15), the interval to 1-60 s with 5 s (RFC 8628's default) for a missing or zero one; and
// the only sign-in pages a person is sent to: https, or http to this computer (the emulator).
#include "auth/DeviceCodeSignIn.h"
#include "support/QtPrinters.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rc;

namespace {

DeviceCode parsed(const QJsonValue &expiresIn, const QJsonValue &interval)
{
    QJsonObject o {{QStringLiteral("user_code"), QStringLiteral("ABC")},
                   {QStringLiteral("device_code"), QStringLiteral("code")},
                   {QStringLiteral("verification_uri"),
                    QStringLiteral("https://microsoft.com/devicelogin")}};
    if (!expiresIn.isUndefined())
        o.insert(QStringLiteral("expires_in"), expiresIn);
    if (!interval.isUndefined())
        o.insert(QStringLiteral("interval"), interval);
    HttpResponse r;
    r.status = 200;
    r.body = QJsonDocument(o).toJson();
    auto code = TokenEndpoint::parseDeviceCode(r);
    EXPECT_TRUE(code.ok());
    return std::move(code).value();
}

} // namespace

TEST(DeviceCodeBounds, LifetimeIsKeptBetweenFifteenAndSixtyMinutes)
{
    EXPECT_EQ(parsed(900, 5).expiresInSeconds, 900);
    EXPECT_EQ(parsed(1800, 5).expiresInSeconds, 1800);
    EXPECT_EQ(parsed(0, 5).expiresInSeconds, 900);
    EXPECT_EQ(parsed(-5, 5).expiresInSeconds, 900);
    EXPECT_EQ(parsed(2, 5).expiresInSeconds, 900);
    EXPECT_EQ(parsed(10000000, 5).expiresInSeconds, 3600);
    EXPECT_EQ(parsed(1e12, 5).expiresInSeconds, 3600);
    EXPECT_EQ(parsed(QJsonValue::Undefined, 5).expiresInSeconds, 900);
}

TEST(DeviceCodeBounds, IntervalIsFiveWhenMissingOrZero_AndAtMostAMinute)
{
    EXPECT_EQ(parsed(900, 1).intervalSeconds, 1);
    EXPECT_EQ(parsed(900, 5).intervalSeconds, 5);
    EXPECT_EQ(parsed(900, 0).intervalSeconds, 5);
    EXPECT_EQ(parsed(900, -3).intervalSeconds, 5);
    EXPECT_EQ(parsed(900, 0.2).intervalSeconds, 5);
    EXPECT_EQ(parsed(900, QJsonValue::Undefined).intervalSeconds, 5);
    EXPECT_EQ(parsed(900, 1000000000).intervalSeconds, 60);
    EXPECT_EQ(parsed(900, 1e12).intervalSeconds, 60);
}

TEST(DeviceCodeBounds, OnlyHttpsOrLoopbackHttpPagesAreAllowed)
{
    for (const char *allowed :
         {"https://microsoft.com/devicelogin", "HTTPS://login.microsoftonline.us/devicelogin",
          "http://127.0.0.1:40001/devicelogin", "http://localhost:8080/devicelogin",
          "http://[::1]:9/devicelogin"}) {
        EXPECT_TRUE(DeviceCodeSignIn::isAllowedVerificationUri(QUrl(QString::fromLatin1(allowed))))
                << allowed;
    }
    for (const char *refused :
         {"http://microsoft.com/devicelogin", "http://127.0.0.1.evil.example/",
          "javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://microsoft.com/",
          "https:///nohost", "", "microsoft.com/devicelogin"}) {
        EXPECT_FALSE(DeviceCodeSignIn::isAllowedVerificationUri(QUrl(QString::fromLatin1(refused))))
                << refused;
    }
}
