// The browser sign-in with a real browser: headless Chromium, driven over the Chrome DevTools
// Protocol. The app's openBrowser hands its authorize URL to Chromium, the test fills in and
// submits the emulator's sign-in form like a person would, and Chromium follows the redirect to the
// app's loopback listener. Chromium is part of the test set-up (packaging/install-deps.sh installs
// it): a missing binary fails the test.
#include "BrowserSignInFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <csignal>
#include <unistd.h>

using namespace rc;
using namespace rc::test;

namespace {

QString chromiumPath()
{
    const QString configured = qEnvironmentVariable("REVOKE_CHROMIUM");
    return configured.isEmpty() ? QStringLiteral("/usr/bin/chromium") : configured;
}

// One DevTools connection to the browser; commands go to a page through a flat session.
class DevTools
{
public:
    bool open(const QUrl &url)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) {
                             const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                             if (m.contains(QLatin1String("id")))
                                 m_replies.insert(m.value(QLatin1String("id")).toInt(), m);
                         });
        m_socket.open(url);
        return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                       5000);
    }
    int send(const QString &method, const QJsonObject &params = {})
    {
        QJsonObject message {{QStringLiteral("id"), ++m_lastId},
                             {QStringLiteral("method"), method},
                             {QStringLiteral("params"), params}};
        if (!m_session.isEmpty())
            message.insert(QStringLiteral("sessionId"), m_session);
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
        return m_lastId;
    }
    // The command's "result"; empty (and a failure reported) if it failed or never answered.
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = send(method, params);
        if (!waitFor([&] { return m_replies.contains(id); }, 10000)) {
            ADD_FAILURE() << "DevTools did not answer " << method.toStdString();
            return {};
        }
        const QJsonObject reply = m_replies.take(id);
        EXPECT_FALSE(reply.contains(QLatin1String("error")))
                << method.toStdString() << ": " << QJsonDocument(reply).toJson().data();
        return reply.value(QLatin1String("result")).toObject();
    }
    // Opens a tab and sends every later command to it.
    bool attachToNewPage()
    {
        const QString target = call(QStringLiteral("Target.createTarget"),
                                    {{QStringLiteral("url"), QStringLiteral("about:blank")}})
                                       .value(QLatin1String("targetId"))
                                       .toString();
        m_session = call(QStringLiteral("Target.attachToTarget"),
                         {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}})
                            .value(QLatin1String("sessionId"))
                            .toString();
        return !m_session.isEmpty();
    }
    QJsonValue evaluate(const QString &expression)
    {
        return call(QStringLiteral("Runtime.evaluate"),
                    {{QStringLiteral("expression"), expression},
                     {QStringLiteral("returnByValue"), true}})
                .value(QLatin1String("result"))
                .toObject()
                .value(QLatin1String("value"));
    }
    // Runs until `expression` is true in the page (it may navigate meanwhile).
    bool waitUntil(const QString &expression, int timeoutMs = 10000)
    {
        return waitFor(
                [&] {
                    const int id = send(QStringLiteral("Runtime.evaluate"),
                                        {{QStringLiteral("expression"), expression},
                                         {QStringLiteral("returnByValue"), true}});
                    waitFor([&] { return m_replies.contains(id); }, 2000);
                    return m_replies.take(id)
                            .value(QLatin1String("result"))
                            .toObject()
                            .value(QLatin1String("result"))
                            .toObject()
                            .value(QLatin1String("value"))
                            .toBool();
                },
                timeoutMs);
    }
    void closeBrowser()
    {
        m_session.clear();
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            send(QStringLiteral("Browser.close"));
        m_socket.close();
    }

private:
    QWebSocket m_socket;
    QString m_session;
    QHash<int, QJsonObject> m_replies;
    int m_lastId = 0;
};

} // namespace

class ChromiumSignIn : public BrowserSignInFixture
{
protected:
    void TearDown() override
    {
        m_devTools.closeBrowser();
        stopChromium();
        BrowserSignInFixture::TearDown();
    }

    // Starts headless Chromium with a throwaway profile and connects to its DevTools endpoint.
    void launchChromium()
    {
        const QString binary = chromiumPath();
        ASSERT_TRUE(QFileInfo(binary).isExecutable())
                << binary.toStdString()
                << " is missing: install Chromium (packaging/install-deps.sh installs the "
                   "\"chromium\" package) or point REVOKE_CHROMIUM at it";
        ASSERT_TRUE(m_profile.isValid());
        m_chromium.setProgram(binary);
        m_chromium.setArguments(
                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                 QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                 QStringLiteral("--disable-background-networking"),
                 QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                 QStringLiteral("--disable-dev-shm-usage"),
                 QStringLiteral("--user-data-dir=") + m_profile.path(),
                 QStringLiteral("--remote-debugging-port=0"), QStringLiteral("about:blank")});
        m_chromium.setProcessChannelMode(QProcess::MergedChannels);
        // Its own process group, so that the renderer and GPU helpers go with it at the end.
        m_chromium.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_chromium.start();
        ASSERT_TRUE(m_chromium.waitForStarted(5000)) << m_chromium.errorString().toStdString();
        m_chromiumGroup = pid_t(m_chromium.processId());

        // Chromium writes "<port>\n<browser path>" once DevTools listens.
        QFile activePort(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
        QList<QByteArray> lines;
        waitFor(
                [&] {
                    if (activePort.open(QIODevice::ReadOnly)) {
                        lines = activePort.readAll().trimmed().split('\n');
                        activePort.close();
                    }
                    return lines.size() == 2 || m_chromium.state() == QProcess::NotRunning;
                },
                10000);
        ASSERT_EQ(lines.size(), 2)
                << "Chromium did not open DevTools: " << m_chromium.readAll().toStdString();
        const QUrl endpoint(
                QStringLiteral("ws://127.0.0.1:%1%2")
                        .arg(QString::fromLatin1(lines.at(0)), QString::fromLatin1(lines.at(1))));
        ASSERT_TRUE(m_devTools.open(endpoint)) << endpoint.toString().toStdString();
        ASSERT_TRUE(m_devTools.attachToNewPage());
    }

    void stopChromium()
    {
        if (m_chromiumGroup <= 0)
            return;
        // Browser.close was asked first; whatever of the group is left (helpers included) goes.
        if (m_chromium.state() != QProcess::NotRunning)
            m_chromium.waitForFinished(3000);
        ::kill(-m_chromiumGroup, SIGKILL);
        m_chromium.waitForFinished(3000);
        m_chromiumGroup = 0;
    }

    QTemporaryDir m_profile; // removed with everything Chromium wrote in it
    QProcess m_chromium;
    pid_t m_chromiumGroup = 0;
    DevTools m_devTools;
};

TEST_F(ChromiumSignIn, PersonSignsInInHeadlessChromium_AppEndsSignedIn)
{
    launchChromium();
    if (HasFatalFailure())
        return;

    QUrl authorize;
    startSignIn([&](const QUrl &url) {
        authorize = url;
        m_devTools.send(QStringLiteral("Page.navigate"),
                        {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
        return true;
    });
    ASSERT_TRUE(authorize.isValid());

    // The emulator's sign-in page, as Chromium shows it.
    ASSERT_TRUE(m_devTools.waitUntil(
            QStringLiteral("location.pathname.endsWith('/oauth2/v2.0/authorize') && "
                           "document.getElementById('signin') !== null")))
            << "the sign-in form did not load";
    m_devTools.evaluate(QStringLiteral("document.getElementById('login').value = '%1';"
                                       "document.getElementById('signin').click(); true")
                                .arg(admin()));

    ASSERT_TRUE(waitForResult(15000)) << "Chromium never brought the redirect back";
    ASSERT_TRUE(m_result->ok()) << resultMessage().toStdString();
    EXPECT_EQ(m_result->value().account, admin());

    // Chromium shows the app's page, served by the loopback listener at http://localhost:PORT/.
    EXPECT_TRUE(m_devTools.waitUntil(
            QStringLiteral("location.host === 'localhost:%1' && "
                           "document.body.innerText.includes('You are signed in to Revoke "
                           "Console.')")
                    .arg(QUrl(m_signIn->redirectUri()).port())))
            << m_devTools.evaluate(QStringLiteral("location.href + ' ' + document.body.innerText"))
                       .toString()
                       .toStdString();

    // The emulator saw the authorize request from Chromium and the app's code redemption.
    const emu::FormFields q = queryOf(authorize);
    const auto redeemed = tokenRequests(QStringLiteral("authorization_code"));
    ASSERT_EQ(redeemed.size(), 1);
    EXPECT_EQ(QString::fromLatin1(Pkce::challengeOf(
                      redeemed.first().value(QStringLiteral("code_verifier")).toLatin1())),
              q.value(QStringLiteral("code_challenge")));
    EXPECT_EQ(redeemed.first().value(QStringLiteral("redirect_uri")),
              q.value(QStringLiteral("redirect_uri")));
    bool chromiumAuthorized = false;
    for (const auto &r : m_emulator->requestsTo(emu::Service::Identity)) {
        if (r.method == "POST" && r.path.endsWith(QLatin1String("/authorize")))
            chromiumAuthorized = r.header("user-agent").contains("Chrome");
    }
    EXPECT_TRUE(chromiumAuthorized);
    expectPortClosed(quint16(QUrl(m_signIn->redirectUri()).port()));
}
