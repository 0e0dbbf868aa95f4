#pragma once
// The loopback end of the browser sign-in (RFC 8252 §7.3): a tiny HTTP listener on a free port of
// 127.0.0.1 (and ::1 on the same port, since browsers may try "localhost" as ::1 first) that waits
// for the one redirect to "/" carrying the expected state, hands its code or error over, answers
// the browser with a short page and stops listening. One object per sign-in attempt.
//
// Junk connections must not starve the browser: at most MaxConnections wait for their request
// head; one more evicts the oldest that has sent nothing yet (else the oldest); a connection that
// sends nothing for IdleTimeoutMs, or no complete head within RequestTimeoutMs, is closed; a head
// over MaxRequestBytes is refused (431).
//
// Not QOAuthHttpServerReplyHandler: in Qt 6.4 its path check is a prefix match on an empty path
// (so /favicon.ico counts as the redirect), it checks no state, drops a request whose head arrives
// in two TCP segments, reads headers without a bound, listens on one address and always answers
// the same page before the code is even redeemed.

#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace rc {

// What came back on the redirect: a code, or the service's error and error_description.
struct AuthorizationRedirect
{
    SecretBytes code;
    QString error;
    QString errorDescription;
};

class LoopbackRedirect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirect)
public:
    using Callback = std::function<void(AuthorizationRedirect)>;

    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Listens on a free loopback port. onRedirect runs once, from the event loop, for the first
    // request to "/" whose state equals `state` exactly and that carries a code or an error;
    // the listener is closed by then.
    Result<Done> listen(const QString &state, Callback onRedirect);
    bool isListening() const;
    quint16 port() const { return m_port; }
    // "http://localhost:PORT": what the authorize and token requests name as redirect_uri.
    QString redirectUri() const;

    // The page for the browser that brought the redirect; then that connection closes.
    void answer(bool signedIn, const QString &message);
    // Stops listening and hangs up on every connection, the browser waiting for answer() included.
    void close();

    static constexpr int MaxRequestBytes = 16 * 1024;
    static constexpr int IdleTimeoutMs = 2000;
    static constexpr int RequestTimeoutMs = 10000;
    static constexpr int MaxConnections = 32;

Q_SIGNALS:
    // A request that was not the redirect; it got `status` and the listener keeps waiting.
    void requestRefused(int status, const QString &reason);

private:
    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &head);
    void refuse(QTcpSocket *socket, int status, const QString &reason);
    void stopListening();
    void evictOne();
    void dropPending(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    // A connection still sending its request head.
    struct Pending
    {
        QByteArray head; // what arrived so far (may hold a code: wiped when dropped)
        quint64 arrival = 0; // order of arrival, for eviction
    };

    QList<QTcpServer *> m_servers;
    QHash<QTcpSocket *, Pending> m_pending;
    quint64 m_arrivals = 0;
    QPointer<QTcpSocket> m_browser; // the one that brought the redirect, waiting for answer()
    QString m_state;
    Callback m_onRedirect;
    quint16 m_port = 0;
};

} // namespace rc
