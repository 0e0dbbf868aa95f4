#include "directory/User.h"

namespace rc {

bool User::isGuest() const
{
    return userType.compare(QLatin1String("Guest"), Qt::CaseInsensitive) == 0
            || isGuestUpn(userPrincipalName);
}

User User::fromJson(const QJsonObject &o)
{
    auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    auto time = [&o](const char *key) {
        QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
        return t.isValid() ? t.toUTC() : QDateTime();
    };
    User u;
    u.id = text("id");
    u.displayName = text("displayName");
    u.userPrincipalName = text("userPrincipalName");
    u.mail = text("mail");
    u.userType = text("userType");
    if (o.value(QLatin1String("accountEnabled")).isBool())
        u.accountEnabled = o.value(QLatin1String("accountEnabled")).toBool();
    if (o.value(QLatin1String("onPremisesSyncEnabled")).isBool())
        u.onPremisesSyncEnabled = o.value(QLatin1String("onPremisesSyncEnabled")).toBool();
    u.jobTitle = text("jobTitle");
    u.department = text("department");
    u.createdDateTime = time("createdDateTime");
    u.signInSessionsValidFrom = time("signInSessionsValidFromDateTime");
    return u;
}

QString User::selectFields()
{
    return QStringLiteral("id,displayName,userPrincipalName,mail,userType,accountEnabled,jobTitle,"
                          "department,createdDateTime,signInSessionsValidFromDateTime,"
                          "onPremisesSyncEnabled");
}

} // namespace rc
