#pragma once
// One Microsoft Graph JSON batch being put together: up to 20 sub-requests, each with an id unique
// in the batch and a URL relative to the version root ("/users/..", no "/v1.0"), as Microsoft's
// "JSON batching" page describes (docs/protocol-notes.md, "JSON batching"). A value: add items,
// POST body() to {graph}/v1.0/$batch with Content-Type: application/json, and read the answer with
// BatchAnswer.

#include "net/HttpRequest.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc {

struct BatchItem
{
    QString id;
    QByteArray method;
    QByteArray url; // relative, percent-encoded where needed
    HeaderList headers; // sent as the item's "headers" object when not empty
    // Sent as the item's "body". Graph refuses a whole batch whose write item (POST, PATCH, PUT)
    // lacks a body or a Content-Type header ("JSON batching"), so writes always carry both.
    std::optional<QJsonObject> body;
};

class BatchRequest final
{
public:
    static constexpr int maxItems = 20; // Graph refuses a larger batch as a whole

    // GET /users/{id|upn}?$select=lookupFields(), addressed as rc::graph::userPath does.
    static BatchItem userLookup(const QString &id, const QString &idOrUpn);
    // GET /users/{id|upn}/transitiveMemberOf/microsoft.graph.directoryRole, an advanced query
    // (ConsistencyLevel: eventual in the item's headers, $count=true): the directory roles the
    // user holds, directly or through a group, as Graph documents it.
    static BatchItem directoryRoles(const QString &id, const QString &idOrUpn);
    // POST /users/{id}/revokeSignInSessions with an empty body and Content-Type, as a batch write
    // item must have; a UPN takes the /users('{upn}') form.
    static BatchItem revokeSessions(const QString &id, const QString &idOrUpn);
    // What the review needs and no more.
    static QString lookupFields();

    // False, and nothing added, when the batch is full or the id is empty or already used.
    bool add(BatchItem item);

    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    bool isFull() const { return m_items.size() >= maxItems; }
    const QList<BatchItem> &items() const { return m_items; }
    QStringList ids() const;

    // {"requests":[{"id":..,"method":..,"url":..[,"headers":{..}][,"body":{..}]}, ...]}, compact.
    QByteArray body() const;

private:
    QList<BatchItem> m_items;
};

} // namespace rc
