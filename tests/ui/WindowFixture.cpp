#include "WindowFixture.h"

#include "cli/DemoLaunch.h"
#include "directory/UserSearch.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QTimer>

namespace rc::test {

void WindowTest::SetUp()
{
    m_emulator = std::make_unique<emu::TenantEmulator>(m_clock);
    const auto settings = cli::launchDemo(*m_emulator);
    ASSERT_TRUE(settings.ok()) << settings.error().message.toStdString();
    m_settings = settings.value();
    m_settings.clock = &m_clock;
}

void WindowTest::skipDeviceCodeWaits()
{
    // The first poll waits the code's interval on the clock, armed once the code is shown: skip
    // that wait, on this connection and on each one the window makes later (its sign-in may make
    // one for the profile), once it is built.
    const auto watch = [this] {
        auto *current = m_window->findChild<TenantConnection *>();
        if (!current || current->property("rcTestWatched").toBool())
            return;
        current->setProperty("rcTestWatched", true);
        QObject::connect(&current->session(), &SignInSession::deviceCodeIssued, current, [this] {
            QTimer::singleShot(0, m_window.get(), [this] {
                m_clock.advance(qMax<qint64>(0, m_clock.msToNextTimer()));
            });
        });
    };
    watch();
    m_connectionWatch = std::make_unique<ChildAddedWatch>(
            [this, watch] { QTimer::singleShot(0, m_window.get(), watch); });
    m_window->installEventFilter(m_connectionWatch.get());
}

void WindowTest::TearDown()
{
    closeWindow();
    m_profiles.reset();
    m_emulator.reset();
}

void WindowTest::closeWindow()
{
    m_driver.reset();
    m_window.reset();
    m_connectionWatch.reset();
}

void WindowTest::openWithProfiles(SecretStore *keychain)
{
    m_window = std::make_unique<ui::MainWindow>(m_settings, false);
    m_window->useProfiles(&profiles(), keychain);
    if (m_skipDeviceCodeWaits)
        skipDeviceCodeWaits();
    m_driver = std::make_unique<WindowDriver>(*m_window);
    connection().search().setDebounceMs(0);
}

Settings &WindowTest::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("rc.ini")));
    return *m_profiles;
}

QByteArray WindowTest::settingsFileContent()
{
    profiles().sync();
    QFile file(profiles().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TenantProfile WindowTest::saveProfile(const QString &tenant, const QString &name, SignInFlow flow,
                                      bool current)
{
    auto profile = TenantProfile::forTenant(tenant);
    EXPECT_TRUE(profile.ok());
    profile.value().setEndpoints(m_settings.cloud);
    profile.value().flow = flow;
    if (!name.isEmpty())
        profile.value().name = name;
    profiles().saveProfile(profile.value());
    if (current)
        profiles().setCurrentProfileId(profile.value().id);
    return profile.value();
}

void WindowTest::openWindow(bool demo)
{
    m_window = std::make_unique<ui::MainWindow>(m_settings, demo);
    // A demo signs in by itself and the code is approved at once. Without it, the SignIn tests
    // drive the flow by hand and see its polls in real time.
    if (demo && m_skipDeviceCodeWaits)
        skipDeviceCodeWaits();
    m_driver = std::make_unique<WindowDriver>(*m_window);
    connection().search().setDebounceMs(0);
}

void WindowTest::openSignedIn(const QString &admin)
{
    m_emulator->setAutoApproveAs(admin);
    openWindow(true);
    ASSERT_TRUE(m_driver->waitSignedIn()) << "the demo sign-in did not complete";
}

void WindowTest::findAndPick(const QString &query, const QString &upn)
{
    m_driver->search(query);
    ASSERT_TRUE(m_driver->waitForResults())
            << "no answer for " << query.toStdString() << "; the field holds \""
            << m_driver->find<QLineEdit>(ui::names::SearchEdit)->text().toStdString() << '"';
    ASSERT_TRUE(m_driver->pick(upn)) << upn.toStdString() << " not in "
                                     << m_driver->resultUpns().join(QLatin1Char(' ')).toStdString();
}

TenantConnection &WindowTest::connection() const
{
    return *m_window->findChild<TenantConnection *>();
}

QList<emu::EmulatedRequest> WindowTest::requests(emu::Service service, const QByteArray &method,
                                                 const QString &pathContains) const
{
    QList<emu::EmulatedRequest> matching;
    for (const auto &r : m_emulator->requestsTo(service)) {
        if (r.method == method && r.decodedPath().contains(pathContains, Qt::CaseInsensitive))
            matching.append(r);
    }
    return matching;
}

int WindowTest::graphRevokes() const
{
    return int(
            requests(emu::Service::Graph, "POST", QStringLiteral("revokeSignInSessions")).size());
}

int WindowTest::sharePointRevokes() const
{
    return int(requests(emu::Service::SharePoint, "POST", QStringLiteral("ProcessQuery")).size());
}

int WindowTest::revokingRequests() const
{
    return graphRevokes() + sharePointRevokes();
}

} // namespace rc::test
