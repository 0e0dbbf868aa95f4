#pragma once
// Pure builders for Graph URLs: how a user is addressed ($ and #EXT# UPNs, apostrophes) and how a
// search term is escaped for $search and $filter. Kept apart from the network so tests can pin
// every rule (docs/protocol-notes.md, "Addressing users and escaping queries").

#include <QByteArray>
#include <QString>

namespace rc::graph {

// Percent-encodes one path segment or query value (RFC 3986 unreserved characters stay).
QByteArray encode(const QString &text);

// /users/{id} for object ids and plain UPNs; /users('{upn}') for UPNs starting with '$'.
QByteArray userPath(const QString &idOrUpn);
// /users('{upn}') with ' doubled and the whole key percent-encoded: one form for $, #EXT# and '.
QByteArray userKeyPath(const QString &upn);

// "displayName:q" OR "userPrincipalName:q" OR "mail:q", with " and \ escaped by \.
QString searchExpression(const QString &term);
// startswith(displayName,'q') or startswith(userPrincipalName,'q'), with ' doubled.
QString filterExpression(const QString &term);

bool isObjectId(const QString &text);

// A cast to microsoft.graph.directoryRole is an advanced query ("Advanced query capabilities on
// Microsoft Entra ID objects"): Graph requires the ConsistencyLevel: eventual header and
// $count=true with it, also inside a $batch item. Without them the roles cannot be read.
inline constexpr char ConsistencyLevelHeader[] = "ConsistencyLevel";
inline constexpr char ConsistencyLevelEventual[] = "eventual";
// "{userPath}/transitiveMemberOf/microsoft.graph.directoryRole"; "/me" for the signed-in user.
QByteArray directoryRolesPath(const QByteArray &userPath);
// "$select=displayName,roleTemplateId&$count=true"
QByteArray directoryRolesQuery();

} // namespace rc::graph
