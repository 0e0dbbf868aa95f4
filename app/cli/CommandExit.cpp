#include "cli/CommandExit.h"

#include "auth/TokenCache.h"

namespace rc::cli {

CommandExit::CommandExit(QObject *context)
    : m_context(context)
{ }

void CommandExit::setHandler(std::function<void(ExitCode)> onExit)
{
    m_onExit = std::move(onExit);
}

void CommandExit::now(ExitCode code)
{
    // Taken out first: the handler may end the event loop or destroy the command.
    if (auto onExit = std::move(m_onExit)) {
        m_onExit = nullptr;
        onExit(code);
    }
}

void CommandExit::whenStored(TokenCache *cache, ExitCode code, std::function<void()> beforeExit)
{
    if (!cache || m_waiting) {
        now(code);
        return;
    }
    m_waiting = true;
    cache->whenIdle(m_context, [this, code, beforeExit = std::move(beforeExit)] {
        if (beforeExit)
            beforeExit();
        now(code);
    });
}

} // namespace rc::cli
