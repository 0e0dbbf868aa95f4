#pragma once
// The one place the app reads and writes QSettings: tenant profiles and which one is current, and
// the preferences of the Settings dialog.
// Nothing secret is ever stored here (tokens and passphrases live in the OS keychain); still, the
// file names tenants and accounts, so only its owner may read it (0600, in a 0700 folder).

#include "profile/TenantProfile.h"

#include <QList>
#include <QSettings>

#include <memory>

namespace rc {

class Settings final
{
public:
    Settings(); // the platform's settings file for this application
    explicit Settings(const QString &iniFile); // an INI file of the caller's choosing (tests)

    QList<TenantProfile> profiles() const; // sorted by name
    std::optional<TenantProfile> profile(const QString &id) const;
    void saveProfile(const TenantProfile &profile);
    void removeProfile(const QString &id);

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    // The user interface's language: empty follows the system (LANGUAGE, LANG), else "en", "de" or
    // "fr".
    QString language() const;
    void setLanguage(const QString &code);

    // The channel a new window's revoke panel starts on: "entra" (the default) or "sharepoint".
    QString defaultChannel() const;
    void setDefaultChannel(const QString &channel);
    // The window's colours: empty follows the platform (and its high-contrast setting), else
    // "light", "dark" or "high-contrast".
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    // After a verified revocation in the window, read the sign-in log since then (default on).
    bool checkSignInsAfterRevocation() const;
    void setCheckSignInsAfterRevocation(bool check);

    QString fileName() const { return m_settings->fileName(); }
    // Flushes to disk; false (and a reason) if the settings file cannot be written.
    bool sync(QString *problem = nullptr);

private:
    static QString groupFor(const QString &id);
    void setOrRemove(const QString &key, const QString &value);
    void keepPrivate(); // the file 0600 in a 0700 folder, tightened when looser

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rc
