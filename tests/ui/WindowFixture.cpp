#include "WindowFixture.h"

#include "cli/DemoLaunch.h"
#include "directory/UserSearch.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QFile>
#include <QLineEdit>

namespace rc::test {

void WindowTest::SetUp()
{
    m_emulator = std::make_unique<emu::TenantEmulator>(m_clock);
    const auto settings = cli::launchDemo(*m_emulator);
    ASSERT_TRUE(settings.ok()) << settings.error().message.toStdString();
    m_settings = settings.value();
    m_settings.clock = &m_clock;
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
}

void WindowTest::openWithProfiles(SecretStore *keychain)
{
    m_window = std::make_unique<ui::MainWindow>(m_settings, false);
    m_window->useProfiles(&profiles(), keychain);
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
    m_window = std::make_unique<ui::MainWindow>(m_settings, demo); // a demo signs in by itself
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
