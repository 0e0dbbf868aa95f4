#include "directory/DirectoryRole.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rc {

std::optional<QList<DirectoryRole>> DirectoryRole::listFromJson(const QJsonObject &page)
{
    const QJsonValue value = page.value(QLatin1String("value"));
    if (!value.isArray())
        return std::nullopt;
    QList<DirectoryRole> roles;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject r = v.toObject();
        roles.append({r.value(QLatin1String("displayName")).toString(),
                      r.value(QLatin1String("roleTemplateId")).toString()});
    }
    return roles;
}

RoleSet RoleSet::known(QList<DirectoryRole> roles)
{
    RoleSet set;
    set.m_roles = std::move(roles);
    return set;
}

RoleSet RoleSet::unknown(QString why)
{
    RoleSet set;
    set.m_why = std::move(why);
    return set;
}

RoleSet RoleSet::fromResult(const Result<QList<DirectoryRole>> &roles)
{
    if (roles)
        return known(roles.value());
    return unknown(QCoreApplication::translate("rc::RoleSet", "they could not be read: %1")
                           .arg(roles.error().message));
}

bool RoleSet::holds(const char *roleTemplateId) const
{
    if (!m_roles)
        return false;
    for (const DirectoryRole &role : *m_roles) {
        if (role.roleTemplateId.compare(QLatin1String(roleTemplateId), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList RoleSet::names() const
{
    QStringList names;
    for (const DirectoryRole &role : roles())
        names << role.displayName;
    return names;
}

} // namespace rc
