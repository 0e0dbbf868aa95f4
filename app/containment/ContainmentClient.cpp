#include "containment/ContainmentClient.h"

#include "directory/GraphJsonCall.h"
#include "directory/GraphQuery.h"
#include "net/ResponseError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc {

namespace {

QByteArray select(const QString &fields)
{
    return "$select=" + graph::encode(fields);
}

} // namespace

ContainmentClient::ContainmentClient(ServiceCaller &caller, QUrl graphBase)
    : m_caller(caller)
    , m_base(std::move(graphBase))
{ }

QUrl ContainmentClient::url(const QByteArray &path, const QByteArray &query) const
{
    return graph::v1Url(m_base, path, query);
}

Call ContainmentClient::patchEnabled(const QByteArray &path, bool enabled, QObject *context,
                                     std::function<void(Result<Done>)> onDone)
{
    HttpRequest request;
    request.method = "PATCH";
    request.url = url(path);
    request.setHeader("Content-Type", "application/json");
    request.body = QJsonDocument(QJsonObject {{QStringLiteral("accountEnabled"), enabled}})
                           .toJson(QJsonDocument::Compact);
    return graph::sendJson(
            m_caller, Resource::GraphContainment, std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &) {
                if (!o)
                    onDone(o.error());
                else
                    onDone(Done {});
            });
}

Call ContainmentClient::setUserEnabled(const QString &userId, bool enabled, QObject *context,
                                       std::function<void(Result<Done>)> onDone)
{
    return patchEnabled("/users/" + graph::encode(userId), enabled, context, std::move(onDone));
}

Call ContainmentClient::userEnabled(const QString &userId, QObject *context,
                                    std::function<void(Result<std::optional<bool>>)> onDone)
{
    HttpRequest request;
    request.url
            = url("/users/" + graph::encode(userId), select(QStringLiteral("id,accountEnabled")));
    return graph::sendJson(
            m_caller, Resource::GraphContainment, std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                const QJsonValue enabled = o.value().value(QLatin1String("accountEnabled"));
                if (!enabled.isBool() && !enabled.isNull()) {
                    onDone(unreadableResponse(response, QStringLiteral("no accountEnabled")));
                    return;
                }
                onDone(enabled.isBool() ? std::optional<bool>(enabled.toBool()) : std::nullopt);
            });
}

Call ContainmentClient::registeredDevices(const QString &userId, QObject *context,
                                          std::function<void(Result<QList<Device>>)> onDone)
{
    return devicePage(url("/users/" + graph::encode(userId) + "/registeredDevices",
                          select(Device::selectFields())),
                      {}, context, std::move(onDone));
}

Call ContainmentClient::devicePage(const QUrl &pageUrl, QList<Device> sofar, QObject *context,
                                   std::function<void(Result<QList<Device>>)> onDone)
{
    Call whole;
    HttpRequest request;
    request.url = pageUrl; // a nextLink verbatim; HttpClient refuses it if it leaves the host
    whole.follow(graph::sendJson(
            m_caller, Resource::GraphContainment, std::move(request), context,
            [this, whole, sofar = std::move(sofar), context, onDone = std::move(onDone)](
                    Result<QJsonObject> o, const HttpResponse &response) mutable {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                const QJsonValue value = o.value().value(QLatin1String("value"));
                if (!value.isArray()) {
                    onDone(unreadableResponse(response, QStringLiteral("no device list")));
                    return;
                }
                // registeredDevices holds directory objects: only devices are disabled here.
                for (const QJsonValue &v : value.toArray()) {
                    const QJsonObject item = v.toObject();
                    const QString type = item.value(QLatin1String("@odata.type")).toString();
                    if (!type.isEmpty() && type != QLatin1String("#microsoft.graph.device"))
                        continue;
                    const Device device = Device::fromJson(item);
                    // Without its id a device cannot be addressed: never send PATCH /devices/.
                    if (device.id.isEmpty()) {
                        onDone(unreadableResponse(response,
                                                  QStringLiteral("a device without an id")));
                        return;
                    }
                    sofar.append(device);
                }
                const QUrl next(o.value().value(QLatin1String("@odata.nextLink")).toString());
                if (next.isEmpty()) {
                    onDone(std::move(sofar));
                    return;
                }
                whole.follow(devicePage(next, std::move(sofar), context, std::move(onDone)));
            }));
    return whole;
}

Call ContainmentClient::setDeviceEnabled(const QString &deviceObjectId, bool enabled,
                                         QObject *context, std::function<void(Result<Done>)> onDone)
{
    return patchEnabled("/devices/" + graph::encode(deviceObjectId), enabled, context,
                        std::move(onDone));
}

Call ContainmentClient::device(const QString &deviceObjectId, QObject *context,
                               std::function<void(Result<Device>)> onDone)
{
    HttpRequest request;
    request.url = url("/devices/" + graph::encode(deviceObjectId), select(Device::selectFields()));
    return graph::sendJson(
            m_caller, Resource::GraphContainment, std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                const Device d = Device::fromJson(o.value());
                if (d.id.isEmpty()) {
                    onDone(unreadableResponse(response, QStringLiteral("no device")));
                    return;
                }
                onDone(d);
            });
}

Call ContainmentClient::signInsSince(const QString &userId, const QDateTime &since, int top,
                                     QObject *context,
                                     std::function<void(Result<QList<SignInEvent>>)> onDone)
{
    // "List signIns": $filter on userId and createdDateTime (DateTimeOffset literals are not
    // quoted), $top; newest first is the log's own order.
    const QString filter = QStringLiteral("userId eq '%1' and createdDateTime ge %2")
                                   .arg(userId, since.toUTC().toString(Qt::ISODate));
    HttpRequest request;
    request.url = url("/auditLogs/signIns",
                      "$filter=" + graph::encode(filter) + "&$top=" + QByteArray::number(top));
    return graph::sendJson(
            m_caller, Resource::GraphSignInLog, std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                const QJsonValue value = o.value().value(QLatin1String("value"));
                if (!value.isArray()) {
                    onDone(unreadableResponse(response, QStringLiteral("no sign-in list")));
                    return;
                }
                QList<SignInEvent> events;
                for (const QJsonValue &v : value.toArray())
                    events.append(SignInEvent::fromJson(v.toObject()));
                onDone(std::move(events));
            });
}

} // namespace rc
