#include "profile/Settings.h"

#include "core/Logging.h"
#include "core/PrivateFile.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace rc {

namespace {
const QString ProfilesGroup = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("currentProfile");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ChannelKey = QStringLiteral("ui/defaultChannel");
const QString SchemeKey = QStringLiteral("ui/colorScheme");
const QString SignInCheckKey = QStringLiteral("ui/checkSignInsAfterRevocation");

// A hand-edited value outside the choices reads as the default.
QString oneOf(const QString &value, const QStringList &choices)
{
    return choices.contains(value) ? value : QString();
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    keepPrivate();
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    keepPrivate();
}

void Settings::keepPrivate()
{
    // The file exists, 0600, before QSettings first writes it: its writes (a QSaveFile) keep the
    // mode of the file they replace. A folder or file that cannot be made private still works.
    const QString file = m_settings->fileName();
    auto made = ensurePrivateDir(QFileInfo(file).absolutePath());
    if (made)
        made = ensurePrivateFile(file);
    if (!made)
        qCWarning(lcFiles).noquote() << made.error().message;
}

QString Settings::groupFor(const QString &id)
{
    // Keep a hand-typed id one key segment: a slash would open a nested group.
    return ProfilesGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id, "@"));
}

QList<TenantProfile> Settings::profiles() const
{
    QList<TenantProfile> result;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        if (auto p = profile(QUrl::fromPercentEncoding(group.toLatin1())))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const TenantProfile &a, const TenantProfile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<TenantProfile> Settings::profile(const QString &id) const
{
    m_settings->beginGroup(groupFor(id));
    const QJsonObject stored {
            {QStringLiteral("revokeConsoleProfile"), 1},
            {QStringLiteral("name"), m_settings->value(QStringLiteral("name")).toString()},
            {QStringLiteral("tenant"), m_settings->value(QStringLiteral("tenant")).toString()},
            {QStringLiteral("cloud"), m_settings->value(QStringLiteral("cloud")).toString()},
            {QStringLiteral("cloudConfig"),
             QJsonObject {{QStringLiteral("authority"),
                           m_settings->value(QStringLiteral("authority")).toString()},
                          {QStringLiteral("graph"),
                           m_settings->value(QStringLiteral("graph")).toString()},
                          {QStringLiteral("sharepointAdmin"),
                           m_settings->value(QStringLiteral("sharepointAdmin")).toString()}}},
            {QStringLiteral("clientId"), m_settings->value(QStringLiteral("clientId")).toString()},
            {QStringLiteral("signIn"), m_settings->value(QStringLiteral("signIn")).toString()},
            {QStringLiteral("certificate"),
             m_settings->value(QStringLiteral("certificate")).toString()}};
    const QString lastAccount = m_settings->value(QStringLiteral("lastAccount")).toString();
    m_settings->endGroup();
    if (stored.value(QLatin1String("tenant")).toString().isEmpty())
        return std::nullopt;
    // The same checks as an imported file: a hand-edited settings file cannot smuggle in a
    // plain-http cloud or a malformed tenant.
    auto parsed = TenantProfile::fromJson(stored);
    if (!parsed)
        return std::nullopt;
    parsed.value().lastAccount = lastAccount;
    return parsed.value();
}

void Settings::saveProfile(const TenantProfile &profile)
{
    m_settings->remove(groupFor(profile.id));
    m_settings->beginGroup(groupFor(profile.id));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("tenant"), profile.tenant);
    m_settings->setValue(QStringLiteral("cloud"), profile.cloud);
    if (profile.cloud == QLatin1String("custom")) {
        for (const char *key : {"authority", "graph", "sharepointAdmin"})
            m_settings->setValue(QLatin1String(key),
                                 profile.customCloud.value(QLatin1String(key)).toString());
    }
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(QStringLiteral("signIn"), flowName(profile.flow));
    if (!profile.certificatePath.isEmpty())
        m_settings->setValue(QStringLiteral("certificate"), profile.certificatePath);
    if (!profile.lastAccount.isEmpty())
        m_settings->setValue(QStringLiteral("lastAccount"), profile.lastAccount);
    m_settings->endGroup();
}

void Settings::removeProfile(const QString &id)
{
    m_settings->remove(groupFor(id));
    if (currentProfileId() == id)
        m_settings->remove(CurrentKey);
}

QString Settings::currentProfileId() const
{
    return m_settings->value(CurrentKey).toString();
}

void Settings::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(CurrentKey, id);
}

QString Settings::language() const
{
    return oneOf(m_settings->value(LanguageKey).toString(), Translations::shipped());
}

void Settings::setLanguage(const QString &code)
{
    setOrRemove(LanguageKey, code);
}

QString Settings::defaultChannel() const
{
    return m_settings->value(ChannelKey).toString() == QLatin1String("sharepoint")
            ? QStringLiteral("sharepoint")
            : QStringLiteral("entra");
}

void Settings::setDefaultChannel(const QString &channel)
{
    m_settings->setValue(ChannelKey, channel);
}

QString Settings::colorScheme() const
{
    return oneOf(
            m_settings->value(SchemeKey).toString(),
            {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")});
}

void Settings::setColorScheme(const QString &scheme)
{
    setOrRemove(SchemeKey, scheme);
}

void Settings::setOrRemove(const QString &key, const QString &value)
{
    // Empty is "follow the system": no key at all, so a later default applies too.
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

bool Settings::checkSignInsAfterRevocation() const
{
    return m_settings->value(SignInCheckKey, true).toBool();
}

void Settings::setCheckSignInsAfterRevocation(bool check)
{
    m_settings->setValue(SignInCheckKey, check);
}

bool Settings::sync(QString *problem)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (problem)
        *problem = QCoreApplication::translate("rc::Settings",
                                               "The settings file %1 cannot be "
                                               "written.")
                           .arg(m_settings->fileName());
    return false;
}

} // namespace rc
