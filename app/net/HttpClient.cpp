#include "net/HttpClient.h"

#include "cloud/CloudEndpoints.h"
#include "core/Logging.h"
#include "net/HttpDate.h"
#include "net/NetworkErrorText.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace rc {

struct HttpClient::Exchange
{
    HttpRequest request;
    QPointer<QObject> context;
    Callback onDone;
    Call call;
    QString clientRequestId;
    int redirects = 0;
    QDeadlineTimer deadline; // for the whole exchange, redirects included
    bool tooLarge = false;
    bool pastDeadline = false;

    ~Exchange()
    {
        // Token requests carry refresh tokens and device codes in the body: scrub it when we
        // hold the last reference (wipeBytes leaves a shared buffer alone).
        wipeBytes(request.body);
    }
};

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    // Every request also sets ManualRedirectPolicy itself; this is the belt to those braces.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

Call HttpClient::send(HttpRequest request, QObject *context, Callback onDone)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = std::move(request);
    exchange->context = context;
    exchange->onDone = std::move(onDone);
    exchange->clientRequestId = newGuid();
    if (exchange->request.timeoutMs <= 0)
        exchange->request.timeoutMs = m_defaultTimeoutMs;
    if (exchange->request.deadlineMs <= 0)
        exchange->request.deadlineMs = m_defaultDeadlineMs;
    exchange->deadline.setRemainingTime(exchange->request.deadlineMs);

    auto refuse = [&](ServiceError error) {
        // Always answer from the event loop, never re-entrantly from send().
        QTimer::singleShot(0, this, [exchange, error] { deliver(exchange, error); });
        return exchange->call;
    };
    const auto secure = checkTransportSecurity(exchange->request.url);
    if (!secure)
        return refuse(secure.error());
    const auto &bearer = exchange->request.bearer;
    if (bearer && !AccessToken::sameOrigin(bearer->audience, exchange->request.url)) {
        return refuse(ServiceError::make(
                ServiceError::Kind::Configuration,
                tr("A sign-in token was about to be sent to a host it was not issued for; the "
                   "request was stopped."),
                exchange->request.url.host()));
    }
    start(exchange);
    return exchange->call;
}

void HttpClient::start(const std::shared_ptr<Exchange> &exchange)
{
    const HttpRequest &r = exchange->request;
    QNetworkRequest request(r.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(r.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("RevokeConsole/" REVOKE_VERSION " (Qt)"));
    request.setRawHeader("client-request-id", exchange->clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    if (r.bearer)
        request.setRawHeader("Authorization", "Bearer " + r.bearer->value.view());

    qCDebug(lcNet).noquote() << r.method << r.url.toDisplayString(QUrl::RemoveQuery)
                             << "client-request-id" << exchange->clientRequestId;
    QNetworkReply *reply = m_network->sendCustomRequest(request, r.method, r.body);
    QPointer<QNetworkReply> guard(reply);
    exchange->call.setAbort([guard] {
        if (guard)
            guard->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [exchange, reply](qint64 received, qint64) {
                if (received > MaxResponseBytes) {
                    exchange->tooLarge = true;
                    reply->abort();
                }
            });
    if (exchange->context)
        connect(exchange->context, &QObject::destroyed, reply, &QNetworkReply::abort);
    // The transfer timeout restarts with every byte; this does not. Owned by the reply, so it
    // goes with it. (A redirect's reply gets what is left.)
    QTimer::singleShot(int(qMax<qint64>(0, exchange->deadline.remainingTime())), reply,
                       [exchange, reply] {
                           exchange->pastDeadline = true;
                           reply->abort();
                       });
    connect(reply, &QNetworkReply::finished, this,
            [this, exchange, reply] { finish(exchange, reply); });
}

void HttpClient::finish(const std::shared_ptr<Exchange> &exchange, QNetworkReply *reply)
{
    reply->deleteLater();
    if (exchange->call.isCancelled() || !exchange->context)
        return;
    const QUrl url = exchange->request.url;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exchange->pastDeadline) {
        deliver(exchange, deadlineError(url, exchange->request.deadlineMs));
        return;
    }
    if (exchange->tooLarge) {
        deliver(exchange,
                ServiceError::make(ServiceError::Kind::BadResponse,
                                   tr("%1 sent an answer too large to be genuine; it was ignored.")
                                           .arg(url.host())));
        return;
    }
    if (status == 0) {
        deliver(exchange,
                networkError(reply->error(), url, reply->errorString(),
                             exchange->request.timeoutMs));
        return;
    }
    if (status >= 300 && status < 400 && !reply->header(QNetworkRequest::LocationHeader).isNull()) {
        const QUrl target = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        if (!AccessToken::sameOrigin(target, url)) {
            ServiceError e = ServiceError::make(
                    ServiceError::Kind::Redirect,
                    tr("%1 tried to redirect the request to another "
                       "host (%2). It was not followed, "
                       "so your sign-in was not sent there.")
                            .arg(url.host(),
                                 target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                                         .toDisplayString()),
                    target.toDisplayString(QUrl::RemoveQuery));
            e.httpStatus = status;
            e.correlationId = QString::fromLatin1(reply->rawHeader("request-id"));
            deliver(exchange, e);
            return;
        }
        if (exchange->redirects++ < MaxSameOriginRedirects) {
            exchange->request.url = target;
            start(exchange);
            return;
        }
    }

    HttpResponse response;
    response.status = status;
    response.url = url;
    response.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        response.headers.append({h.first, h.second});
    response.clientRequestId = exchange->clientRequestId;
    response.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(reply->rawHeader("SPRequestGuid"));
    response.date = parseHttpDate(reply->rawHeader("Date"));
    qCDebug(lcNet).noquote() << status << url.toDisplayString(QUrl::RemoveQuery) << "request-id"
                             << response.requestId;
    deliver(exchange, std::move(response));
}

void HttpClient::deliver(const std::shared_ptr<Exchange> &exchange, Result<HttpResponse> result)
{
    if (exchange->call.isCancelled() || !exchange->context || !exchange->onDone)
        return;
    auto onDone = std::move(exchange->onDone);
    exchange->onDone = nullptr;
    onDone(std::move(result));
}

} // namespace rc
