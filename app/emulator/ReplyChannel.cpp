#include "emulator/ReplyChannel.h"

#include "core/Logging.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace rc::emu {

ReplyChannel::ReplyChannel(QHttpServerResponder &&responder)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket())
{ }

bool ReplyChannel::isOpen() const
{
    return !m_answered && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ReplyChannel::send(const HttpAnswer &answer)
{
    if (!isOpen()) {
        qCDebug(lcEmulator) << "client went away before the answer" << answer.status;
        m_answered = true;
        return;
    }
    m_answered = true;
    // Headers are written one by one: QHttpServerResponder's HeaderList is an initializer_list.
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    for (const auto &header : answer.headers)
        m_responder.writeHeader(header.first, header.second);
    m_responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    m_responder.writeBody(answer.body);
}

void ReplyChannel::reset()
{
    if (!isOpen()) {
        m_answered = true;
        return;
    }
    m_answered = true;
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
    const struct linger hardClose = {1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                 sizeof hardClose);
#endif
    m_socket->abort();
}

} // namespace rc::emu
