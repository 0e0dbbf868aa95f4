#pragma once
// The demo's control for the sign-in log: {identity}/demo/signin, a plain page that records a
// sign-in now (a user, an app, success) in the emulated tenant's log, so that after a revocation
// a person can see the window's and the CLI's sign-in check name it ("Check again"). Not a
// Microsoft endpoint: it exists only on the loopback emulator.

#include "emulator/EmulatedRequest.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpAnswer.h"

namespace rc::emu {

class DemoSignInPage final
{
public:
    explicit DemoSignInPage(EmulatorState &state)
        : m_state(state)
    { }

    // GET: the form; POST user=UPN&app=NAME: records the sign-in and says so.
    HttpAnswer handle(const EmulatedRequest &request);

private:
    EmulatorState &m_state;
};

} // namespace rc::emu
