// GraphClient against the emulator: addressing rules, search and filter escaping, paging, roles.
#include "directory/GraphClient.h"
#include "revocation/RevokeFlow.h"
#include "support/EmulatorFixture.h"

using namespace rc;
using namespace rc::test;

namespace {

class GraphClientTest : public EmulatorFixture
{
protected:
    Result<User> getUser(const QString &idOrUpn)
    {
        std::optional<Result<User>> result;
        m_connection->graph().getUser(idOrUpn, &m_context,
                                      [&](Result<User> r) { result = std::move(r); });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
        return result.value_or(Result<User>(ServiceError {}));
    }
    Result<UserPage> search(const QString &term, GraphClient::SearchMode mode, int top = 15)
    {
        std::optional<Result<UserPage>> result;
        m_connection->graph().searchUsers(term, mode, top, &m_context,
                                          [&](Result<UserPage> r) { result = std::move(r); });
        EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
        return result.value_or(Result<UserPage>(ServiceError {}));
    }
    // The newest request to /v1.0/users: requests of other parts (the admin's roles, say) may
    // land in between.
    emu::EmulatedRequest lastUsersRequest() const
    {
        const auto requests = m_emulator->requestsTo(emu::Service::Graph);
        for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
            if (it->path.startsWith(QStringLiteral("/v1.0/users")))
                return *it;
        }
        return {};
    }
    QString lastGraphQuery() const
    {
        return QUrl::fromPercentEncoding(lastUsersRequest().query.toUtf8());
    }
};

QStringList upns(const UserPage &page)
{
    QStringList list;
    for (const User &u : page.users)
        list << u.userPrincipalName;
    return list;
}

} // namespace

TEST_F(GraphClientTest, LooksUpByUpnAndByObjectIdWithTheCardsFields)
{
    const auto byUpn = getUser(upn("adele.vance"));
    ASSERT_TRUE(byUpn.ok()) << byUpn.error().message.toStdString();
    EXPECT_EQ(byUpn.value().displayName,
              m_emulator->tenant().find(upn("adele.vance"))->displayName);
    EXPECT_TRUE(byUpn.value().signInSessionsValidFrom.isValid());
    EXPECT_TRUE(byUpn.value().createdDateTime.isValid());
    EXPECT_TRUE(byUpn.value().accountEnabled.value_or(false));
    EXPECT_TRUE(lastGraphQuery().contains(QStringLiteral("signInSessionsValidFromDateTime")));
    const auto byId = getUser(byUpn.value().id);
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId.value().userPrincipalName, upn("adele.vance"));
}

TEST_F(GraphClientTest, DollarApostropheAndGuestUpnsAreAddressable)
{
    for (const QString &name :
         QStringList {upn("$svc-backup"), upn("o'brien"),
                      QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain}) {
        const auto user = getUser(name);
        ASSERT_TRUE(user.ok()) << name.toStdString() << ": " << user.error().message.toStdString();
        EXPECT_EQ(user.value().userPrincipalName.toLower(), name.toLower());
    }
    const auto requests = m_emulator->requestsTo(emu::Service::Graph);
    bool sawKeyForm = false;
    for (const auto &r : requests) {
        EXPECT_FALSE(r.path.contains(QLatin1Char('#'))) << r.path.toStdString();
        sawKeyForm = sawKeyForm || r.path.startsWith(QStringLiteral("/v1.0/users('%24svc-backup"));
    }
    EXPECT_TRUE(sawKeyForm);
}

TEST_F(GraphClientTest, SearchSendsConsistencyLevelAndFindsByPrefix)
{
    const auto page = search(QStringLiteral("adele"), GraphClient::SearchMode::Search);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_TRUE(upns(page.value()).contains(upn("adele.vance")));
    const auto sent = lastUsersRequest();
    EXPECT_EQ(sent.header("consistencylevel"), QByteArray("eventual"));
    EXPECT_TRUE(lastGraphQuery().contains(QStringLiteral(
            R"($search="displayName:adele" OR "userPrincipalName:adele" OR "mail:adele")")));
}

TEST_F(GraphClientTest, SearchTermWithQuotesIsEscapedNotInjected)
{
    const auto page
            = search(QStringLiteral(R"(x" OR "displayName:a)"), GraphClient::SearchMode::Search);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_TRUE(page.value().users.isEmpty()); // the quote did not open a second clause
    EXPECT_TRUE(
            lastGraphQuery().contains(QStringLiteral(R"("displayName:x\" OR \"displayName:a")")));
}

TEST_F(GraphClientTest, FilterDoublesApostrophes)
{
    const auto page = search(QStringLiteral("o'b"), GraphClient::SearchMode::Filter);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(upns(page.value()), QStringList {upn("o'brien")});
    EXPECT_TRUE(lastGraphQuery().contains(QStringLiteral("startswith(userPrincipalName,'o''b')")));
}

TEST_F(GraphClientTest, NextLinkIsFollowedVerbatimUntilTheLastPage)
{
    auto first = search(QStringLiteral("a"), GraphClient::SearchMode::Filter, 2);
    ASSERT_TRUE(first.ok());
    QStringList seen = upns(first.value());
    QUrl next = first.value().nextLink;
    ASSERT_TRUE(next.isValid() && !next.isEmpty());
    int pages = 1;
    while (!next.isEmpty() && pages < 50) {
        std::optional<Result<UserPage>> result;
        m_connection->graph().nextPage(next, &m_context,
                                       [&](Result<UserPage> r) { result = std::move(r); });
        ASSERT_TRUE(waitFor([&] { return result.has_value(); }));
        ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
        seen += upns(result->value());
        next = result->value().nextLink;
        ++pages;
    }
    EXPECT_GT(pages, 1);
    EXPECT_EQ(seen.size(), QSet<QString>(seen.begin(), seen.end()).size()); // no repeats
}

TEST_F(GraphClientTest, MeAndRolesOfTheSignedInAdmin)
{
    std::optional<Result<User>> me;
    std::optional<Result<QList<DirectoryRole>>> roles;
    m_connection->graph().me(&m_context, [&](Result<User> r) { me = std::move(r); });
    m_connection->graph().myDirectoryRoles(
            &m_context, [&](Result<QList<DirectoryRole>> r) { roles = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return me.has_value() && roles.has_value(); }));
    ASSERT_TRUE(me->ok());
    EXPECT_EQ(me->value().userPrincipalName, upn("admin"));
    ASSERT_TRUE(roles->ok());
    ASSERT_EQ(roles->value().size(), 1);
    EXPECT_EQ(roles->value().at(0).roleTemplateId,
              QStringLiteral("62e90394-69f5-4237-9190-012177145e10"));
}

TEST_F(GraphClientTest, UnknownUserIsNotFoundWithTheRequestId)
{
    const auto user = getUser(upn("nobody.here"));
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, ServiceError::Kind::NotFound);
    EXPECT_EQ(user.error().httpStatus, 404);
    EXPECT_EQ(user.error().serviceCode, QStringLiteral("Request_ResourceNotFound"));
    EXPECT_FALSE(user.error().correlationId.isEmpty());
}

TEST_F(GraphClientTest, GraphTokenIsNeverSentToSharePoint)
{
    // A token's audience is its origin: HttpClient refuses to attach it anywhere else.
    std::optional<Result<HttpResponse>> result;
    HttpRequest request;
    request.url = m_emulator->sharePointAdminUrl();
    auto token = std::make_shared<AccessToken>();
    token->value = SecretBytes(QByteArray("graph-token"));
    token->audience = m_emulator->graphUrl();
    token->expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    request.bearer = token;
    m_connection->http().send(request, &m_context,
                              [&](Result<HttpResponse> r) { result = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return result.has_value(); }));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ServiceError::Kind::Configuration);
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::SharePoint).isEmpty());
}

TEST_F(GraphClientTest, LastSignInIsReadWhenTheTenantHasP1AndExplainedWhenNot)
{
    const auto user = getUser(upn("adele.vance"));
    ASSERT_TRUE(user.ok());
    RevokeFlow &flow = m_connection->flow();
    flow.setUser(user.value());
    EXPECT_EQ(flow.lastSignIn().state, RevokeFlow::LastSignIn::State::Loading);
    ASSERT_TRUE(waitFor(
            [&] { return flow.lastSignIn().state != RevokeFlow::LastSignIn::State::Loading; }));
    EXPECT_EQ(flow.lastSignIn().state, RevokeFlow::LastSignIn::State::Known);
    EXPECT_EQ(flow.lastSignIn().at, m_emulator->tenant().find(upn("adele.vance"))->lastSignIn);
    EXPECT_TRUE(lastGraphQuery().contains(QStringLiteral("$select=signInActivity")));

    m_emulator->setPremiumLicense(false); // Graph then answers 403 to signInActivity
    flow.setUser(user.value());
    ASSERT_TRUE(waitFor(
            [&] { return flow.lastSignIn().state != RevokeFlow::LastSignIn::State::Loading; }));
    EXPECT_EQ(flow.lastSignIn().state, RevokeFlow::LastSignIn::State::NotAvailable);
    EXPECT_TRUE(flow.lastSignIn().why.contains(QStringLiteral("Entra ID P1")));
    EXPECT_TRUE(flow.canRun()); // the card and the revocation do not depend on it
}
