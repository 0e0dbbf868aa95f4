#pragma once
// What a client asks HttpClient to send, and what comes back. Values, so a request can be
// re-sent (retry after a refresh or a throttle) without rebuilding it.

#include "core/AccessToken.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

#include <memory>
#include <utility>

namespace rc {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    std::shared_ptr<const AccessToken> bearer; // attached only if url is on the token's origin
    int timeoutMs = 0; // 0: the client's default. Idle time: any byte that arrives restarts it
    int deadlineMs = 0; // 0: the client's default. The whole exchange, redirects included

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

struct HttpResponse
{
    int status = 0;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString requestId; // request-id, or SPRequestGuid for SharePoint
    QString clientRequestId; // what we sent as client-request-id
    QDateTime date; // the server's Date header, UTC; invalid when absent

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace rc
