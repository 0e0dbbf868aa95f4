#pragma once
// The write side of one request: owns its QHttpServerResponder and watches the socket through a
// QPointer, so an answer sent after a delay is dropped, not crashed on, when the client hung up
// meanwhile (QtHttpServer 6.4 writes to a raw socket pointer). Answers at most once.

#include "emulator/HttpAnswer.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace rc::emu {

class ReplyChannel final
{
    Q_DISABLE_COPY_MOVE(ReplyChannel)
public:
    explicit ReplyChannel(QHttpServerResponder &&responder);

    bool isOpen() const;
    void send(const HttpAnswer &answer);
    // Closes the TCP connection without any HTTP answer, with an RST where the OS allows it.
    void reset();

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

} // namespace rc::emu
