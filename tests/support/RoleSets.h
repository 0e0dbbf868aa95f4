#pragma once
// Directory role sets for the role-model tests: a known set holding these built-in roles, named as
// the admin centers name them.

#include "directory/DirectoryRole.h"
#include "revocation/RevokePermission.h"

#include <initializer_list>

namespace rc::test {

inline RoleSet holding(std::initializer_list<const char *> templates)
{
    QList<DirectoryRole> roles;
    for (const char *id : templates)
        roles.append({RevokePermission::roleName(QLatin1String(id)), QString::fromLatin1(id)});
    return RoleSet::known(roles);
}

// A user holding no directory role.
inline RoleSet noRole()
{
    return RoleSet::known({});
}

} // namespace rc::test
