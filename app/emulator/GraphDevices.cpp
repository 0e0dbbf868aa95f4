#include "emulator/GraphDevices.h"

#include "emulator/GraphAccountEnabledBody.h"
#include "emulator/OperatorRoles.h"

#include <QJsonArray>

namespace rc::emu {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QString DeviceType = QStringLiteral("#microsoft.graph.device");

} // namespace

GraphDevices::GraphDevices(EmulatorState &state, const GraphUsers &users)
    : m_state(state)
    , m_users(users)
{ }

const QStringList &GraphDevices::deviceProperties()
{
    // "device resource type": the properties the emulator keeps.
    static const QStringList names {QStringLiteral("id"),
                                    QStringLiteral("deviceId"),
                                    QStringLiteral("displayName"),
                                    QStringLiteral("operatingSystem"),
                                    QStringLiteral("operatingSystemVersion"),
                                    QStringLiteral("trustType"),
                                    QStringLiteral("accountEnabled")};
    return names;
}

QJsonObject GraphDevices::toJson(const DemoDevice &device, const QStringList &select, bool limited)
{
    QJsonObject json;
    for (const QString &name : select.isEmpty() ? deviceProperties() : select) {
        QJsonValue value;
        if (name == QStringLiteral("id"))
            value = device.id;
        else if (name == QStringLiteral("deviceId"))
            value = device.deviceId;
        else if (name == QStringLiteral("displayName"))
            value = device.displayName;
        else if (name == QStringLiteral("operatingSystem"))
            value = orNull(device.operatingSystem);
        else if (name == QStringLiteral("operatingSystemVersion"))
            value = orNull(device.operatingSystemVersion);
        else if (name == QStringLiteral("trustType"))
            value = orNull(device.trustType);
        else if (name == QStringLiteral("accountEnabled"))
            value = device.accountEnabled;
        json.insert(name, limited && name != QStringLiteral("id") ? QJsonValue() : value);
    }
    return json;
}

HttpAnswer GraphDevices::notFound(const GraphCall &call, const QString &key) const
{
    return m_users.notFound(call, key);
}

HttpAnswer GraphDevices::registeredDevices(const GraphCall &call, const QString &userKey)
{
    int top = 100;
    int offset = 0;
    QStringList select;
    HttpAnswer error;
    if (!GraphUsers::readPaging(call, &top, &offset, &error)
        || !m_users.readSelect(call, deviceProperties(), &select, &error, QStringLiteral("device")))
        return error;
    const DemoUser *user = m_state.tenant.find(userKey);
    const PermissionCheck::Call read = GraphUsers::isSignedInUser(call, user)
            ? PermissionCheck::Call::ReadOwnDevices
            : PermissionCheck::Call::ReadUserDevices;
    if (!PermissionCheck::allows(*call.token, read))
        return GraphUsers::denied(call);
    if (!user)
        return m_users.notFound(call, userKey);
    const bool limited
            = !PermissionCheck::allows(*call.token, PermissionCheck::Call::ReadDeviceProperties);
    const QList<const DemoDevice *> devices = m_state.tenant.devices().devicesOf(user->id);
    QJsonArray value;
    for (qsizetype i = offset; i < devices.size() && i < offset + top; ++i) {
        // "List registeredDevices": a directoryObject collection; each member names its type.
        QJsonObject item {{QStringLiteral("@odata.type"), DeviceType}};
        const QJsonObject properties = toJson(*devices.at(i), select, limited);
        for (auto it = properties.begin(); it != properties.end(); ++it)
            item.insert(it.key(), it.value());
        value.append(item);
    }
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                call.contextUrl(QStringLiteral("directoryObjects"), select));
    if (offset + top < devices.size())
        body.insert(QStringLiteral("@odata.nextLink"), m_users.nextLink(call, offset + top));
    body.insert(QStringLiteral("value"), value);
    return call.json(200, body);
}

HttpAnswer GraphDevices::get(const GraphCall &call, const QString &key)
{
    QStringList select;
    HttpAnswer error;
    if (!m_users.readSelect(call, deviceProperties(), &select, &error, QStringLiteral("device")))
        return error;
    if (!PermissionCheck::allows(*call.token, PermissionCheck::Call::ReadDevice))
        return GraphUsers::denied(call);
    const DemoDevice *device = m_state.tenant.devices().find(key);
    if (!device)
        return notFound(call, key);
    QJsonObject body = toJson(*device, select);
    body.insert(QStringLiteral("@odata.context"),
                QString(call.contextUrl(QStringLiteral("devices"), select)
                        + QStringLiteral("/$entity")));
    return call.json(200, body);
}

HttpAnswer GraphDevices::setAccountEnabled(const GraphCall &call, const QString &key)
{
    bool enabled = true;
    HttpAnswer error;
    if (!GraphAccountEnabledBody::read(call, QStringLiteral("device"), deviceProperties(), &enabled,
                                       &error))
        return error;
    if (!PermissionCheck::allows(*call.token, PermissionCheck::Call::UpdateDevice))
        return GraphUsers::denied(call);
    DemoDevice *device = m_state.tenant.devices().find(key);
    if (!device)
        return notFound(call, key);
    if (call.token->isAppOnly()) {
        // "Update device": "In application-only scenarios and for non-Windows devices ... the app
        // can update only the extensionAttributes property."
        if (device->operatingSystem.compare(QStringLiteral("Windows"), Qt::CaseInsensitive) != 0)
            return GraphUsers::denied(call);
    } else {
        const DemoUser *caller = m_state.tenant.find(call.token->userId);
        if (!caller || !OperatorRoles::mayEnableDisableDevice(*caller))
            return GraphUsers::denied(call);
    }
    device->accountEnabled = enabled;
    // "Update device", Response: 204 No Content.
    HttpAnswer answer;
    answer.status = 204;
    call.addHeaders(answer);
    return answer;
}

} // namespace rc::emu
