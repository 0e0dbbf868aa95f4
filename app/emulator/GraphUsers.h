#pragma once
// Graph's user resources: GET /users (list, $search, $filter, $select, $top, $count, paging),
// GET /users/{id|upn} and /users('{upn}'), /me, the caller's directory roles, and
// POST .../revokeSignInSessions with the role check and the signInSessionsValidFromDateTime move.

#include "emulator/GraphCall.h"

#include <QJsonObject>

namespace rc::emu {

class GraphUsers final
{
public:
    explicit GraphUsers(EmulatorState &state);

    HttpAnswer list(const GraphCall &call);
    HttpAnswer get(const GraphCall &call, const QString &key);
    HttpAnswer directoryRoles(const GraphCall &call, const DemoUser &user);
    HttpAnswer revokeSignInSessions(const GraphCall &call, const QString &key);
    HttpAnswer notFound(const GraphCall &call, const QString &key) const;

    // A user as Graph serializes it: only `select` (canonical names) when given, else Graph's
    // default property set.
    static QJsonObject toJson(const DemoUser &user, const QStringList &select);
    static const QStringList &userProperties();

private:
    // Parses $select into *select; answers the 400 itself when a name is unknown.
    bool readSelect(const GraphCall &call, const QStringList &known, QStringList *select,
                    HttpAnswer *error) const;
    QString nextLink(const GraphCall &call, int offset) const;

    EmulatorState &m_state;
};

} // namespace rc::emu
