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

// signInAs: the demo user device codes are approved as (empty: the demo admin), so the window
// and the CLI can be tried as, say, the Helpdesk Administrator helpdesk@contoso.onmicrosoft.com.
Result<ConnectionSettings> launchDemo(emu::TenantEmulator &emulator,
                                      const QString &signInAs = QString());

} // namespace rc::cli
