#pragma once
// Directory roles as Graph lists them (transitiveMemberOf cast to microsoft.graph.directoryRole),
// and what is known of one person's roles: a list, or "unknown" with the reason. Unknown is never
// read as "no roles": a 403 on the roles call or an app-only sign-in leave the roles unknown, and
// the service decides. The list holds built-in roles assigned at directory scope and activated:
// custom roles, roles scoped to an administrative unit and PIM-eligible roles not activated do
// not show, so "no role that may revoke" is not proof (RevokePermission knows).

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc {

struct DirectoryRole
{
    QString displayName;
    QString roleTemplateId;

    // {"value":[{"displayName":..,"roleTemplateId":..}, ...]}; nullopt when there is no list.
    static std::optional<QList<DirectoryRole>> listFromJson(const QJsonObject &page);
};

class RoleSet final
{
public:
    RoleSet() = default; // unknown, no reason given
    static RoleSet known(QList<DirectoryRole> roles);
    static RoleSet unknown(QString why);
    // The answer of a roles call: known, or unknown with the error's message as the reason.
    static RoleSet fromResult(const Result<QList<DirectoryRole>> &roles);

    bool isKnown() const { return m_roles.has_value(); }
    QString unknownReason() const { return m_why; }
    QList<DirectoryRole> roles() const { return m_roles.value_or(QList<DirectoryRole> {}); }
    // Known and holding this role template (any case).
    bool holds(const char *roleTemplateId) const;
    // Known and holding at least one directory role: Graph lists only roles, so every entry is an
    // administrator role in the sense of Entra's "who can perform sensitive actions" table.
    bool holdsAnyRole() const { return m_roles && !m_roles->isEmpty(); }
    QStringList names() const;

private:
    std::optional<QList<DirectoryRole>> m_roles;
    QString m_why;
};

} // namespace rc
