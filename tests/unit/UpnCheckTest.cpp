#include "directory/UpnCheck.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

TEST(UpnCheck, AcceptsAndTrimsOrdinaryNames)
{
    for (const char *ok :
         {"user1@contoso.com", "o'brien@contoso.com", "$svc@contoso.com", "svc-1!#^~_x@contoso.com",
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
    // 64 before the '@', 48 after it: 113 in all.
    const QString upn = QString(64, QLatin1Char('a')) + QStringLiteral("@")
            + QString(44, QLatin1Char('c')) + QStringLiteral(".com");
    ASSERT_EQ(upn.size(), 113);
    EXPECT_TRUE(checkUpn(upn).ok());
    const auto longer = checkUpn(QLatin1Char('a') + upn);
    ASSERT_FALSE(longer.ok());
    EXPECT_TRUE(longer.error().message.contains(QStringLiteral("113")));
}

// Microsoft Graph's userPrincipalName allows only A-Z a-z 0-9 ' . - _ ! # ^ ~ (and a '$') around
// the '@'.
// Anything else could change the URL the name is put into (/users/{upn}), so it never leaves.
TEST(UpnCheck, RefusesCharactersOutsideEntrasSet)
{
    for (const char *bad :
         {"a/b@contoso.com", "a?b@contoso.com", "a%2Fb@contoso.com", "a\\b@contoso.com",
          "a#b@contoso.com/..", "a;b@contoso.com", "a+b@contoso.com", "jos\xc3\xa9@contoso.com",
          "a@contoso.com:443", "a\"b@contoso.com"}) {
        const auto r = checkUpn(QString::fromUtf8(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().kind, ServiceError::Kind::InvalidInput);
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("only letters A-Z")))
                << r.error().message.toStdString();
    }
    const auto r = checkUpn(QStringLiteral("a/b?c/@contoso.com"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("it contains /?,")))
            << r.error().message.toStdString();
}

TEST(UpnCheck, RefusesDotsThatMakeEmptyLabels)
{
    for (const char *bad :
         {".a@contoso.com", "a.@contoso.com", "a..b@contoso.com", "a@.contoso.com",
          "a@contoso.com.", "a@contoso..com", "..@contoso.com", "a@.."}) {
        const auto r = checkUpn(QString::fromUtf8(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("dot"))) << bad;
    }
    EXPECT_TRUE(checkUpn(QStringLiteral("first.last@mail.contoso.com")).ok());
}

TEST(UpnCheck, HoldsEntrasLengthsOnEachSideOfTheAt)
{
    const QString domain = QStringLiteral("@contoso.com");
    EXPECT_TRUE(checkUpn(QString(64, QLatin1Char('a')) + domain).ok());
    const auto longName = checkUpn(QString(65, QLatin1Char('a')) + domain);
    ASSERT_FALSE(longName.ok());
    EXPECT_TRUE(
            longName.error().message.contains(QStringLiteral("before the @ is longer than 64")));

    const QString label = QString(44, QLatin1Char('d'));
    EXPECT_TRUE(checkUpn(QStringLiteral("a@") + label + QStringLiteral(".com")).ok()); // 48
    const auto longDomain = checkUpn(QStringLiteral("a@d") + label + QStringLiteral(".com"));
    ASSERT_FALSE(longDomain.ok());
    EXPECT_TRUE(
            longDomain.error().message.contains(QStringLiteral("after the @ is longer than 48")));
}
