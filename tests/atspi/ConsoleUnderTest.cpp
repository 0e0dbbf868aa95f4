#include "ConsoleUnderTest.h"

#include "support/WaitFor.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <atspi/atspi.h>

namespace rc::test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Each check walks the tree over D-Bus: check at a screen reader's pace, not waitFor's 5 ms.
    QDeadlineTimer next(0);
    bool held = false;
    return waitFor(
            [&] {
                if (held || !next.hasExpired())
                    return held;
                next.setRemainingTime(50);
                held = done();
                return held;
            },
            timeoutMs);
}

ConsoleUnderTest::ConsoleUnderTest()
{
    m_process.setProgram(QStringLiteral(REVOKE_CONSOLE_BIN));
    m_process.setArguments({QStringLiteral("--demo")});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The xcb platform carries Qt's AT-SPI bridge (ctest's environment may say offscreen).
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_ACCESSIBILITY"), QStringLiteral("1"));
    // Its settings and audit log go to a home of its own, never the real user's.
    env.insert(QStringLiteral("HOME"), m_home.path());
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(xdg));
    m_process.setProcessEnvironment(env);
}

ConsoleUnderTest::~ConsoleUnderTest()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ConsoleUnderTest::start(int timeoutMs)
{
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("revoke-console did not start: ") + m_process.errorString();
    const auto pid = unsigned(m_process.processId());
    const bool found = waitUntil(
            [&] {
                for (const AtspiNode &app : AtspiNode::desktop().children()) {
                    if (app.processId() == pid) {
                        m_application = app;
                        return bool(frame());
                    }
                }
                return false;
            },
            timeoutMs);
    if (!found)
        return QStringLiteral("revoke-console (pid %1) has no showing frame on the accessibility "
                              "bus after %2 ms; it printed:\n%3")
                .arg(pid)
                .arg(timeoutMs)
                .arg(output());
    const bool signedIn = waitUntil(
            [&] {
                return bool(frame().find([](const AtspiNode &node) {
                    return node.role() == ATSPI_ROLE_LABEL
                            && node.name().startsWith(QLatin1String("Signed in as"));
                }));
            },
            timeoutMs);
    if (!signedIn)
        return QStringLiteral("no \"Signed in as\" label in the tree after %1 ms:\n%2")
                .arg(timeoutMs)
                .arg(frame().dump());
    return {};
}

AtspiNode ConsoleUnderTest::frame() const
{
    for (const AtspiNode &window : m_application.children()) {
        if (window.role() == ATSPI_ROLE_FRAME && window.isShowing()
            && window.name().contains(QLatin1String("Demo tenant")))
            return window;
    }
    return {};
}

AtspiNode ConsoleUnderTest::dialog(const QString &nameContains) const
{
    for (const AtspiNode &window : m_application.children()) {
        if (window.role() == ATSPI_ROLE_DIALOG && window.isShowing()
            && window.name().contains(nameContains, Qt::CaseInsensitive))
            return window;
    }
    return {};
}

QString ConsoleUnderTest::output() const
{
    return QString::fromLocal8Bit(m_process.readAll());
}

} // namespace rc::test
