#pragma once
// The only owner of a QNetworkAccessManager. Sends one HttpRequest and hands back a Result: any
// HTTP status as an HttpResponse, any transport failure as a ServiceError with a human sentence.
// It refuses plain http to non-loopback hosts, never follows a redirect to another origin (Qt 6.4
// would forward the Authorization header), stamps client-request-id and applies two limits: a
// transfer timeout (no byte for that long) and a total deadline, so that a server dripping a byte
// now and then cannot hold a request, or a bulk run's slot, for longer than that.
// The callback runs exactly once, from the event loop, unless the Call was cancelled or the
// context object died.

#include "core/Call.h"
#include "core/Result.h"
#include "net/HttpRequest.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rc {

class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    Call send(HttpRequest request, QObject *context, Callback onDone);

    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultDeadlineMs(int ms) { m_defaultDeadlineMs = ms; }
    int defaultDeadlineMs() const { return m_defaultDeadlineMs; }

    static constexpr qint64 MaxResponseBytes = 16 * 1024 * 1024;
    static constexpr int MaxSameOriginRedirects = 3;

private:
    struct Exchange;
    void start(const std::shared_ptr<Exchange> &exchange);
    void finish(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply);
    static void deliver(const std::shared_ptr<Exchange> &exchange, Result<HttpResponse> result);

    // Behind a pointer, so that the many files that include this header skip QtNetwork's.
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_defaultTimeoutMs = 30000;
    // Graph and SharePoint answer in seconds; two minutes is generous for a $batch of 20 and still
    // bounds a run whose answers trickle in.
    int m_defaultDeadlineMs = 120000;
};

} // namespace rc
