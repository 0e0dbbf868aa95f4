// MainWindow's sign-in, sign-out and tenant profiles: which connection the window uses, and the
// sign-in that fills it.
#include "ui/MainWindow.h"

#include "directory/UserSearch.h"
#include "revocation/RevokeFlow.h"

#include "ui/ProfileList.h"
#include "ui/StatusBanner.h"
#include "ui/TenantPane.h"
#include "ui/WindowSignIn.h"

namespace rc::ui {

namespace {

bool sameSettings(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return a.tenant.id() == b.tenant.id() && a.clientId == b.clientId
            && a.cloud.toJson() == b.cloud.toJson() && a.profileId == b.profileId;
}

} // namespace

void MainWindow::useProfiles(Settings *settings, SecretStore *keychain)
{
    useSettings(settings);
    m_profiles->use(settings, keychain);
    m_tenantPane->setProfiles(settings);
    const auto current = m_profiles->current();
    if (!current || !openProfile(*current))
        m_connection->setKeychain(keychain); // the window's own tenant, kept from now on
}

void MainWindow::signIn()
{
    if (m_signIn && m_signIn->isInteractive())
        return; // one sign-in at a time
    const auto profile = m_tenantPane->profile();
    if (!profile) {
        m_banner->showError(profile.error());
        return;
    }
    if (profile.value().flow == SignInFlow::Certificate
        && profile.value().tenant == QLatin1String("organizations")) {
        m_banner->showError(ServiceError::make(
                ServiceError::Kind::InvalidInput,
                tr("Certificate (app-only) sign-in needs the tenant: type its domain, such as "
                   "contoso.onmicrosoft.com.")));
        return;
    }
    const auto settings = connectionSettingsFor(profile.value());
    if (!settings) {
        m_banner->showError(settings.error());
        return;
    }
    if (!sameSettings(settings.value(), m_settings))
        useConnection(settings.value());
    m_signIn = std::make_unique<WindowSignIn>(*m_connection, profile.value(), this);
    connect(m_signIn.get(), &WindowSignIn::dialogClosed, this,
            [this] { m_tenantPane->setSigningIn(false); });
    m_tenantPane->setSigningInSilently(false);
    m_tenantPane->setSigningIn(true);
    m_signIn->signInInteractively();
}

void MainWindow::signInSilently(const TenantProfile &profile)
{
    m_signIn = std::make_unique<WindowSignIn>(*m_connection, profile, this);
    m_tenantPane->setSigningInSilently(true);
    m_signIn->signInSilently();
}

void MainWindow::signOut()
{
    m_signIn.reset();
    m_connection->flow().setUser(std::nullopt);
    m_connection->search().setQuery(QString());
    // The tokens are forgotten at once; the keychain's items go in the background (signedOut).
    m_connection->session().signOut();
    renderSignedIn();
    m_tenantPane->setSigningInSilently(false); // renders the pane signed out
}

void MainWindow::switchProfile(const QString &id)
{
    if (m_signIn && m_signIn->isInteractive())
        return;
    const auto profile = m_profiles->profile(id);
    if (!profile) {
        m_tenantPane->refreshProfiles();
        m_banner->showError(
                ServiceError::make(ServiceError::Kind::Configuration,
                                   tr("The profile %1 is no longer in the settings.").arg(id)));
        return;
    }
    if (profile->id == m_settings.profileId && m_connection->session().isSignedIn())
        return;
    openProfile(*profile);
}

bool MainWindow::openProfile(const TenantProfile &profile)
{
    const auto settings = connectionSettingsFor(profile);
    if (!settings) {
        m_banner->showError(settings.error());
        return false;
    }
    m_tenantPane->showProfile(profile);
    m_profiles->makeCurrent(profile.id);
    // The profile left behind stays signed in in the keychain, for when it is chosen again.
    useConnection(settings.value());
    signInSilently(profile);
    return true;
}

void MainWindow::rememberProfile(const QString &account)
{
    if (!m_signIn)
        return;
    TenantProfile profile = m_signIn->profile();
    profile.lastAccount = account;
    m_profiles->remember(profile);
    m_tenantPane->refreshProfiles();
    m_tenantPane->showProfile(profile);
}

void MainWindow::removeProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    const bool open = profile->id == m_settings.profileId;
    if (open)
        signOut(); // forgets this run's tokens and the keychain's items
    m_profiles->remove(*profile, open);
    m_tenantPane->refreshProfiles();
    m_banner->showText(StatusMessage::Severity::Info,
                       m_profiles->keychain()
                               ? tr("Removed the profile %1 and deleted its sign-in from the "
                                    "system keychain.")
                                         .arg(profile->name)
                               : tr("Removed the profile %1.").arg(profile->name));
}

} // namespace rc::ui
