#pragma once
// --demo: start the built-in emulator on loopback, approve device codes as the demo admin, and
// point a connection at its contoso tenant. No Microsoft account, nothing leaves the computer.

#include "connection/TenantConnection.h"

namespace rc::emu {
class TenantEmulator;
}

namespace rc::cli {

inline constexpr char DemoTenantDomain[] = "contoso.onmicrosoft.com";
inline constexpr char DemoAdmin[] = "admin@contoso.onmicrosoft.com";
inline constexpr char DemoHelpdesk[] = "helpdesk@contoso.onmicrosoft.com";
// How long after its device code is shown the window's demo admin approves it: the dialog stays
// up long enough to read. (The terminal keeps the code on screen; the CLI's demo approves at once.)
inline constexpr int DemoApprovalMs = 800;

// signInAs: the demo user device codes are approved as (empty: the demo admin), so the window
// and the CLI can be tried as, say, the Helpdesk Administrator helpdesk@contoso.onmicrosoft.com;
// approvalMs after each code is issued.
Result<ConnectionSettings> launchDemo(emu::TenantEmulator &emulator,
                                      const QString &signInAs = QString(), int approvalMs = 0);

} // namespace rc::cli
