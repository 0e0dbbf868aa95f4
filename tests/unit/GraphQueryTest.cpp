#include "directory/GraphQuery.h"
#include "directory/User.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

TEST(GraphQuery, SearchEscapesQuotesAndBackslashes)
{
    EXPECT_EQ(
            graph::searchExpression(QStringLiteral("patti")),
            QStringLiteral(R"("displayName:patti" OR "userPrincipalName:patti" OR "mail:patti")"));
    EXPECT_EQ(graph::searchExpression(QStringLiteral(R"(a"b\c)")),
              QStringLiteral(
                      R"("displayName:a\"b\\c" OR "userPrincipalName:a\"b\\c" OR "mail:a\"b\\c")"));
}

TEST(GraphQuery, FilterDoublesSingleQuotes)
{
    EXPECT_EQ(graph::filterExpression(QStringLiteral("o'brien")),
              QStringLiteral("startswith(displayName,'o''brien') or "
                             "startswith(userPrincipalName,'o''brien')"));
}

TEST(GraphQuery, PlainUpnAndObjectIdUseThePathForm)
{
    EXPECT_EQ(graph::userPath(QStringLiteral("adele.vance@contoso.com")),
              QByteArray("/users/adele.vance%40contoso.com"));
    EXPECT_EQ(graph::userPath(QStringLiteral("0c6f4a3e-1d2b-4c5d-8e9f-001122334455")),
              QByteArray("/users/0c6f4a3e-1d2b-4c5d-8e9f-001122334455"));
}

TEST(GraphQuery, DollarUpnUsesTheKeyForm)
{
    EXPECT_EQ(graph::userPath(QStringLiteral("$svc@contoso.com")),
              QByteArray("/users('%24svc%40contoso.com')"));
}

TEST(GraphQuery, GuestHashIsPercentEncoded)
{
    const QByteArray path = graph::userPath(QStringLiteral("jane_fabrikam.com#EXT#@contoso.com"));
    EXPECT_FALSE(path.contains('#'));
    EXPECT_EQ(path, QByteArray("/users/jane_fabrikam.com%23EXT%23%40contoso.com"));
}

TEST(GraphQuery, KeyFormDoublesApostrophesThenEncodes)
{
    EXPECT_EQ(graph::userKeyPath(QStringLiteral("o'brien@contoso.com")),
              QByteArray("/users('o%27%27brien%40contoso.com')"));
}

TEST(GraphQuery, ObjectIdsAreRecognised)
{
    EXPECT_TRUE(graph::isObjectId(QStringLiteral("0c6f4a3e-1d2b-4c5d-8e9f-001122334455")));
    EXPECT_FALSE(graph::isObjectId(QStringLiteral("adele@contoso.com")));
}

TEST(User, GuestIsByTypeOrExtUpn)
{
    User u;
    u.userType = QStringLiteral("Member");
    u.userPrincipalName = QStringLiteral("a@contoso.com");
    EXPECT_FALSE(u.isGuest());
    u.userType = QStringLiteral("Guest");
    EXPECT_TRUE(u.isGuest());
    u.userType = QStringLiteral("Member");
    u.userPrincipalName = QStringLiteral("a_b.com#EXT#@contoso.com");
    EXPECT_TRUE(u.isGuest());
}
