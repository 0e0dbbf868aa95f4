#pragma once
// The window's tenant profiles: the Settings that list them and the OS keychain that keeps their
// sign-ins. Without settings (the demo window) there are none and every call does nothing. A
// profile signed in to is remembered and becomes the current one (the one the next window opens
// on); removing a profile also deletes its keychain items (answers to this object: none arrives
// once it is gone). Settings and keychain must outlive it.

#include "profile/Settings.h"

#include <QObject>

namespace rc {
class SecretStore;
}

namespace rc::ui {

class ProfileList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileList)
public:
    explicit ProfileList(QObject *parent = nullptr);

    // keychain may be null: sign-ins are kept for the run only.
    void use(Settings *settings, SecretStore *keychain);
    Settings *settings() const { return m_settings; }
    SecretStore *keychain() const { return m_keychain; }

    std::optional<TenantProfile> profile(const QString &id) const;
    std::optional<TenantProfile> current() const;
    void makeCurrent(const QString &id);
    // Saves the profile (with who signed in) and makes it current.
    void remember(const TenantProfile &profile);
    // Forgets the profile. Its keychain items are deleted here unless it is open (then signing
    // its session out deletes them, and forgets this run's tokens too).
    void remove(const TenantProfile &profile, bool open);

Q_SIGNALS:
    void problem(const rc::ServiceError &error); // the settings file or the keychain failed

private:
    void write();
    void forgetSignIn(const TenantProfile &profile);

    Settings *m_settings = nullptr;
    SecretStore *m_keychain = nullptr;
};

} // namespace rc::ui
