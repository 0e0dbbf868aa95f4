#include "emulator/GraphMemberships.h"

#include "emulator/OperatorRoles.h"

#include <QJsonArray>

namespace rc::emu {

GraphMemberships::GraphMemberships(EmulatorState &state, const GraphUsers &users)
    : m_state(state)
    , m_users(users)
{ }

HttpAnswer GraphMemberships::directoryRoles(const GraphCall &call, const QString &key)
{
    static const QStringList roleProperties {
            QStringLiteral("id"), QStringLiteral("deletedDateTime"), QStringLiteral("description"),
            QStringLiteral("displayName"), QStringLiteral("roleTemplateId")};
    // "List a user's memberships (direct and transitive)" and "List a user's direct
    // memberships", Request headers: ConsistencyLevel: eventual "and $count are required when
    // using the $search, $filter, $orderby, or OData cast query parameters". The wording follows
    // the error Graph documents for the same case ("Advanced query capabilities on Microsoft
    // Entra ID objects", Error handling).
    const bool eventual = call.request.header("consistencylevel").trimmed().toLower() == "eventual";
    const bool count = call.request.queryValue(QStringLiteral("$count"))
                               .compare(QStringLiteral("true"), Qt::CaseInsensitive)
            == 0;
    if (!eventual || !count)
        return call.error(400, QStringLiteral("Request_UnsupportedQuery"),
                          QStringLiteral("OData cast 'microsoft.graph.directoryRole' is not "
                                         "supported because the required parameters might be "
                                         "missing. Try adding $count=true query parameter and "
                                         "ConsistencyLevel:eventual header. Refer to "
                                         "https://aka.ms/graph-docs/advanced-queries for more "
                                         "information"));
    QStringList select;
    HttpAnswer error;
    if (!m_users.readSelect(call, roleProperties, &select, &error))
        return error;
    const DemoUser *user = m_state.tenant.find(key);
    // The same pages, Permissions: User.Read for the signed-in user, User.Read.All (or group or
    // directory reads) for anyone else.
    const PermissionCheck::Call read = GraphUsers::isSignedInUser(call, user)
            ? PermissionCheck::Call::ReadOwnMemberships
            : PermissionCheck::Call::ReadUserMemberships;
    if (!PermissionCheck::allows(*call.token, read))
        return GraphUsers::denied(call);
    if (!user)
        return m_users.notFound(call, key);
    QJsonArray value;
    for (const QString &templateId : user->roleTemplateIds) {
        const QJsonObject full {
                {QStringLiteral("id"), m_state.tenant.directoryRoleId(templateId)},
                {QStringLiteral("deletedDateTime"), QJsonValue::Null},
                {QStringLiteral("description"), OperatorRoles::description(templateId)},
                {QStringLiteral("displayName"), OperatorRoles::displayName(templateId)},
                {QStringLiteral("roleTemplateId"), templateId}};
        QJsonObject role {
                {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.directoryRole")}};
        for (const QString &name : select.isEmpty() ? roleProperties : select)
            role.insert(name, full.value(name));
        value.append(role);
    }
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                call.contextUrl(QStringLiteral("directoryRoles"), select));
    body.insert(QStringLiteral("@odata.count"), static_cast<int>(value.size()));
    body.insert(QStringLiteral("value"), value);
    return call.json(200, body);
}

} // namespace rc::emu
