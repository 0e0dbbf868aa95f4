#include "bulk/BatchRequest.h"

#include "directory/GraphQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

QString BatchRequest::lookupFields()
{
    return QStringLiteral("id,displayName,userPrincipalName,userType,accountEnabled,"
                          "signInSessionsValidFromDateTime");
}

BatchItem BatchRequest::userLookup(const QString &id, const QString &idOrUpn)
{
    return {id,
            "GET",
            graph::userPath(idOrUpn) + "?$select=" + lookupFields().toLatin1(),
            {},
            std::nullopt};
}

BatchItem BatchRequest::directoryRoles(const QString &id, const QString &idOrUpn)
{
    return {id,
            "GET",
            graph::directoryRolesPath(graph::userPath(idOrUpn)) + '?'
                    + graph::directoryRolesQuery(),
            {{graph::ConsistencyLevelHeader, graph::ConsistencyLevelEventual}},
            std::nullopt};
}

BatchItem BatchRequest::revokeSessions(const QString &id, const QString &idOrUpn)
{
    // As GraphClient::revokeSignInSessions: the key form addresses $, #EXT# and ' UPNs alike.
    const QByteArray user = graph::isObjectId(idOrUpn) ? "/users/" + graph::encode(idOrUpn)
                                                       : graph::userKeyPath(idOrUpn);
    // Exactly "Content-Type": Graph matches the item's header name as spelled ("JSON batching").
    return {id,
            "POST",
            user + "/revokeSignInSessions",
            {{"Content-Type", "application/json"}},
            QJsonObject()};
}

bool BatchRequest::add(BatchItem item)
{
    if (isFull() || item.id.isEmpty() || ids().contains(item.id))
        return false;
    m_items.append(std::move(item));
    return true;
}

QStringList BatchRequest::ids() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const BatchItem &item : m_items)
        out.append(item.id);
    return out;
}

QByteArray BatchRequest::body() const
{
    QJsonArray requests;
    for (const BatchItem &item : m_items) {
        QJsonObject o {{QStringLiteral("id"), item.id},
                       {QStringLiteral("method"), QString::fromLatin1(item.method)},
                       {QStringLiteral("url"), QString::fromUtf8(item.url)}};
        if (!item.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto &h : item.headers)
                headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
            o.insert(QStringLiteral("headers"), headers);
        }
        if (item.body)
            o.insert(QStringLiteral("body"), *item.body);
        requests.append(o);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("requests"), requests}})
            .toJson(QJsonDocument::Compact);
}

} // namespace rc
