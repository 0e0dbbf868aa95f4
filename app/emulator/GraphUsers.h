#pragma once
// Graph's user resources: GET /users (list, $search, $filter, $select, $top, $count, paging),
// GET /users/{id|upn} and /users('{upn}'), /me, and POST .../revokeSignInSessions with the
// token's permissions (PermissionCheck), the operator's roles (OperatorRoles) and the
// signInSessionsValidFromDateTime move. Directory roles: GraphMemberships.

#include "emulator/GraphCall.h"
#include "emulator/PermissionCheck.h"

#include <QJsonObject>

namespace rc::emu {

class GraphUsers final
{
public:
    explicit GraphUsers(EmulatorState &state);

    HttpAnswer list(const GraphCall &call);
    HttpAnswer get(const GraphCall &call, const QString &key);
    HttpAnswer revokeSignInSessions(const GraphCall &call, const QString &key);
    HttpAnswer notFound(const GraphCall &call, const QString &key) const;
    // 403 Authorization_RequestDenied, as Graph words it for a missing permission or role.
    static HttpAnswer denied(const GraphCall &call);
    // Whether `user` is the token's own signed-in user (never true for app-only tokens).
    static bool isSignedInUser(const GraphCall &call, const DemoUser *user);

    // Parses $select into *select; answers the 400 itself when a name is unknown.
    // typeName: "device" etc. for the message; empty: user or directoryRole, by `known`.
    bool readSelect(const GraphCall &call, const QStringList &known, QStringList *select,
                    HttpAnswer *error, const QString &typeName = QString()) const;
    // $top (1..maxTop, default defaultTop) and $skiptoken of a paged collection; answers the 400
    // itself.
    static bool readPaging(const GraphCall &call, int *top, int *offset, HttpAnswer *error,
                           int defaultTop = 100, int maxTop = 999);
    // The @odata.nextLink of a page: this request with $skiptoken for `offset`.
    QString nextLink(const GraphCall &call, int offset) const;

    // A user as Graph serializes it: only `select` (canonical names) when given, else Graph's
    // default property set.
    // basicOnly: a User.ReadBasic.All reader, who gets null for all but the basic profile.
    static QJsonObject toJson(const DemoUser &user, const QStringList &select,
                              bool basicOnly = false);
    static const QStringList &userProperties();

private:
    // The read checks of GET /users and /users/{id}: permissions, then signInActivity's licence.
    bool mayRead(const GraphCall &call, PermissionCheck::Call read, const QStringList &select,
                 HttpAnswer *error) const;

    EmulatorState &m_state;
};

} // namespace rc::emu
