#include "auth/LoopbackRedirect.h"

#include "auth/RedirectRequest.h"
#include "cloud/CloudEndpoints.h"
#include "core/Logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace rc {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

QByteArray page(const QString &title, const QString &heading, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%1</title><style>body{font-family:sans-serif;margin:4em auto;"
                          "max-width:36em;padding:0 1em;line-height:1.5}</style></head>\n"
                          "<body><h1>%2</h1>\n<p id=\"message\">%3</p></body></html>\n")
            .arg(title.toHtmlEscaped(), heading.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
}

void respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    // The page never loads anything, and the address bar may hold a code: no referrer, no cache.
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "\r\nContent-Type: text/html; charset=utf-8"
              "\r\nContent-Length: "
            + QByteArray::number(body.size())
            + "\r\nCache-Control: no-store"
              "\r\nReferrer-Policy: no-referrer"
              "\r\nX-Content-Type-Options: nosniff"
              "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
              "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->flush();
    socket->disconnectFromHost(); // after the bytes are written
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{ }

LoopbackRedirect::~LoopbackRedirect()
{
    close();
    // Connections still delivering a page (the owner may delete us as soon as the sign-in ends)
    // finish on their own, bounded, instead of dying with us.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        disconnect(socket, nullptr, this, nullptr);
        socket->setParent(nullptr);
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

Result<Done> LoopbackRedirect::listen(const QString &state, Callback onRedirect)
{
    close();
    // ::1 must get the port 127.0.0.1 got; if another program holds it there, take a new port.
    for (int attempt = 0; attempt < 8; ++attempt) {
        auto *v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            const QString why = v4->errorString();
            delete v4;
            return ServiceError::make(ServiceError::Kind::Network,
                                      tr("Revoke Console could not open a local port to receive "
                                         "the browser sign-in."),
                                      why);
        }
        auto *v6 = new QTcpServer(this);
        const bool bothStacks
                = v6->listen(QHostAddress(QHostAddress::LocalHostIPv6), v4->serverPort());
        if (!bothStacks && v6->serverError() == QAbstractSocket::AddressInUseError) {
            delete v4;
            delete v6;
            continue;
        }
        m_servers.append(v4);
        if (bothStacks)
            m_servers.append(v6);
        else
            delete v6; // no IPv6 loopback here: browsers fall back to 127.0.0.1
        m_port = v4->serverPort();
        m_state = state;
        m_onRedirect = std::move(onRedirect);
        for (QTcpServer *server : std::as_const(m_servers)) {
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        }
        qCInfo(lcAuth) << "waiting for the browser sign-in on loopback port" << m_port
                       << (bothStacks ? "(IPv4 and IPv6)" : "(IPv4)");
        return Done {};
    }
    return ServiceError::make(ServiceError::Kind::Network,
                              tr("Revoke Console could not open a local port to receive the "
                                 "browser sign-in."),
                              QStringLiteral("no port free on both 127.0.0.1 and ::1"));
}

bool LoopbackRedirect::isListening() const
{
    return !m_servers.isEmpty();
}

QString LoopbackRedirect::redirectUri() const
{
    // The app registration has http://localhost; the port is not matched (docs/protocol-notes.md,
    // "The authorize request").
    return QStringLiteral("http://localhost:%1").arg(m_port);
}

void LoopbackRedirect::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this); // outlives the server, which closes at the redirect
        qCDebug(lcAuth) << "loopback redirect listener: connection from"
                        << socket->peerAddress().toString();
        // The newest connection is the likeliest to be the browser's: make room for it.
        if (m_pending.size() >= MaxConnections)
            evictOne();
        socket->setReadBufferSize(MaxRequestBytes + 1); // Qt stops reading the kernel there
        m_pending.insert(socket, Pending {QByteArray(), ++m_arrivals});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (const auto it = m_pending.find(socket); it != m_pending.end()) {
                wipeBytes(it->head);
                m_pending.erase(it);
            }
            socket->deleteLater();
        });
        const QPointer<LoopbackRedirect> self(this);
        // A browser sends its request as soon as it connects; an idle preconnect or a junk
        // connection that says nothing goes soon, one that never finishes its head a bit later.
        QTimer::singleShot(IdleTimeoutMs, socket, [self, socket] {
            if (!self)
                return;
            const auto it = self->m_pending.constFind(socket);
            if (it != self->m_pending.cend() && it->head.isEmpty())
                self->dropPending(socket);
        });
        QTimer::singleShot(RequestTimeoutMs, socket, [self, socket] {
            if (self && self->m_pending.contains(socket))
                self->dropPending(socket);
        });
    }
}

void LoopbackRedirect::evictOne()
{
    QTcpSocket *oldestIdle = nullptr;
    QTcpSocket *oldest = nullptr;
    quint64 idleArrival = 0;
    quint64 arrival = 0;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!oldest || it->arrival < arrival) {
            oldest = it.key();
            arrival = it->arrival;
        }
        if (it->head.isEmpty() && (!oldestIdle || it->arrival < idleArrival)) {
            oldestIdle = it.key();
            idleArrival = it->arrival;
        }
    }
    if (QTcpSocket *victim = oldestIdle ? oldestIdle : oldest) {
        qCInfo(lcAuth) << "loopback redirect listener: too many connections, closing the oldest"
                       << (oldestIdle ? "idle one" : "one");
        dropPending(victim);
    }
}

void LoopbackRedirect::dropPending(QTcpSocket *socket)
{
    if (const auto it = m_pending.find(socket); it != m_pending.end()) {
        wipeBytes(it->head);
        m_pending.erase(it);
    }
    drop(socket);
}

void LoopbackRedirect::read(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    QByteArray &buffer = it->head;
    buffer += socket->read(MaxRequestBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 && buffer.size() <= MaxRequestBytes)
        return; // the rest of the head is still on its way
    QByteArray request = std::move(buffer);
    m_pending.erase(it);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (end < 0) {
        refuse(socket, 431,
               QStringLiteral("request head larger than %1 bytes").arg(MaxRequestBytes));
    } else {
        QByteArray head = request.left(end);
        handle(socket, head);
        wipeBytes(head); // these may hold a code; `this` may be gone by now, locals are not
    }
    wipeBytes(request);
}

void LoopbackRedirect::handle(QTcpSocket *socket, const QByteArray &head)
{
    using namespace redirect;
    const auto request = parseHead(head);
    if (!request)
        return refuse(socket, 400, QStringLiteral("malformed HTTP request"));
    // A page elsewhere could reach this port through DNS rebinding; its Host header gives it away.
    if (!request->host.isEmpty() && !isLoopbackHostHeader(request->host))
        return refuse(socket, 400, QStringLiteral("Host is not a loopback name"));
    if (request->method != "GET")
        return refuse(socket, 400, QStringLiteral("method is not GET"));
    const qsizetype mark = request->target.indexOf('?');
    const QByteArray path = mark < 0 ? request->target : request->target.left(mark);
    if (path != "/")
        return refuse(socket, 404, QStringLiteral("not the redirect path"));
    const auto fields = parseQuery(mark < 0 ? QByteArray() : request->target.mid(mark + 1));
    const auto state = single(fields, "state");
    const auto code = single(fields, "code");
    const auto error = single(fields, "error");
    const auto description = single(fields, "error_description");
    if (!state || !code || !error || !description)
        return refuse(socket, 400, QStringLiteral("a redirect parameter is repeated"));
    if (state->isEmpty() || QString::fromUtf8(*state) != m_state)
        return refuse(socket, 400, QStringLiteral("state is missing or does not match"));
    if (code->isEmpty() && error->isEmpty())
        return refuse(socket, 400, QStringLiteral("neither code nor error"));

    m_browser = socket;
    stopListening();
    AuthorizationRedirect redirect {SecretBytes(*code), QString::fromUtf8(*error),
                                    QString::fromUtf8(*description)};
    if (auto done = std::move(m_onRedirect)) {
        m_onRedirect = nullptr;
        done(std::move(redirect));
    }
}

void LoopbackRedirect::refuse(QTcpSocket *socket, int status, const QString &reason)
{
    // The reason is ours, never the request's text: a stray request may carry a code.
    qCInfo(lcAuth) << "loopback redirect listener ignored a request:" << status << reason;
    const QString title = QStringLiteral("Revoke Console");
    if (status == 404)
        respond(socket, status, page(title, tr("Not found"), tr("There is nothing here.")));
    else
        respond(socket, status,
                page(title, tr("Not the expected sign-in"),
                     tr("This is not the sign-in answer Revoke Console is waiting for. Start the "
                        "sign-in again from Revoke Console if it is still open.")));
    Q_EMIT requestRefused(status, reason);
}

void LoopbackRedirect::answer(bool signedIn, const QString &message)
{
    if (!m_browser)
        return;
    const QString title = QStringLiteral("Revoke Console");
    if (signedIn)
        respond(m_browser, 200,
                page(title, tr("You are signed in to Revoke Console."),
                     message.isEmpty() ? tr("You can close this tab.") : message));
    else
        respond(m_browser, 200, page(title, tr("The sign-in did not succeed"), message));
    m_browser = nullptr;
}

void LoopbackRedirect::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close(); // the port is refused from here on
        server->deleteLater();
    }
    m_servers.clear();
    const QList<QTcpSocket *> others = m_pending.keys();
    for (QTcpSocket *socket : others)
        dropPending(socket);
}

void LoopbackRedirect::close()
{
    m_onRedirect = nullptr;
    stopListening();
    if (m_browser)
        drop(m_browser);
    m_browser = nullptr;
}

void LoopbackRedirect::drop(QTcpSocket *socket)
{
    // Deleted later and unparented: close() may run inside this very socket's readyRead.
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    socket->abort();
    socket->deleteLater();
}

} // namespace rc
