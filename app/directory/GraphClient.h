#pragma once
// Microsoft Graph, the parts Revoke Console needs: look a user up, search as you type, who is
// signed in and their directory roles, and revokeSignInSessions. Each call sends one request
// through ServiceCaller (token, 401 refresh, throttling) and hands back a typed Result.

#include "directory/DirectoryRole.h"
#include "directory/User.h"
#include "net/ServiceCaller.h"

#include <QList>

namespace rc {

struct UserPage
{
    QList<User> users;
    QUrl nextLink; // follow verbatim; empty on the last page
    int count = -1; // @odata.count when asked for
};

struct RevokeAck
{
    QDateTime serverDate; // the answer's Date header: the reference for "did it move?"
    QString requestId;
};

class GraphClient final
{
public:
    enum class SearchMode { Search, Filter }; // $search (advanced query) or $filter startswith

    GraphClient(ServiceCaller &caller, QUrl graphBase);

    Call getUser(const QString &idOrUpn, QObject *context,
                 std::function<void(Result<User>)> onDone);
    Call searchUsers(const QString &term, SearchMode mode, int top, QObject *context,
                     std::function<void(Result<UserPage>)> onDone);
    Call nextPage(const QUrl &nextLink, QObject *context,
                  std::function<void(Result<UserPage>)> onDone);
    Call me(QObject *context, std::function<void(Result<User>)> onDone);
    // signInActivity.lastSignInDateTime (invalid: never). Needs Entra ID P1 and AuditLog.Read.All;
    // without them Graph answers 403, so it is asked apart from the card's other fields, with a
    // token of its own (Resource::GraphSignInLog) that may be refused for want of consent.
    Call lastSignIn(const QString &id, QObject *context,
                    std::function<void(Result<QDateTime>)> onDone);
    // The directory roles held directly or through a group (PIM-eligible roles not activated do
    // not show): an advanced query, sent with ConsistencyLevel: eventual and $count=true.
    Call myDirectoryRoles(QObject *context,
                          std::function<void(Result<QList<DirectoryRole>>)> onDone);
    Call userDirectoryRoles(const QString &id, QObject *context,
                            std::function<void(Result<QList<DirectoryRole>>)> onDone);
    Call revokeSignInSessions(const QString &idOrUpn, QObject *context,
                              std::function<void(Result<RevokeAck>)> onDone);

    // {graph}/v1.0{path}?{query}, with path and query already percent-encoded.
    QUrl url(const QByteArray &path, const QByteArray &query = {}) const;

private:
    using JsonCallback = std::function<void(Result<QJsonObject>, const HttpResponse &)>;
    Call send(HttpRequest request, QObject *context, JsonCallback onDone,
              Resource resource = Resource::Graph);
    Call getPage(HttpRequest request, QObject *context,
                 std::function<void(Result<UserPage>)> onDone);
    Call getRoles(const QByteArray &userPath, QObject *context,
                  std::function<void(Result<QList<DirectoryRole>>)> onDone);

    ServiceCaller &m_caller;
    QUrl m_base;
};

} // namespace rc
