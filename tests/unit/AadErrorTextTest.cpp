// Every AADSTS code docs/protocol-notes.md lists ("AADSTS codes with a sentence of their own")
// reads as a sentence a person can act on, and keeps the service's code and correlation id.
#include "auth/AadErrorText.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

namespace {

ServiceError answer(int status, const char *error, int code)
{
    HttpResponse r;
    r.status = status;
    r.body = QStringLiteral(R"({"error":"%1","error_description":"AADSTS%2: text\r\nTrace ID: x",)"
                            R"("error_codes":[%2],"correlation_id":"c-1"})")
                     .arg(QLatin1String(error))
                     .arg(code)
                     .toUtf8();
    return aadError(r);
}

} // namespace

TEST(AadErrorText, EachCodeHasItsOwnSentence)
{
    const QList<QPair<int, const char *>> cases {{50076, "multi-factor authentication"},
                                                 {50079, "multi-factor authentication"},
                                                 {50126, "user name or password"},
                                                 {53003, "Conditional Access"},
                                                 {65001, "consent"},
                                                 {70008, "Sign in again"},
                                                 {700082, "Sign in again"},
                                                 {50173, "Sign in again"},
                                                 {700016, "not registered in this tenant"},
                                                 {90002, "tenant was not found"},
                                                 {7000218, "public client flows"},
                                                 {700027, "did not accept the certificate"},
                                                 {700024, "clocks disagree"},
                                                 {7000215, "never a client secret"},
                                                 {50148, "PKCE"},
                                                 {500112, "http://localhost"},
                                                 {50011, "http://localhost"},
                                                 {54005, "already used"}};
    for (const auto &[code, words] : cases) {
        const ServiceError e = answer(400, "invalid_grant", code);
        EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
        EXPECT_EQ(e.serviceCode, QStringLiteral("AADSTS%1").arg(code));
        EXPECT_EQ(e.correlationId, QStringLiteral("c-1"));
        EXPECT_TRUE(e.message.contains(QLatin1String(words)))
                << code << ": " << e.message.toStdString();
        EXPECT_FALSE(e.message.contains(QLatin1String("Trace ID")));
    }
}

TEST(AadErrorText, OAuthErrorsWithoutACodeAndThrottling)
{
    EXPECT_TRUE(
            aadMessage(0, QStringLiteral("access_denied")).contains(QLatin1String("cancelled")));
    EXPECT_TRUE(aadMessage(0, QStringLiteral("expired_token")).contains(QLatin1String("expired")));
    EXPECT_EQ(answer(503, "temporarily_unavailable", 0).kind, ServiceError::Kind::Throttled);
}
