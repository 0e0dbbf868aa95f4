#include "ui/ProfileList.h"

#include "auth/SecretStore.h"
#include "auth/TokenCache.h"

#include <memory>
#include <utility>

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
    // The items are found by the keys the profile's own connection would use, and removed
    // straight through the keychain: no helper object whose lifetime hangs on its answers, and
    // no answer once this list is gone (it is the calls' context).
    const TokenCache::ItemKeys keys
            = TokenCache::itemKeys(profile.id, cloud.value().authority(), profile.clientId);
    auto told = std::make_shared<bool>(false); // one message for the two items
    for (const QString &key : {keys.refreshToken, keys.passphrase}) {
        m_keychain->remove(key, this, [this, told, name = profile.name](Result<Done> removed) {
            if (removed || std::exchange(*told, true))
                return;
            Q_EMIT problem(ServiceError::make(
                    ServiceError::Kind::Keychain,
                    tr("The profile %1 is removed, but the system keychain did not delete its "
                       "sign-in.")
                            .arg(name),
                    removed.error().detail));
        });
    }
}

} // namespace rc::ui
