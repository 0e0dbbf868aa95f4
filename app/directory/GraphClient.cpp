#include "directory/GraphClient.h"

#include "core/Logging.h"
#include "directory/GraphJsonCall.h"
#include "directory/GraphQuery.h"
#include "net/ResponseError.h"

#include <QJsonArray>

namespace rc {

namespace {

QByteArray queryPair(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + graph::encode(value);
}

Result<UserPage> pageFromJson(const QJsonObject &o, const HttpResponse &response)
{
    if (!o.value(QLatin1String("value")).isArray())
        return unreadableResponse(response, QStringLiteral("no user list"));
    UserPage page;
    for (const QJsonValue &v : o.value(QLatin1String("value")).toArray())
        page.users.append(User::fromJson(v.toObject()));
    page.nextLink = QUrl(o.value(QLatin1String("@odata.nextLink")).toString());
    page.count = o.value(QLatin1String("@odata.count")).toInt(-1);
    return page;
}

} // namespace

GraphClient::GraphClient(ServiceCaller &caller, QUrl graphBase)
    : m_caller(caller)
    , m_base(std::move(graphBase))
{ }

QUrl GraphClient::url(const QByteArray &path, const QByteArray &query) const
{
    return graph::v1Url(m_base, path, query);
}

Call GraphClient::send(HttpRequest request, QObject *context, JsonCallback onDone,
                       Resource resource)
{
    return graph::sendJson(m_caller, resource, std::move(request), context, std::move(onDone));
}

Call GraphClient::getUser(const QString &idOrUpn, QObject *context,
                          std::function<void(Result<User>)> onDone)
{
    HttpRequest request;
    request.url = url(graph::userPath(idOrUpn), queryPair("$select", User::selectFields()));
    return send(
            std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                User user = User::fromJson(o.value());
                if (user.id.isEmpty() || user.userPrincipalName.isEmpty()) {
                    onDone(unreadableResponse(response, QStringLiteral("no user in the answer")));
                    return;
                }
                onDone(user);
            });
}

Call GraphClient::searchUsers(const QString &term, SearchMode mode, int top, QObject *context,
                              std::function<void(Result<UserPage>)> onDone)
{
    QByteArray query;
    HttpRequest request;
    if (mode == SearchMode::Search) {
        // Advanced query: needs ConsistencyLevel: eventual, and then $count is allowed too.
        query = queryPair("$search", graph::searchExpression(term)) + "&$count=true";
        request.setHeader(graph::ConsistencyLevelHeader, graph::ConsistencyLevelEventual);
    } else {
        query = queryPair("$filter", graph::filterExpression(term));
    }
    query += '&' + queryPair("$select", User::selectFields()) + "&$top=" + QByteArray::number(top);
    request.url = url("/users", query);
    return getPage(std::move(request), context, std::move(onDone));
}

Call GraphClient::nextPage(const QUrl &nextLink, QObject *context,
                           std::function<void(Result<UserPage>)> onDone)
{
    HttpRequest request;
    request.url = nextLink; // verbatim; HttpClient refuses it if it leaves the Graph host
    request.setHeader(graph::ConsistencyLevelHeader, graph::ConsistencyLevelEventual);
    return getPage(std::move(request), context, std::move(onDone));
}

Call GraphClient::getPage(HttpRequest request, QObject *context,
                          std::function<void(Result<UserPage>)> onDone)
{
    return send(std::move(request), context,
                [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                    if (!o)
                        onDone(o.error());
                    else
                        onDone(pageFromJson(o.value(), response));
                });
}

Call GraphClient::lastSignIn(const QString &id, QObject *context,
                             std::function<void(Result<QDateTime>)> onDone)
{
    HttpRequest request;
    request.url = url("/users/" + graph::encode(id), "$select=signInActivity");
    return send(
            std::move(request), context,
            [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &) {
                if (!o) {
                    onDone(o.error());
                    return;
                }
                const QString text = o.value()
                                             .value(QLatin1String("signInActivity"))
                                             .toObject()
                                             .value(QLatin1String("lastSignInDateTime"))
                                             .toString();
                const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
                onDone(at.isValid() ? at.toUTC() : QDateTime());
            },
            Resource::GraphSignInLog);
}

Call GraphClient::me(QObject *context, std::function<void(Result<User>)> onDone)
{
    HttpRequest request;
    request.url = url("/me", queryPair("$select", User::selectFields()));
    return send(std::move(request), context,
                [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &) {
                    if (!o)
                        onDone(o.error());
                    else
                        onDone(User::fromJson(o.value()));
                });
}

Call GraphClient::myDirectoryRoles(QObject *context,
                                   std::function<void(Result<QList<DirectoryRole>>)> onDone)
{
    return getRoles("/me", context, std::move(onDone));
}

Call GraphClient::userDirectoryRoles(const QString &id, QObject *context,
                                     std::function<void(Result<QList<DirectoryRole>>)> onDone)
{
    return getRoles(graph::userPath(id), context, std::move(onDone));
}

Call GraphClient::getRoles(const QByteArray &userPath, QObject *context,
                           std::function<void(Result<QList<DirectoryRole>>)> onDone)
{
    HttpRequest request;
    request.url = url(graph::directoryRolesPath(userPath), graph::directoryRolesQuery());
    request.setHeader(graph::ConsistencyLevelHeader, graph::ConsistencyLevelEventual);
    return send(std::move(request), context,
                [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                    if (!o) {
                        onDone(o.error());
                        return;
                    }
                    auto roles = DirectoryRole::listFromJson(o.value());
                    if (!roles)
                        onDone(unreadableResponse(response, QStringLiteral("no role list")));
                    else
                        onDone(std::move(*roles));
                });
}

Call GraphClient::revokeSignInSessions(const QString &idOrUpn, QObject *context,
                                       std::function<void(Result<RevokeAck>)> onDone)
{
    HttpRequest request;
    request.method = "POST";
    // Object ids go plain; UPNs use the key form, which addresses $, #EXT# and ' alike.
    const QByteArray path = graph::isObjectId(idOrUpn) ? "/users/" + graph::encode(idOrUpn)
                                                       : graph::userKeyPath(idOrUpn);
    request.url = url(path + "/revokeSignInSessions");
    request.setHeader("Content-Type", "application/json");
    return send(std::move(request), context,
                [onDone = std::move(onDone)](Result<QJsonObject> o, const HttpResponse &response) {
                    if (!o) {
                        onDone(o.error());
                        return;
                    }
                    // Any 2xx means "accepted"; whether it took effect is checked by re-reading.
                    onDone(RevokeAck {response.date, response.requestId});
                });
}

} // namespace rc
