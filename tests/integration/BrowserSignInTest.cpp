// The browser sign-in (authorization code + PKCE S256 + loopback redirect) against the real
// emulator, the test playing the browser: it loads the authorize URL the app produced, submits the
// emulator's sign-in form and follows the 302 to the app's loopback listener.
#include "BrowserSignInFixture.h"
#include "auth/AadErrorText.h"
#include "support/TestBrowser.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace rc;
using namespace rc::test;

namespace {

// Raw bytes to the listener, chunk by chunk (each flushed before the next); what came back before
// it hung up.
QByteArray rawExchange(quint16 port, const QList<QByteArray> &chunks)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return {};
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        waitFor([&] { return socket.bytesToWrite() == 0; }, 3000);
    }
    QByteArray answer;
    waitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
    return answer + socket.readAll();
}

} // namespace

class BrowserSignInFlow : public BrowserSignInFixture
{
protected:
    QUrl startAndOpen()
    {
        startSignIn([this](const QUrl &url) {
            m_openedUrl = url;
            return true;
        });
        EXPECT_TRUE(m_openedUrl.isValid());
        return m_openedUrl;
    }
    QString state() const { return queryOf(m_openedUrl).value(QStringLiteral("state")); }
    QUrl listener(const QByteArray &pathAndQuery) const
    {
        return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port()) + pathAndQuery);
    }
    quint16 port() const { return quint16(QUrl(m_signIn->redirectUri()).port()); }

    TestBrowser m_browser;
    QUrl m_openedUrl;
};

TEST_F(BrowserSignInFlow, SignsInAndRedeemsTheCodeWithItsVerifier)
{
    const QUrl authorize = startAndOpen();
    EXPECT_EQ(m_announcedUrl, authorize); // shown or copied when no browser opens
    EXPECT_TRUE(m_signIn->isBrowserOpened());

    // Every authorize parameter (docs/protocol-notes.md, "The authorize request").
    EXPECT_EQ(authorize.path(), QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    EXPECT_EQ(authorize.port(), m_emulator->identityUrl().port());
    const emu::FormFields q = queryOf(authorize);
    EXPECT_EQ(q.value(QStringLiteral("client_id")), clientId());
    EXPECT_EQ(q.value(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(q.value(QStringLiteral("redirect_uri")),
              QStringLiteral("http://localhost:%1").arg(port()));
    EXPECT_EQ(q.value(QStringLiteral("scope")), m_scopes);
    EXPECT_GE(q.value(QStringLiteral("state")).size(), 20);
    EXPECT_EQ(q.value(QStringLiteral("code_challenge")).size(), 43);
    EXPECT_EQ(q.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(q.value(QStringLiteral("prompt")), QStringLiteral("select_account"));
    EXPECT_EQ(q.items().size(), 8);

    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    EXPECT_EQ(location.host(), QStringLiteral("localhost"));
    EXPECT_EQ(location.port(), port());
    EXPECT_EQ(location.path(), QStringLiteral("/"));
    const QString code = queryOf(location).value(QStringLiteral("code"));
    ASSERT_FALSE(code.isEmpty());
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Identity).size() >= 2);

    const emu::test::Reply page = m_browser.get(location);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("You are signed in to Revoke Console.")) << page.body.data();
    EXPECT_TRUE(page.body.contains("You can close this tab."));

    ASSERT_TRUE(waitForResult());
    ASSERT_TRUE(m_result->ok()) << resultMessage().toStdString();
    EXPECT_EQ(m_result->value().account, admin());
    EXPECT_EQ(m_result->value().accessToken->audience, m_audience);
    EXPECT_FALSE(m_result->value().refreshToken.isEmpty());

    // What the app sent to the token endpoint: the code, its redirect_uri, the PKCE verifier.
    const auto redeemed = tokenRequests(QStringLiteral("authorization_code"));
    ASSERT_EQ(redeemed.size(), 1);
    const emu::FormFields &form = redeemed.first();
    const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
    EXPECT_TRUE(Pkce::isValidVerifier(verifier)) << verifier.size();
    EXPECT_EQ(QString::fromLatin1(Pkce::challengeOf(verifier)),
              q.value(QStringLiteral("code_challenge")));
    EXPECT_EQ(form.value(QStringLiteral("redirect_uri")), q.value(QStringLiteral("redirect_uri")));
    EXPECT_EQ(form.value(QStringLiteral("code")), code);
    EXPECT_EQ(form.value(QStringLiteral("client_id")), clientId());
    EXPECT_EQ(form.value(QStringLiteral("scope")), m_scopes);

    // The authorize request the emulator received is the URL the app produced.
    bool sawAuthorize = false;
    for (const auto &r : m_emulator->requestsTo(emu::Service::Identity)) {
        if (r.method == "GET" && r.path.endsWith(QLatin1String("/authorize"))) {
            sawAuthorize = true;
            EXPECT_EQ(r.query, authorize.query(QUrl::FullyEncoded));
        }
    }
    EXPECT_TRUE(sawAuthorize);
    expectPortClosed(port());
    EXPECT_EQ(m_answers, 1);
}

TEST_F(BrowserSignInFlow, ListensOnBothLoopbackAddressesOfLocalhost)
{
    startAndOpen();
    EXPECT_TRUE(accepts(QHostAddress(QHostAddress::LocalHost), port()));
    if (hasIpv6Loopback()) {
        EXPECT_TRUE(accepts(QHostAddress(QHostAddress::LocalHostIPv6), port()));
    } else {
        GTEST_LOG_(INFO) << "no IPv6 loopback on this machine; ::1 not checked";
    }
    EXPECT_FALSE(m_result.has_value()); // a connection that says nothing changes nothing
}

TEST_F(BrowserSignInFlow, StrayRequestsAreRefusedAndTheSignInStillCompletes)
{
    const QUrl authorize = startAndOpen();
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    const QByteArray s = QUrl::toPercentEncoding(state());

    EXPECT_EQ(m_browser.get(listener("/favicon.ico")).status, 404);
    EXPECT_EQ(m_browser.get(listener("/callback?code=stolen&state=" + s)).status, 404);
    EXPECT_EQ(m_browser.get(listener("/?code=stolen&state=wrong")).status, 400);
    EXPECT_EQ(m_browser.get(listener("/?code=stolen&state=" + s + "x")).status, 400);
    EXPECT_EQ(m_browser.get(listener("/?code=stolen&state=" + s.chopped(1))).status, 400);
    EXPECT_EQ(m_browser.get(listener("/?code=stolen")).status, 400);
    EXPECT_EQ(m_browser.get(listener("/?code=stolen&state=" + s + "&state=" + s)).status, 400);
    EXPECT_EQ(m_browser.get(listener("/?state=" + s)).status, 400); // neither code nor error
    EXPECT_EQ(m_browser.send("POST", listener("/?code=stolen&state=" + s)).status, 400);
    if (hasIpv6Loopback()) {
        const QUrl v6
                = QUrl::fromEncoded("http://[::1]:" + QByteArray::number(port()) + "/favicon.ico");
        EXPECT_EQ(m_browser.get(v6).status, 404);
    }

    // Below HTTP: garbage, a foreign Host (DNS rebinding), an endless head.
    EXPECT_TRUE(rawExchange(port(), {"\x16\x03\x01garbage\r\n\r\n"}).startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(rawExchange(port(),
                            {"GET /?code=stolen&state=" + s
                             + " HTTP/1.1\r\nHost: evil.example:80\r\n\r\n"})
                        .startsWith("HTTP/1.1 400"));
    const QByteArray huge
            = rawExchange(port(), {"GET / HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'a')});
    EXPECT_TRUE(huge.isEmpty() || huge.startsWith("HTTP/1.1 431")) << huge.left(40).data();

    EXPECT_FALSE(m_result.has_value());
    EXPECT_TRUE(tokenRequests(QStringLiteral("authorization_code")).isEmpty());

    // The genuine redirect, its head split over two TCP writes, still counts.
    const QByteArray target = location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray page = rawExchange(
            port(),
            {"GET " + target + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port()),
             "\r\nUser-Agent: test\r\n\r\n"});
    EXPECT_TRUE(page.startsWith("HTTP/1.1 200")) << page.data();
    EXPECT_TRUE(page.contains("You are signed in to Revoke Console."));
    ASSERT_TRUE(waitForResult());
    ASSERT_TRUE(m_result->ok()) << resultMessage().toStdString();
    const auto redeemed = tokenRequests(QStringLiteral("authorization_code"));
    ASSERT_EQ(redeemed.size(), 1);
    EXPECT_NE(redeemed.first().value(QStringLiteral("code")), QStringLiteral("stolen"));
}

TEST_F(BrowserSignInFlow, JunkConnectionsBeyondTheCap_DoNotStarveTheBrowser)
{
    const QUrl authorize = startAndOpen();
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    QElapsedTimer clock;
    clock.start();

    // More connections than the listener keeps: the first three send half a request head (a
    // request answered in between makes sure the listener has read it), the rest nothing.
    constexpr int Extra = 8;
    std::vector<std::unique_ptr<QTcpSocket>> junk;
    for (int i = 0; i < LoopbackRedirect::MaxConnections + Extra; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        if (i < 3) {
            ASSERT_TRUE(socket->waitForConnected(2000));
            socket->write("GET /?code=junk HTTP/1.1\r\n");
            socket->flush();
        }
        junk.push_back(std::move(socket));
        if (i == 2) {
            ASSERT_EQ(m_browser.get(listener("/favicon.ico")).status, 404);
        }
    }
    const auto closed = [&] {
        return std::count_if(junk.cbegin(), junk.cend(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::UnconnectedState;
        });
    };
    // Each connection over the cap evicted the oldest that had sent nothing.
    ASSERT_TRUE(waitFor([&] { return closed() >= Extra; }, 3000)) << closed();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(junk.at(size_t(i))->state(), QAbstractSocket::ConnectedState) << i;

    // The browser's redirect still lands, long before the junk would have timed out.
    const auto reply = m_browser.get(location);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_LT(clock.elapsed(), LoopbackRedirect::IdleTimeoutMs);
    ASSERT_TRUE(waitForResult());
    ASSERT_TRUE(m_result->ok()) << resultMessage().toStdString();
}

TEST_F(BrowserSignInFlow, ConnectionThatSaysNothing_IsClosedSoon_OneMidHeadIsGivenLonger)
{
    startAndOpen();
    QTcpSocket idle;
    QTcpSocket slow;
    idle.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
    slow.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
    ASSERT_TRUE(idle.waitForConnected(2000) && slow.waitForConnected(2000));
    slow.write("GET / HTTP/1.1\r\n");
    slow.flush();
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitFor([&] { return idle.state() == QAbstractSocket::UnconnectedState; },
                        LoopbackRedirect::IdleTimeoutMs + 1000));
    EXPECT_GE(clock.elapsed(), LoopbackRedirect::IdleTimeoutMs - 200);
    EXPECT_EQ(slow.state(), QAbstractSocket::ConnectedState);
}

TEST_F(BrowserSignInFlow, CancelInTheBrowser_EndsWithAccessDenied)
{
    const QUrl authorize = startAndOpen();
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("cancel"));
    EXPECT_EQ(queryOf(location).value(QStringLiteral("error")), QStringLiteral("access_denied"));

    const emu::test::Reply page = m_browser.get(location);
    ASSERT_TRUE(waitForResult());
    ASSERT_FALSE(m_result->ok());
    const ServiceError &e = m_result->error();
    EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
    EXPECT_EQ(e.serviceCode, QStringLiteral("AADSTS65004"));
    EXPECT_EQ(e.message, aadMessage(65004, QStringLiteral("access_denied")));
    EXPECT_NE(e.message, aadMessage(0, QString())) << "not the generic sentence";
    EXPECT_TRUE(e.detail.startsWith(QStringLiteral("access_denied: AADSTS65004: ")));
    EXPECT_FALSE(e.correlationId.isEmpty());
    // The browser tab names the problem too.
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("The sign-in did not succeed"));
    EXPECT_TRUE(page.body.contains(e.message.toHtmlEscaped().toUtf8())) << page.body.data();
    EXPECT_TRUE(tokenRequests(QStringLiteral("authorization_code")).isEmpty());
    expectPortClosed(port());
}

TEST_F(BrowserSignInFlow, ErrorRedirectWithAnAadstsCode_SaysWhatTheCodeMeans)
{
    startAndOpen();
    const QByteArray description = "AADSTS53003:+Access+has+been+blocked+by+Conditional+Access+"
                                   "policies.%0D%0ATrace+ID%3A+abc%0D%0ACorrelation+ID%3A+"
                                   "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    m_browser.get(listener("/?error=access_denied&error_description=" + description
                           + "&state=" + QUrl::toPercentEncoding(state())));
    ASSERT_TRUE(waitForResult());
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().serviceCode, QStringLiteral("AADSTS53003"));
    EXPECT_EQ(m_result->error().message, aadMessage(53003, QString()));
    EXPECT_EQ(m_result->error().correlationId,
              QStringLiteral("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    EXPECT_EQ(m_result->error().detail,
              QStringLiteral("access_denied: AADSTS53003: Access has been blocked by Conditional "
                             "Access policies."));
}

TEST_F(BrowserSignInFlow, CodeRefusedAtTheTokenEndpoint_BrowserAndAppSayWhy)
{
    const QUrl authorize = startAndOpen();
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    m_emulator->setClockOffsetSeconds(3600); // the code has expired by the time it is redeemed
    const emu::test::Reply page = m_browser.get(location);
    ASSERT_TRUE(waitForResult());
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().serviceCode, QStringLiteral("AADSTS70008"));
    EXPECT_TRUE(page.body.contains("The sign-in did not succeed"));
    EXPECT_TRUE(page.body.contains(m_result->error().message.toHtmlEscaped().toUtf8()));
    EXPECT_EQ(tokenRequests(QStringLiteral("authorization_code")).size(), 1);
}

TEST_F(BrowserSignInFlow, NoBrowser_SaysSoAndTheUrlCanStillBeOpenedByHand)
{
    m_signIn = std::make_unique<BrowserSignIn>(*m_endpoint, m_scopes, m_audience,
                                               [](const QUrl &) { return false; });
    QUrl notOpened;
    QObject::connect(m_signIn.get(), &BrowserSignIn::browserNotOpened, &m_context,
                     [&](const QUrl &url) { notOpened = url; });
    m_signIn->start([this](Result<TokenGrant> r) { m_result.emplace(std::move(r)); });
    EXPECT_TRUE(notOpened.isValid());
    EXPECT_EQ(notOpened, m_signIn->authorizeUrl());
    EXPECT_FALSE(m_signIn->isBrowserOpened());
    EXPECT_FALSE(m_result.has_value()); // still waiting

    // Someone copies the URL into a browser by hand.
    const QUrl location = m_browser.submit(notOpened, admin(), QStringLiteral("signin"));
    EXPECT_EQ(m_browser.get(location).status, 200);
    ASSERT_TRUE(waitForResult());
    EXPECT_TRUE(m_result->ok()) << resultMessage().toStdString();
}

TEST_F(BrowserSignInFlow, NoRedirectInTime_TimesOutWithAClearMessageAndClosesThePort)
{
    QElapsedTimer clock;
    clock.start();
    startSignIn([](const QUrl &) { return true; }, 1);
    const quint16 listening = port();
    EXPECT_TRUE(accepts(QHostAddress(QHostAddress::LocalHost), listening));
    ASSERT_TRUE(waitForResult(5000));
    EXPECT_GE(clock.elapsed(), 900);
    ASSERT_FALSE(m_result->ok());
    EXPECT_EQ(m_result->error().kind, ServiceError::Kind::SignIn);
    EXPECT_EQ(m_result->error().message,
              QStringLiteral("The browser sign-in did not finish within 1 second. Start the "
                             "sign-in again."));
    expectPortClosed(listening);
    EXPECT_FALSE(waitFor([&] { return m_answers > 1; }, 300));
}

// WCAG 2.2.1: a minute before the wait ends, waitEnding; keepWaiting() waits the whole time again
// from then, ten times and more, and the redirect still signs in afterwards.
TEST_F(BrowserSignInFlow, WaitEnding_IsAnnouncedAMinuteAhead_AndKeepWaitingExtendsItEveryTime)
{
    QList<int> warnings;
    BrowserSignIn &signIn = startSignIn([](const QUrl &) { return true; }, 300);
    QObject::connect(&signIn, &BrowserSignIn::waitEnding, &m_context,
                     [&](int secondsLeft) { warnings << secondsLeft; });
    const quint16 listening = port();
    // The clock also runs in real time: a second's margin either side of each mark.
    m_clock.advance(239 * 1000);
    EXPECT_FALSE(waitFor([&] { return !warnings.isEmpty(); }, 50));
    for (int extension = 1; extension <= 11; ++extension) {
        SCOPED_TRACE(extension);
        m_clock.advance(1000);
        ASSERT_TRUE(waitFor([&] { return warnings.size() == extension; }));
        EXPECT_EQ(warnings.last(), BrowserSignIn::EndingWarningSeconds);
        signIn.keepWaiting();
        // Past the end of the wait before: still listening, no answer.
        m_clock.advance(90 * 1000);
        EXPECT_FALSE(m_result.has_value());
        EXPECT_TRUE(accepts(QHostAddress(QHostAddress::LocalHost), listening));
        m_clock.advance(149 * 1000);
        EXPECT_EQ(warnings.size(), extension);
    }
    EXPECT_EQ(warnings.size(), 11) << "no warning but at each minute mark";

    const QUrl location = m_browser.submit(m_announcedUrl, admin(), QStringLiteral("signin"));
    EXPECT_EQ(m_browser.get(location).status, 200);
    ASSERT_TRUE(waitForResult());
    EXPECT_TRUE(m_result->ok()) << resultMessage().toStdString();
}

// A short wait is warned of half-way: a minute's notice would come before it began.
TEST_F(BrowserSignInFlow, ShortWait_IsAnnouncedHalfWayAndEndsWhenNotExtended)
{
    QList<int> warnings;
    BrowserSignIn &signIn = startSignIn([](const QUrl &) { return true; }, 40);
    QObject::connect(&signIn, &BrowserSignIn::waitEnding, &m_context,
                     [&](int secondsLeft) { warnings << secondsLeft; });
    m_clock.advance(20 * 1000);
    ASSERT_TRUE(waitFor([&] { return warnings == QList<int> {20}; }));
    m_clock.advance(20 * 1000);
    ASSERT_TRUE(waitForResult());
    EXPECT_EQ(resultMessage(),
              QStringLiteral("The browser sign-in did not finish within 40 seconds. Start the "
                             "sign-in again."));
}

TEST_F(BrowserSignInFlow, Cancel_ClosesThePortAndNeverAnswers)
{
    const QUrl authorize = startAndOpen();
    const quint16 listening = port();
    EXPECT_TRUE(accepts(QHostAddress(QHostAddress::LocalHost), listening));
    m_signIn->cancel();
    expectPortClosed(listening);
    // The person finishes in the browser anyway: nothing is listening, nothing is redeemed.
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    EXPECT_NE(m_browser.get(location).error, QNetworkReply::NoError);
    EXPECT_FALSE(waitFor([&] { return m_result.has_value(); }, 500));
    EXPECT_TRUE(tokenRequests(QStringLiteral("authorization_code")).isEmpty());
}

TEST_F(BrowserSignInFlow, CancelWhileRedeeming_TheBrowserHearsWhyAndTheAppNothing)
{
    const QUrl authorize = startAndOpen();
    const QUrl location = m_browser.submit(authorize, admin(), QStringLiteral("signin"));
    m_emulator->faults().add(emu::Service::Identity, QStringLiteral("/token"),
                             emu::Fault::latency(1500));
    QNetworkReply *reply = m_browser.nam().get(QNetworkRequest(location));
    ASSERT_TRUE(waitFor(
            [&] { return !tokenRequests(QStringLiteral("authorization_code")).isEmpty(); }));
    m_signIn->cancel();
    ASSERT_TRUE(waitFor([&] { return reply->isFinished(); }, 3000));
    EXPECT_TRUE(reply->readAll().contains("The sign-in was cancelled in Revoke Console."));
    reply->deleteLater();
    EXPECT_FALSE(waitFor([&] { return m_result.has_value(); }, 2000));
}

TEST_F(BrowserSignInFlow, DeletingTheAttemptFromItsCallback_IsSafe)
{
    for (const char *action : {"signin", "cancel"}) {
        m_result.reset();
        m_signIn = std::make_unique<BrowserSignIn>(*m_endpoint, m_scopes, m_audience,
                                                   [this](const QUrl &url) {
                                                       m_openedUrl = url;
                                                       return true;
                                                   });
        m_signIn->start([this](Result<TokenGrant> r) {
            m_signIn.reset(); // as an owner that is done with the attempt would
            m_result.emplace(std::move(r));
        });
        const QUrl location = m_browser.submit(m_openedUrl, admin(), QString::fromLatin1(action));
        const emu::test::Reply page = m_browser.get(location);
        ASSERT_TRUE(waitForResult()) << action;
        EXPECT_EQ(m_result->ok(), QByteArray(action) == "signin") << action;
        EXPECT_EQ(page.status, 200) << action; // the page still reaches the browser
        EXPECT_FALSE(m_signIn);
    }
}
