#pragma once
// Turns a terminal's echo off while a passphrase is typed, and on again when the prompt ends or is
// interrupted: SIGINT, SIGTERM, SIGHUP or SIGQUIT during the prompt restore the terminal in the
// signal handler (tcsetattr is async-signal-safe), then the signal goes on to whatever handled it
// before (by default, ending the process), so Ctrl+C never leaves the shell without echo. Does
// nothing unless `fd` is a terminal. One at a time, on the main thread.

#include <QtGlobal>

namespace rc::cli {

class EchoOff final
{
    Q_DISABLE_COPY_MOVE(EchoOff)
public:
    explicit EchoOff(int fd);
    ~EchoOff();

    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

} // namespace rc::cli
