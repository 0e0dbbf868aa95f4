#pragma once
// A handle on an asynchronous operation: cancel() stops it and guarantees its callback never runs.
// Copies share one operation. A composite operation (sign in, then read, then revoke) points its
// handle at whichever step is under way with follow(), so one cancel() reaches the live request.

#include <functional>
#include <memory>

namespace rc {

class Call final
{
public:
    Call()
        : m_state(std::make_shared<State>())
    { }

    void cancel() const
    {
        if (m_state->cancelled)
            return;
        m_state->cancelled = true;
        if (auto abort = std::move(m_state->abort))
            abort();
    }
    bool isCancelled() const { return m_state->cancelled; }

    // What cancel() must do to stop the step under way.
    void setAbort(std::function<void()> abort) const
    {
        if (m_state->cancelled) {
            if (abort)
                abort();
            return;
        }
        m_state->abort = std::move(abort);
    }
    void follow(const Call &step) const
    {
        setAbort([step] { step.cancel(); });
    }

private:
    struct State
    {
        bool cancelled = false;
        std::function<void()> abort;
    };
    std::shared_ptr<State> m_state;
};

} // namespace rc
