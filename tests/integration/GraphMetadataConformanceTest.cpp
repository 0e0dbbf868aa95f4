// Every Microsoft Graph request the production code sends, read against Microsoft's published v1.0
// metadata (the trimmed extract in tests/data): entity sets, keys, navigation properties, casts,
// bound actions and the names in $select, $filter and $search must all be there, so a typo or a
// beta-only name fails here and not against a real tenant. The production code runs against the
// emulator and the checks read what the emulator recorded: direct requests and $batch items.
#include "bulk/GraphBatchClient.h"
#include "integration/BulkFixture.h"
#include "integration/GraphRequestCheck.h"

#include <algorithm>
#include <iostream>

using namespace rc;
using namespace rc::test;

namespace {

const QString UserType = QStringLiteral("microsoft.graph.user");
const QString Revoke = QStringLiteral("microsoft.graph.user/revokeSignInSessions");
const QString MemberOf = QStringLiteral("microsoft.graph.user/transitiveMemberOf");
const QString RoleType = QStringLiteral("microsoft.graph.directoryRole");

const GraphMetadata &metadata()
{
    static const GraphMetadata model = [] {
        QString why;
        auto loaded = GraphMetadata::load(GraphMetadata::extractPath(), &why);
        EXPECT_TRUE(loaded.has_value()) << why.toStdString();
        return loaded.value_or(GraphMetadata());
    }();
    return model;
}

GraphRequestReading read(const QByteArray &method, const QString &path, const QString &query = {})
{
    return GraphRequestCheck(metadata()).read(method, path, query);
}

// Reads each request, fails the test for each that strays (with what it strays in), and prints
// the distinct shapes seen: the list of what production code sends to Graph.
QList<GraphRequestReading> readAll(const QList<emu::EmulatedRequest> &requests, const char *what)
{
    QList<GraphRequestReading> readings;
    QStringList shapes;
    for (const emu::EmulatedRequest &sent : requests) {
        GraphRequestReading reading = read(sent.method, sent.path, sent.query);
        EXPECT_TRUE(reading.conforms())
                << reading.describe().toStdString() << "\n  sent: " << sent.method.toStdString()
                << ' ' << sent.path.toStdString() << '?' << sent.query.toStdString();
        QString shape = reading.shape;
        if (!reading.selected.isEmpty())
            shape += QStringLiteral("  $select: ") + reading.selected.join(QLatin1Char(','));
        if (!reading.queried.isEmpty())
            shape += QStringLiteral("  names: ") + reading.queried.join(QLatin1Char(','));
        if (!shapes.contains(shape))
            shapes.append(shape);
        readings.append(std::move(reading));
    }
    std::cout << "[ Graph v1.0 ] " << what << " (" << requests.size() << "):\n";
    for (const QString &shape : shapes)
        std::cout << "    " << shape.toStdString() << '\n';
    return readings;
}

bool saw(const QList<GraphRequestReading> &readings,
         const std::function<bool(const GraphRequestReading &)> &kind)
{
    return std::any_of(readings.cbegin(), readings.cend(), kind);
}

bool isLookup(const GraphRequestReading &r)
{
    return r.entry == QLatin1String("users") && r.addressedType == UserType
            && r.navigations.isEmpty()
            && r.selected.contains(QLatin1String("signInSessionsValidFromDateTime"));
}

bool isRoles(const GraphRequestReading &r)
{
    static const QStringList select {QStringLiteral("displayName"),
                                     QStringLiteral("roleTemplateId")};
    const QStringList memberOf {MemberOf};
    const QStringList roleCast {RoleType};
    return r.navigations == memberOf && r.casts == roleCast && r.selected == select
            && r.options.contains(QLatin1String("$count"));
}

class GraphMetadataConformance : public BulkFixture
{
protected:
    // Starts a GraphClient call and waits for its callback (the result itself is not the point).
    template<typename T, typename Start> void await(Start start)
    {
        auto result = std::make_shared<std::optional<T>>();
        start([result](T r) { *result = std::move(r); });
        EXPECT_TRUE(waitFor([result] { return result->has_value(); }));
    }
};

} // namespace

TEST(GraphMetadata, ExtractHoldsTheModelTheProductAddresses)
{
    const GraphMetadata &model = metadata();
    ASSERT_TRUE(model.entitySet(QStringLiteral("users")).has_value());
    EXPECT_EQ(model.entitySet(QStringLiteral("users"))->type, UserType);
    EXPECT_EQ(model.singleton(QStringLiteral("me"))->type, UserType);
    EXPECT_TRUE(model.derivesFrom(UserType, QStringLiteral("microsoft.graph.entity")));
    EXPECT_TRUE(model.hasProperty(UserType, QStringLiteral("id"))); // from entity
    EXPECT_TRUE(model.hasProperty(RoleType, QStringLiteral("roleTemplateId")));
    const auto memberOf = model.navigation(UserType, QStringLiteral("transitiveMemberOf"));
    ASSERT_TRUE(memberOf.has_value());
    EXPECT_EQ(memberOf->type, QStringLiteral("microsoft.graph.directoryObject"));
    EXPECT_TRUE(memberOf->collection);
    const auto revoke
            = model.boundOperation({UserType, false}, QStringLiteral("revokeSignInSessions"));
    ASSERT_TRUE(revoke.has_value());
    EXPECT_TRUE(revoke->isAction);
}

// The checker itself: the documented forms pass, and each kind of stray fails with a reason.
TEST(GraphMetadata, CheckerAcceptsDocumentedFormsAndNamesEachStray)
{
    const QString user = QStringLiteral("/v1.0/users/48d31887-5fad-4d73-a9f5-3c356e68a038");
    const QString roles
            = user + QStringLiteral("/transitiveMemberOf/microsoft.graph.directoryRole");
    struct Case
    {
        const char *method;
        QString path;
        QString query;
        const char *problem; // empty: conforms
    };
    const QList<Case> cases {
            {"GET", user, QStringLiteral("$select=id,signInSessionsValidFromDateTime"), ""},
            {"GET", roles, QStringLiteral("$select=displayName,roleTemplateId&$count=true"), ""},
            {"POST",
             QStringLiteral("/v1.0/users('o''brien%40contoso.com')/revokeSignInSessions"),
             {},
             ""},
            {"POST", QStringLiteral("/v1.0/me/revokeSignInSessions"), {}, ""},
            {"GET", QStringLiteral("/v1.0/users"),
             QStringLiteral("$filter=startswith(displayName,'a')&$search=%22mail:a%22&$top=5"), ""},
            // A made-up property, and the beta-only name signInSessionsValidFromDateTime replaced
            // (v1.0 has it on educationUser only, so the check must be by type).
            {"GET", user, QStringLiteral("$select=signInSessionsValidFrom"),
             "signInSessionsValidFrom"},
            {"GET", user, QStringLiteral("$select=refreshTokensValidFromDateTime"),
             "refreshTokensValidFromDateTime"},
            // roleTemplateId is a directoryRole property: without the cast it is not the user's.
            {"GET", user + QStringLiteral("/transitiveMemberOf"),
             QStringLiteral("$select=roleTemplateId"), "roleTemplateId"},
            {"GET",
             user + QStringLiteral("/transitiveMembersOf/microsoft.graph.directoryRole"),
             {},
             "transitiveMembersOf"},
            {"GET",
             user + QStringLiteral("/transitiveMemberOf/microsoft.graph.directoryRoles"),
             {},
             "not an entity type"},
            {"GET",
             user + QStringLiteral("/transitiveMemberOf/microsoft.graph.signIn"),
             {},
             "does not derive from microsoft.graph.directoryObject"},
            // The beta-only action revokeSignInSessions replaced, and the right one sent as GET.
            {"POST",
             user + QStringLiteral("/invalidateAllRefreshTokens"),
             {},
             "invalidateAllRefreshTokens"},
            {"GET", user + QStringLiteral("/revokeSignInSessions"), {}, "invoked with POST"},
            {"GET", QStringLiteral("/v1.0/users('o'brien%40contoso.com')"), {}, "string literal"},
            {"GET", QStringLiteral("/v1.0/me/transitiveMemberOf('62e90394')"), {}, ""},
            {"GET", QStringLiteral("/v1.0/me('x')"), {}, "takes no key"},
            {"GET", QStringLiteral("/v1.0/user/x"), {}, "neither an entity set nor a singleton"},
            {"GET", QStringLiteral("/beta/users/x"), {}, "not a resource under /v1.0"},
            {"GET", QStringLiteral("/v1.0/users"),
             QStringLiteral("$filter=startswith(mailAddress,'a')"), "mailAddress"},
            {"GET", QStringLiteral("/v1.0/users"), QStringLiteral("$search=%22upn:a%22"), "upn"},
            {"GET", user, QStringLiteral("$count=true"), "not a collection"},
            {"GET", QStringLiteral("/v1.0/$batch"), {}, "POST /v1.0/$batch"},
    };
    for (const Case &c : cases) {
        const auto reading = read(c.method, c.path, c.query);
        const QString expected = QString::fromUtf8(c.problem);
        SCOPED_TRACE(reading.describe().toStdString());
        if (expected.isEmpty()) {
            EXPECT_TRUE(reading.conforms());
        } else {
            ASSERT_FALSE(reading.conforms());
            EXPECT_TRUE(reading.problems.join(QLatin1Char('\n')).contains(expected));
        }
    }
}

TEST_F(GraphMetadataConformance, EveryGraphClientCallSendsOnlyV1Names)
{
    GraphClient &graph = m_connection->graph();
    const QString adele = upn("adele.vance");
    const QString adeleId = m_emulator->tenant().find(adele)->id;
    const QString dollar = upn("$svc-backup");
    const QString apostrophe = upn("o'brien");
    const QString guest = QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain;
    for (const QString &name : {adele, adeleId, dollar, apostrophe, guest})
        await<Result<User>>([&](auto done) { graph.getUser(name, &m_context, done); });
    await<Result<UserPage>>([&](auto done) {
        graph.searchUsers(QStringLiteral("adele"), GraphClient::SearchMode::Search, 15, &m_context,
                          done);
    });
    std::optional<Result<UserPage>> page;
    graph.searchUsers(QStringLiteral("a"), GraphClient::SearchMode::Filter, 2, &m_context,
                      [&](Result<UserPage> r) { page = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return page.has_value(); }));
    ASSERT_TRUE(page->ok() && !page->value().nextLink.isEmpty());
    await<Result<UserPage>>(
            [&](auto done) { graph.nextPage(page->value().nextLink, &m_context, done); });
    await<Result<User>>([&](auto done) { graph.me(&m_context, done); });
    await<Result<QDateTime>>([&](auto done) { graph.lastSignIn(adeleId, &m_context, done); });
    using Roles = Result<QList<DirectoryRole>>;
    await<Roles>([&](auto done) { graph.myDirectoryRoles(&m_context, done); });
    for (const QString &name : {adeleId, dollar})
        await<Roles>([&](auto done) { graph.userDirectoryRoles(name, &m_context, done); });
    for (const QString &name : {adeleId, apostrophe, dollar})
        await<Result<RevokeAck>>(
                [&](auto done) { graph.revokeSignInSessions(name, &m_context, done); });
    revoke(upn("alex.wilber"), Channel::Entra); // and the Revoker's own sequence

    // Everything since the emulator started, the sign-in's own requests included.
    const auto r = readAll(m_emulator->requestsTo(emu::Service::Graph), "direct requests");
    EXPECT_TRUE(saw(r, [](const auto &x) { return isLookup(x) && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isLookup(x) && x.keyInParentheses; }));
    EXPECT_TRUE(saw(r, [](const auto &x) {
        return x.options.contains(QLatin1String("$search"))
                && x.queried.contains(QLatin1String("userPrincipalName"));
    }));
    EXPECT_TRUE(saw(r, [](const auto &x) {
        return x.options.contains(QLatin1String("$filter"))
                && x.queried.contains(QLatin1String("displayName"));
    }));
    EXPECT_TRUE(
            saw(r, [](const auto &x) { return x.options.contains(QLatin1String("$skiptoken")); }));
    EXPECT_TRUE(saw(r, [](const auto &x) {
        return x.entry == QLatin1String("me") && x.navigations.isEmpty() && !x.selected.isEmpty();
    }));
    EXPECT_TRUE(saw(r, [](const auto &x) {
        return x.selected == QStringList {QStringLiteral("signInActivity")};
    }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isRoles(x) && x.entry == QLatin1String("me"); }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isRoles(x) && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isRoles(x) && x.keyInParentheses; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return x.operation == Revoke && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return x.operation == Revoke && x.keyInParentheses; }));
}

TEST_F(GraphMetadataConformance, EveryBatchItemSendsOnlyV1Names)
{
    const QString adele = upn("adele.vance");
    const QString adeleId = m_emulator->tenant().find(adele)->id;
    const QString dollar = upn("$svc-backup");
    m_emulator->clearRequests();

    // Each BatchRequest builder, with each way of addressing a user.
    BatchRequest batch;
    int id = 0;
    const auto next = [&id] {
        return QString::number(++id);
    };
    for (const QString &name : {adele, adeleId, dollar}) {
        batch.add(BatchRequest::userLookup(next(), name));
        batch.add(BatchRequest::directoryRoles(next(), name));
    }
    for (const QString &name : {adeleId, upn("o'brien"), dollar})
        batch.add(BatchRequest::revokeSessions(next(), name));
    ASSERT_EQ(batch.size(), id);
    const auto cloud = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
    ASSERT_TRUE(cloud.ok());
    GraphBatchClient client(m_connection->caller(), cloud.value().graph());
    bool answered = false;
    client.post(batch, &m_context,
                [&](const BatchAnswer &, const QDateTime &) { answered = true; });
    ASSERT_TRUE(waitFor([&] { return answered; }));

    // And the batches a bulk run builds: the review's lookups and roles, the run's revocations
    // and its verification.
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf({upn("alex.wilber"), upn("megan.bowen"), dollar})));
    ASSERT_TRUE(runToEnd(*m_run));
    settle();

    const auto envelopes = readAll(m_emulator->requestsTo(emu::Service::Graph), "batch envelopes");
    EXPECT_TRUE(saw(envelopes, [](const auto &x) { return x.entry == QLatin1String("$batch"); }));
    QList<emu::EmulatedRequest> sent;
    for (const auto &item : m_emulator->batchItems())
        sent.append(item.request);
    const auto r = readAll(sent, "$batch items");
    EXPECT_TRUE(saw(r, [](const auto &x) { return isLookup(x) && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isLookup(x) && x.keyInParentheses; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isRoles(x) && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return isRoles(x) && x.keyInParentheses; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return x.operation == Revoke && x.keyAsSegment; }));
    EXPECT_TRUE(saw(r, [](const auto &x) { return x.operation == Revoke && x.keyInParentheses; }));
}
