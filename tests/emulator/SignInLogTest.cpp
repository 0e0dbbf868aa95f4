// After containment: the sign-in log since the revocation (GET /auditLogs/signIns with a userId
// and createdDateTime filter), newest first, $top, the filters it refuses, AuditLog.Read.All and
// the report-reader roles, the Entra ID P1 licence, and the five-per-ten-seconds throttle.
#include "ContainmentTestSupport.h"

#include "directory/RoleTemplates.h"

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

const QString Lee = contoso("lee.gu");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class SignInLogTest : public ContainmentTest
{
protected:
    QByteArray filterQuery(const QString &filter)
    {
        return "/v1.0/auditLogs/signIns?$filter=" + QUrl::toPercentEncoding(filter);
    }
    QString leeSince(const char *iso)
    {
        return QStringLiteral("userId eq '%1' and createdDateTime ge %2")
                .arg(emulator.tenant().find(Lee)->id, QLatin1String(iso));
    }
};

TEST_F(SignInLogTest, FilterByUserAndTime_NewestFirst)
{
    ASSERT_TRUE(emulator.recordSignIn(Lee, QStringLiteral("Microsoft Teams"),
                                      utc("2026-12-01T10:00:00Z")));
    ASSERT_TRUE(emulator.recordSignIn(Lee, QStringLiteral("Office 365 Exchange Online"),
                                      utc("2026-12-01T12:30:00Z"), 50057,
                                      QStringLiteral("User account is disabled.")));
    ASSERT_TRUE(emulator.recordSignIn(contoso("adele.vance"), QStringLiteral("Microsoft Teams"),
                                      utc("2026-12-01T11:00:00Z")));
    const Reply reply = getAs(adminToken, filterQuery(leeSince("2026-12-01T00:00:00Z")));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    ASSERT_EQ(value.size(), 2);
    const QJsonObject newest = value.at(0).toObject();
    EXPECT_EQ(newest.value(QStringLiteral("createdDateTime")).toString(),
              QStringLiteral("2026-12-01T12:30:00Z"));
    EXPECT_EQ(newest.value(QStringLiteral("userId")).toString(), emulator.tenant().find(Lee)->id);
    EXPECT_EQ(newest.value(QStringLiteral("userPrincipalName")).toString(), Lee);
    EXPECT_EQ(newest.value(QStringLiteral("appDisplayName")).toString(),
              QStringLiteral("Office 365 Exchange Online"));
    EXPECT_EQ(newest[QLatin1String("status")][QLatin1String("errorCode")].toInt(), 50057);
    EXPECT_EQ(newest[QLatin1String("status")][QLatin1String("failureReason")].toString(),
              QStringLiteral("User account is disabled."));
    EXPECT_EQ(value.at(1)[QLatin1String("status")][QLatin1String("errorCode")].toInt(), 0);
    EXPECT_TRUE(value.at(1)[QLatin1String("status")][QLatin1String("failureReason")].isNull());

    // The clauses in the other order; $top keeps the newest.
    const Reply swapped
            = getAs(adminToken,
                    filterQuery(QStringLiteral("createdDateTime ge 2026-12-01T11:00:00Z and "
                                               "userId eq '%1'")
                                        .arg(emulator.tenant().find(Lee)->id))
                            + "&$top=5");
    ASSERT_EQ(swapped.status, 200) << swapped.body.toStdString();
    EXPECT_EQ(swapped.json().value(QStringLiteral("value")).toArray().size(), 1);
    const Reply top = getAs(adminToken, filterQuery(leeSince("2026-01-01T00:00:00Z")) + "&$top=1");
    ASSERT_EQ(top.json().value(QStringLiteral("value")).toArray().size(), 1);
    EXPECT_EQ(top.json()[QLatin1String("value")][0][QLatin1String("createdDateTime")].toString(),
              QStringLiteral("2026-12-01T12:30:00Z"));
    // Paged: the next page holds the next older entry.
    const QUrl next(top.json().value(QStringLiteral("@odata.nextLink")).toString());
    ASSERT_TRUE(next.isValid());
    const Reply second = client.get(next, bearer(adminToken));
    ASSERT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_EQ(second.json()[QLatin1String("value")][0][QLatin1String("createdDateTime")].toString(),
              QStringLiteral("2026-12-01T10:00:00Z"));
}

TEST_F(SignInLogTest, OtherFiltersAreRefused)
{
    for (const QString &filter :
         {QStringLiteral("startswith(appDisplayName,'Graph')"),
          QStringLiteral("userId eq 'x' or createdDateTime ge 2026-01-01T00:00:00Z"),
          QStringLiteral("createdDateTime ge yesterday"),
          QStringLiteral("userId eq 'a' and userId eq 'b'")}) {
        expectGraphError(getAs(adminToken, filterQuery(filter)), 400, "BadRequest",
                         QStringLiteral("Invalid filter clause"));
        afterSignInWindow();
    }
}

TEST_F(SignInLogTest, NeedsAuditLogReadAllAndAReportsRole)
{
    expectGraphError(getAs(tokenWith(contoso("admin"), {QStringLiteral("User.Read.All")}),
                           filterQuery(leeSince("2026-01-01T00:00:00Z"))),
                     403, "Authorization_RequestDenied", Denied);
    // "List signIns": a User Administrator does not read sign-in reports; a Reports Reader does.
    expectGraphError(
            getAs(graphToken(contoso("useradmin")), filterQuery(leeSince("2026-01-01T00:00:00Z"))),
            403, "Authorization_RequestDenied", Denied);
    // Directory.Read.All is the page's higher permission.
    EXPECT_EQ(getAs(tokenWith(contoso("admin"), {QStringLiteral("Directory.Read.All")}),
                    filterQuery(leeSince("2026-01-01T00:00:00Z")))
                      .status,
              200);
    afterSignInWindow();
    const QString reader = userWithRole("reports", rc::RoleTemplates::ReportsReader);
    EXPECT_EQ(getAs(graphToken(reader), filterQuery(leeSince("2026-01-01T00:00:00Z"))).status, 200);
    afterSignInWindow();
    EXPECT_EQ(getAs(appOnlyToken(), filterQuery(leeSince("2026-01-01T00:00:00Z"))).status, 200);
}

TEST_F(SignInLogTest, WithoutEntraIdP1_403)
{
    emulator.setPremiumLicense(false);
    expectGraphError(getAs(adminToken, filterQuery(leeSince("2026-01-01T00:00:00Z"))), 403,
                     "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                     QStringLiteral("Neither tenant is B2C or tenant doesn't have premium "
                                    "license"));
}

TEST_F(SignInLogTest, FiveRequestsPerTenSecondsPerApp)
{
    const QByteArray query = filterQuery(leeSince("2026-01-01T00:00:00Z"));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(getAs(adminToken, query).status, 200) << i;
    const Reply throttled = getAs(adminToken, query);
    EXPECT_EQ(throttled.status, 429) << throttled.body.toStdString();
    EXPECT_EQ(throttled.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("TooManyRequests"));
    const int retryAfter = retryAfterOf(throttled);
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 10);
    // Another app has its own budget; the same app again after Retry-After.
    EXPECT_EQ(getAs(appOnlyToken(), query).status, 200);
    clock.advance(retryAfter * 1000);
    EXPECT_EQ(getAs(adminToken, query).status, 200);
}

TEST_F(SignInLogTest, TheDemosSignInPage_RecordsASuccessfulSignInNow_ThatTheLogThenShows)
{
    EXPECT_EQ(client.send("GET", identity("/demo/signin")).status, 200);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user"), Lee);
    form.addQueryItem(QStringLiteral("app"), QStringLiteral("Outlook Mobile"));
    const Reply recorded = client.postForm(identity("/demo/signin"), form);
    ASSERT_EQ(recorded.status, 200) << recorded.body.toStdString();
    const QByteArray said = "Recorded: " + Lee.toUtf8() + " signed in to Outlook Mobile";
    EXPECT_TRUE(recorded.body.contains(said)) << recorded.body.toStdString();
    const Reply reply = getAs(adminToken, filterQuery(leeSince("2020-01-01T00:00:00Z")));
    ASSERT_EQ(reply.status, 200);
    const QJsonObject newest
            = reply.json().value(QStringLiteral("value")).toArray().at(0).toObject();
    EXPECT_EQ(newest.value(QStringLiteral("appDisplayName")).toString(),
              QStringLiteral("Outlook Mobile"));
    EXPECT_EQ(newest[QLatin1String("status")][QLatin1String("errorCode")].toInt(), 0);

    QUrlQuery nobody;
    nobody.addQueryItem(QStringLiteral("user"), QStringLiteral("nobody@contoso.onmicrosoft.com"));
    nobody.addQueryItem(QStringLiteral("app"), QStringLiteral("Teams"));
    EXPECT_EQ(client.postForm(identity("/demo/signin"), nobody).status, 400);
}
