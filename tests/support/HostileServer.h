#pragma once
// A small HTTP server on loopback that a test owns and that misbehaves as the test says: each
// request's head is read, counted, and the socket handed to the test's answer (which may write a
// whole answer, or a status line and then a byte now and then). Also a TokenSource that hands out
// one token for that server, so ServiceCaller and the clients built on it can be pointed at it.

#include "net/TokenSource.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace rc::test {

class HostileServer final : public QObject
{
public:
    // Called once per request, with its head (request line and headers) and its number from 1.
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &head, int number)>;

    explicit HostileServer(Answer answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int requests() const { return m_requests; }

    // A whole answer, after which the connection closes (so every request is a connection).
    static QByteArray answer(int status, const QByteArray &headers = {},
                             const QByteArray &body = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n" + headers
                + "Content-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto head = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
            if (head->endsWith("\r\n\r\n"))
                return; // answered already; a body is ignored
            head->append(socket->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            head->truncate(end + 4);
            m_answer(socket, *head, ++m_requests);
        });
    }

    QTcpServer m_server;
    Answer m_answer;
    int m_requests = 0;
};

// One token, for one origin, always at hand.
class FixedTokenSource final : public TokenSource
{
public:
    explicit FixedTokenSource(const QUrl &audience)
    {
        auto token = std::make_shared<AccessToken>();
        token->value = SecretBytes(QByteArray("hostile-test-token"));
        token->audience = audience.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
        token->expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_token = token;
    }
    Call accessToken(Resource, QObject *context, Callback onDone) override
    {
        Call call;
        QTimer::singleShot(0, context, [call, onDone = std::move(onDone), token = m_token] {
            if (!call.isCancelled())
                onDone(token);
        });
        return call;
    }
    void discardAccessToken(Resource) override { }

private:
    TokenPtr m_token;
};

} // namespace rc::test
