#include "revocation/UpnCheck.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

TEST(UpnCheck, AcceptsAndTrimsOrdinaryNames)
{
    for (const char *ok : {"user1@contoso.com", "o'brien@contoso.com", "$svc@contoso.com",
                           "jane_fabrikam.com#EXT#@contoso.onmicrosoft.com"}) {
        const auto r = checkUpn(QString::fromUtf8(ok));
        ASSERT_TRUE(r.ok()) << ok;
        EXPECT_EQ(r.value(), QString::fromUtf8(ok));
    }
    EXPECT_EQ(checkUpn(QStringLiteral("  user1@contoso.com\t")).value(),
              QStringLiteral("user1@contoso.com"));
}

TEST(UpnCheck, RefusesMalformedNamesWithAReason)
{
    const struct
    {
        QString upn;
        const char *reason;
    } cases[] = {
            {QStringLiteral("user1"), "no @"},
            {QStringLiteral("user 1@contoso.com"), "spaces"},
            {QStringLiteral("user1@contoso.com\x01x"), "control"},
            {QStringLiteral("a<b@contoso.com"), "<, >"},
            {QStringLiteral("a>b@contoso.com"), "<, >"},
            {QStringLiteral("a&b@contoso.com"), "<, >"},
            {QStringLiteral("@contoso.com"), "one @"},
            {QStringLiteral("a@b@contoso.com"), "one @"},
            {QStringLiteral("user1@"), "one @"},
            {QString(110, QLatin1Char('a')) + QStringLiteral("@c.com"), "113"},
            {QString(), "Enter"},
    };
    for (const auto &c : cases) {
        const auto r = checkUpn(c.upn);
        ASSERT_FALSE(r.ok()) << c.upn.toStdString();
        EXPECT_EQ(r.error().kind, ServiceError::Kind::InvalidInput);
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(c.reason)))
                << r.error().message.toStdString();
    }
}

TEST(UpnCheck, ExactlyTheLimitIsAccepted)
{
    const QString upn = QString(113 - 6, QLatin1Char('a')) + QStringLiteral("@c.com");
    ASSERT_EQ(upn.size(), 113);
    EXPECT_TRUE(checkUpn(upn).ok());
    EXPECT_FALSE(checkUpn(QLatin1Char('a') + upn).ok());
}
