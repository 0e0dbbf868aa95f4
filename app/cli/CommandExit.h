#pragma once
// How a command-line verb ends: its exit code is reported exactly once, and, when the run has a
// token cache, only after the keychain has taken what the run wrote to it (a refresh token the
// service rotated), so the process does not exit with a write still on its way.

#include "cli/ExitCode.h"

#include <QtGlobal>

#include <functional>

class QObject;

namespace rc {
class TokenCache;
}

namespace rc::cli {

class CommandExit final
{
    Q_DISABLE_COPY_MOVE(CommandExit)

public:
    // context: the command that owns this; nothing is reported after it is gone.
    explicit CommandExit(QObject *context);

    // onExit runs at most once, with the process exit code.
    void setHandler(std::function<void(ExitCode)> onExit);

    // Reports code now. Later calls do nothing.
    void now(ExitCode code);

    // Reports code once cache has nothing waiting for the keychain, after beforeExit. A call made
    // while already waiting reports its code at once. Without a cache: now(code).
    void whenStored(TokenCache *cache, ExitCode code, std::function<void()> beforeExit = {});

private:
    QObject *m_context;
    std::function<void(ExitCode)> m_onExit;
    bool m_waiting = false;
};

} // namespace rc::cli
