#include "ui/ProfileList.h"

#include "auth/TokenCache.h"

namespace rc::ui {

ProfileList::ProfileList(QObject *parent)
    : QObject(parent)
{ }

void ProfileList::use(Settings *settings, SecretStore *keychain)
{
    m_settings = settings;
    m_keychain = keychain;
}

std::optional<TenantProfile> ProfileList::profile(const QString &id) const
{
    return m_settings ? m_settings->profile(id) : std::nullopt;
}

std::optional<TenantProfile> ProfileList::current() const
{
    return m_settings ? m_settings->profile(m_settings->currentProfileId()) : std::nullopt;
}

void ProfileList::makeCurrent(const QString &id)
{
    if (!m_settings)
        return;
    m_settings->setCurrentProfileId(id);
    write();
}

void ProfileList::remember(const TenantProfile &profile)
{
    if (!m_settings)
        return;
    m_settings->saveProfile(profile);
    m_settings->setCurrentProfileId(profile.id);
    write();
}

void ProfileList::remove(const TenantProfile &profile, bool open)
{
    if (!m_settings)
        return;
    if (!open)
        forgetSignIn(profile);
    m_settings->removeProfile(profile.id);
    write();
}

void ProfileList::write()
{
    QString why;
    if (!m_settings->sync(&why))
        Q_EMIT problem(ServiceError::make(ServiceError::Kind::Configuration, why));
}

void ProfileList::forgetSignIn(const TenantProfile &profile)
{
    const auto cloud = profile.endpoints();
    if (!m_keychain || !cloud)
        return;
    // The items are found by the keys the profile's own connection would use.
    auto *cache = new TokenCache(m_keychain, profile.id, cloud.value().authority(),
                                 profile.clientId, this);
    connect(cache, &TokenCache::keychainProblem, this,
            [this, name = profile.name](const ServiceError &error) {
                Q_EMIT problem(ServiceError::make(
                        ServiceError::Kind::Keychain,
                        tr("The profile %1 is removed, but the system keychain did not delete its "
                           "sign-in.")
                                .arg(name),
                        error.detail));
            });
    cache->clear(this, [cache] { cache->deleteLater(); });
}

} // namespace rc::ui
