// Token refreshes under concurrency, against the emulator: callers that ask for a resource's token
// while it is on its way share one redemption of the refresh token; Graph and SharePoint asked for
// together are redeemed one after the other, each with the refresh token the one before returned,
// so the session (and the keychain) ends with the newest; a sign-out while a refresh is under way
// answers its callers "not signed in" and keeps nothing the answer brought; a new sign-in while
// one is under way has its callers served with the new sign-in's refresh token.
#include "emulator/FormFields.h"
#include "support/EmulatorFixture.h"

#include <QSet>

using namespace rc;
using namespace rc::test;

namespace {

class TokenRefresh : public EmulatorFixture
{
protected:
    // The refresh_token of every refresh-token grant the emulator received, oldest first.
    QStringList redeemedRefreshTokens() const
    {
        QStringList tokens;
        for (const auto &r : requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
            const auto form = emu::FormFields::parse(r.body);
            if (form.value(QStringLiteral("grant_type")) == QLatin1String("refresh_token"))
                tokens << form.value(QStringLiteral("refresh_token"));
        }
        return tokens;
    }
    QSet<QString> issued() const
    {
        QSet<QString> all;
        for (const QByteArray &secret : m_emulator->issuedSecrets())
            all.insert(QString::fromLatin1(secret));
        return all;
    }

    using Answers = std::vector<std::optional<Result<TokenPtr>>>;
    // Asks for each resource in turn, all in one turn of the event loop, and waits for every
    // answer.
    Answers askAtOnce(const std::vector<Resource> &resources)
    {
        Answers answers(resources.size());
        for (size_t i = 0; i < resources.size(); ++i) {
            m_connection->session().accessToken(resources.at(i), &m_context,
                                                [&answers, i](Result<TokenPtr> token) {
                                                    answers.at(i).emplace(std::move(token));
                                                });
        }
        EXPECT_TRUE(waitFor([&] {
            return std::all_of(answers.cbegin(), answers.cend(),
                               [](const auto &a) { return a.has_value(); });
        }));
        return answers;
    }
    static QByteArray tokenValue(const std::optional<Result<TokenPtr>> &answer)
    {
        return answer && answer->ok() ? answer->value()->value.view() : QByteArray("<none>");
    }
};

} // namespace

TEST_F(TokenRefresh, CallersOfAnExpiredToken_ShareOneRedemptionAndTheSameToken)
{
    SignInSession &session = m_connection->session();
    session.discardAccessToken(Resource::Graph); // what a 401 for an expired token leads to
    const QSet<QString> before = issued();
    m_emulator->clearRequests();

    const Answers answers = askAtOnce(std::vector<Resource>(8, Resource::Graph));

    const QStringList redeemed = redeemedRefreshTokens();
    ASSERT_EQ(redeemed.size(), 1) << "one refresh for eight callers";
    const QByteArray token = tokenValue(answers.front());
    EXPECT_FALSE(before.contains(QString::fromLatin1(token))) << "a new access token";
    for (const auto &answer : answers) {
        ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
        EXPECT_EQ(answer->value(), answers.front()->value()) << "every caller gets the same token";
    }

    // The refresh token the session keeps is the one that redemption returned.
    session.discardAccessToken(Resource::Graph);
    const QSet<QString> afterFirst = issued();
    askAtOnce({Resource::Graph});
    const QStringList all = redeemedRefreshTokens();
    ASSERT_EQ(all.size(), 2);
    EXPECT_NE(all.at(1), all.at(0));
    EXPECT_FALSE(before.contains(all.at(1)));
    EXPECT_TRUE(afterFirst.contains(all.at(1)));
}

TEST_F(TokenRefresh, GraphAndSharePointTogether_EachRedeemsTheNewestRefreshToken)
{
    SignInSession &session = m_connection->session();
    session.discardAccessToken(Resource::Graph);
    const QSet<QString> before = issued();
    m_emulator->clearRequests();

    const Answers answers = askAtOnce({Resource::Graph, Resource::SharePoint, Resource::Graph,
                                       Resource::SharePoint, Resource::SharePoint});
    for (const auto &answer : answers)
        ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_EQ(tokenValue(answers.at(0)), tokenValue(answers.at(2)));
    EXPECT_EQ(tokenValue(answers.at(1)), tokenValue(answers.at(4)));

    // One redemption per resource, the second sending what the first returned, not the same old
    // token twice (whose two rotated answers would then race to be kept).
    const QStringList redeemed = redeemedRefreshTokens();
    ASSERT_EQ(redeemed.size(), 2);
    EXPECT_TRUE(before.contains(redeemed.at(0)));
    EXPECT_FALSE(before.contains(redeemed.at(1))) << "the second used the first one's answer";

    // And what the session keeps is the second one's answer, the newest.
    session.discardAccessToken(Resource::Graph);
    askAtOnce({Resource::Graph});
    const QStringList all = redeemedRefreshTokens();
    ASSERT_EQ(all.size(), 3);
    EXPECT_FALSE(before.contains(all.at(2)));
    EXPECT_NE(all.at(2), all.at(1));
}

TEST_F(TokenRefresh, SignOutWhileARefreshIsUnderWay_CallersHearNotSignedInAndNothingIsKept)
{
    SignInSession &session = m_connection->session();
    session.discardAccessToken(Resource::Graph);
    m_emulator->faults().add(emu::Service::Identity, QStringLiteral("/token"),
                             emu::Fault::latency(300));
    m_emulator->clearRequests();

    Answers answers(2);
    for (size_t i = 0; i < answers.size(); ++i) {
        session.accessToken(Resource::Graph, &m_context, [&answers, i](Result<TokenPtr> token) {
            answers.at(i).emplace(std::move(token));
        });
    }
    ASSERT_TRUE(waitFor([&] { return redeemedRefreshTokens().size() == 1; }));
    bool signedOut = false;
    QObject::connect(&session, &SignInSession::signedOut, &m_context, [&] { signedOut = true; });
    session.signOut();
    ASSERT_TRUE(waitFor([&] { return answers.at(0) && answers.at(1) && signedOut; }));
    for (const auto &answer : answers) {
        ASSERT_FALSE(answer->ok());
        EXPECT_EQ(answer->error().kind, ServiceError::Kind::SignIn);
        EXPECT_EQ(answer->error().message, QStringLiteral("You are not signed in."));
    }
    // The late answer to the refresh does not sign the session back in.
    EXPECT_FALSE(waitFor([&] { return session.isSignedIn(); }, 600));
    EXPECT_EQ(redeemedRefreshTokens().size(), 1);
}

TEST_F(TokenRefresh, NewSignInWhileARefreshIsUnderWay_CallersGetATokenFromTheNewSignIn)
{
    SignInSession &session = m_connection->session();
    session.discardAccessToken(Resource::SharePoint);
    const QSet<QString> before = issued();
    // The refresh hangs until the new sign-in has replaced the refresh token it sent.
    m_emulator->faults().add(emu::Service::Identity, QStringLiteral("/token"),
                             emu::Fault::latency(5000));
    m_emulator->clearRequests();
    std::optional<Result<TokenPtr>> answer;
    session.accessToken(Resource::SharePoint, &m_context,
                        [&answer](Result<TokenPtr> token) { answer.emplace(std::move(token)); });
    ASSERT_TRUE(waitFor([&] { return redeemedRefreshTokens().size() == 1; }));

    bool signedIn = false;
    QObject::connect(&session, &SignInSession::signedIn, &m_context, [&] { signedIn = true; });
    m_emulator->setAutoApproveAs(upn("helpdesk"));
    session.signInWithDeviceCode();
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }, 4000))
            << "the caller waits for the new sign-in, not for the old request";
    EXPECT_TRUE(signedIn);
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_EQ(session.account(), upn("helpdesk"));
    const QStringList redeemed = redeemedRefreshTokens();
    ASSERT_EQ(redeemed.size(), 2);
    EXPECT_TRUE(before.contains(redeemed.at(0))) << "the old sign-in's";
    EXPECT_FALSE(before.contains(redeemed.at(1))) << "the new sign-in's";
}
