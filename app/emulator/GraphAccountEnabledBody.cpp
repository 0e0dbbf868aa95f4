#include "emulator/GraphAccountEnabledBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace rc::emu {

bool GraphAccountEnabledBody::read(const GraphCall &call, const QString &type,
                                   const QStringList &properties, bool *accountEnabled,
                                   HttpAnswer *error)
{
    // Graph's answer to a write whose payload is not a JSON object or whose Content-Type is not
    // JSON ("Microsoft Graph error responses and resource types": 400 BadRequest).
    const QByteArray contentType = call.request.header("content-type").trimmed().toLower();
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parse);
    if (!contentType.startsWith("application/json") || parse.error != QJsonParseError::NoError
        || !document.isObject()) {
        *error = call.error(400, QStringLiteral("BadRequest"),
                            QStringLiteral("Unable to read JSON request payload. Please ensure "
                                           "Content-Type header is set and payload is of valid "
                                           "JSON format."));
        return false;
    }
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QStringLiteral("accountEnabled"))
            continue;
        // OData's answer for a name the type does not define.
        if (!properties.contains(it.key())) {
            *error = call.error(400, QStringLiteral("BadRequest"),
                                QStringLiteral("The property '%1' does not exist on type "
                                               "'microsoft.graph.%2'. Make sure to only use "
                                               "property names that are defined by the type.")
                                        .arg(it.key(), type));
            return false;
        }
        // A real property Graph would update: the emulator does not model that change, and says
        // so rather than pretend it happened.
        *error = call.error(400, QStringLiteral("Request_BadRequest"),
                            QStringLiteral("The tenant emulator updates accountEnabled only, not "
                                           "'%1'.")
                                    .arg(it.key()));
        return false;
    }
    const QJsonValue value = body.value(QStringLiteral("accountEnabled"));
    if (!value.isBool()) {
        // OData's answer for a value of the wrong type (or none at all: nothing to update).
        *error = call.error(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("Cannot convert the literal '%1' to the expected type "
                               "'Edm.Boolean'.")
                        .arg(value.isUndefined()
                                     ? QString()
                                     : QString::fromUtf8(QJsonDocument(QJsonArray {value})
                                                                 .toJson(QJsonDocument::Compact)
                                                                 .mid(1)
                                                                 .chopped(1))));
        return false;
    }
    *accountEnabled = value.toBool();
    return true;
}

} // namespace rc::emu
