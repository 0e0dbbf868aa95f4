#include "emulator/PermissionCheck.h"

namespace rc::emu {

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QLatin1String(name));
    return result;
}

struct Table
{
    QStringList delegated;
    QStringList application;
};

Table tableOf(PermissionCheck::Call call)
{
    using Call = PermissionCheck::Call;
    switch (call) {
    case Call::ReadSignedInUser:
        // "Get user": User.Read; higher User.ReadWrite, User.ReadBasic.All, User.Read.All,
        // User.ReadWrite.All, Directory.Read.All, Directory.ReadWrite.All (/me is delegated only).
        return {names({"User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All",
                       "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"}),
                names({"User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All"})};
    case Call::ReadUser:
        // "Get user" on another user: User.Read reaches the signed-in user only; User.ReadBasic.All
        // reads the basic profile of others.
    case Call::ListUsers:
        // "List users": User.ReadBasic.All, User.Read.All, User.ReadWrite.All, Directory.Read.All,
        // Directory.ReadWrite.All; application User.Read.All, User.ReadWrite.All,
        // Directory.Read.All, Directory.ReadWrite.All.
        return {names({"User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All",
                       "Directory.Read.All", "Directory.ReadWrite.All"}),
                names({"User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All"})};
    case Call::ReadOwnMemberships:
        // "List a user's memberships (direct and transitive)": User.Read; higher
        // Directory.Read.All, Directory.ReadWrite.All, Group.Read.All, GroupMember.Read.All,
        // User.Read.All.
        return {names({"User.Read", "User.Read.All", "GroupMember.Read.All", "Group.Read.All",
                       "Directory.Read.All", "Directory.ReadWrite.All"}),
                {}};
    case Call::ReadUserMemberships:
        // The same page; User.Read covers the signed-in user only. Application: User.Read.All;
        // higher Directory.Read.All, Directory.ReadWrite.All, Group.Read.All,
        // GroupMember.Read.All.
        return {names({"User.Read.All", "GroupMember.Read.All", "Group.Read.All",
                       "Directory.Read.All", "Directory.ReadWrite.All"}),
                names({"User.Read.All", "GroupMember.Read.All", "Group.Read.All",
                       "Directory.Read.All", "Directory.ReadWrite.All"})};
    case Call::RevokeSessions:
        // "user: revokeSignInSessions": delegated User.RevokeSessions.All; higher
        // Directory.ReadWrite.All, User.ReadWrite.All. Application: User.RevokeSessions.All, and
        // the page lists no higher one ("Not available").
        return {names({"User.RevokeSessions.All", "User.ReadWrite.All", "Directory.ReadWrite.All"}),
                names({"User.RevokeSessions.All"})};
    case Call::ReadSignInActivity:
        // "user resource type", signInActivity: "Details for this property require a Microsoft
        // Entra ID P1 or P2 license and the AuditLog.Read.All permission."
        return {names({"AuditLog.Read.All"}), names({"AuditLog.Read.All"})};
    case Call::EnableDisableUser:
        // "Update user", accountEnabled: User.EnableDisableAccount.All (least, with User.Read.All
        // to read the user); higher User.ReadWrite.All, Directory.ReadWrite.All. The delegated
        // Directory.AccessAsUser.All acts with the signed-in user's own directory rights
        // ("Microsoft Graph permissions reference"), so the role check decides.
        return {names({"User.EnableDisableAccount.All", "User.ReadWrite.All",
                       "Directory.ReadWrite.All", "Directory.AccessAsUser.All"}),
                names({"User.EnableDisableAccount.All", "User.ReadWrite.All",
                       "Directory.ReadWrite.All"})};
    case Call::ReadOwnDevices:
        // "List registeredDevices": User.Read; higher Directory.Read.All, Directory.ReadWrite.All,
        // User.Read.All, User.ReadWrite.All. Application: "Not supported."
        return {names({"User.Read", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All"}),
                {}};
    case Call::ReadUserDevices:
        // The same page; User.Read reaches the signed-in user only.
        return {names({"User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All"}),
                {}};
    case Call::ReadDeviceProperties:
        // "List registeredDevices", Important: without permission to read devices, each member
        // comes back with its @odata.type and id only ("Limited information returned for
        // inaccessible member objects").
    case Call::ReadDevice:
        // "Get device": Device.Read.All; higher Directory.Read.All, Directory.ReadWrite.All
        // (Device.ReadWrite.All for apps). Directory.AccessAsUser.All: the user's own rights.
        return {names({"Device.Read.All", "Device.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All", "Directory.AccessAsUser.All"}),
                names({"Device.Read.All", "Device.ReadWrite.All", "Directory.Read.All",
                       "Directory.ReadWrite.All"})};
    case Call::UpdateDevice:
        // "Update device": delegated Directory.AccessAsUser.All ("Not available" higher);
        // application Device.ReadWrite.All, higher Directory.ReadWrite.All.
        return {names({"Directory.AccessAsUser.All"}),
                names({"Device.ReadWrite.All", "Directory.ReadWrite.All"})};
    case Call::ListSignIns:
        // "List signIns": AuditLog.Read.All; higher Directory.Read.All. Delegated and application.
        return {names({"AuditLog.Read.All", "Directory.Read.All"}),
                names({"AuditLog.Read.All", "Directory.Read.All"})};
    }
    return {};
}

} // namespace

bool PermissionCheck::holdsAny(const AccessGrant &token, const QStringList &permissions)
{
    for (const QString &permission : permissions) {
        if (token.scopes.contains(permission, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PermissionCheck::allows(const AccessGrant &token, Call call)
{
    const Table table = tableOf(call);
    return holdsAny(token, token.isAppOnly() ? table.application : table.delegated);
}

bool PermissionCheck::basicProfileOnly(const AccessGrant &token)
{
    // "Permissions reference", User.ReadBasic.All: "read a basic set of profile properties of
    // other users ... display name, first and last name, email address, open extensions and
    // photo".
    return !token.isAppOnly()
            && token.scopes.contains(QStringLiteral("User.ReadBasic.All"), Qt::CaseInsensitive)
            && !holdsAny(token,
                         names({"User.Read.All", "User.ReadWrite.All", "Directory.Read.All",
                                "Directory.ReadWrite.All"}));
}

} // namespace rc::emu
