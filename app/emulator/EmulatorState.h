#pragma once
// The state the three emulated services share: the directory, issued tokens, the fault plan, the
// listeners' base URLs and the knobs tests turn (server clock, device-code timing, SharePoint's
// tenant-level switch). One instance per TenantEmulator; services hold a reference to it.

#include "emulator/DemoTenant.h"
#include "emulator/FaultPlan.h"
#include "emulator/TokenStore.h"

#include <QDateTime>
#include <QUrl>

namespace rc::emu {

struct EmulatorState
{
    DemoTenant tenant;
    TokenStore tokens;
    FaultPlan faults;
    QUrl identityUrl;
    QUrl graphUrl;
    QUrl sharePointUrl;
    qint64 clockOffsetSeconds = 0;
    bool sharePointRevocationDisabled = false;
    bool premiumLicense = true; // Entra ID P1: signInActivity can be read
    QString autoApproveAs;
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeLifetimeSeconds = 900;

    QDateTime now() const;
    // A URL's text without a trailing slash, e.g. "http://127.0.0.1:40002".
    static QString baseText(const QUrl &url);
    // What a revocation does in Entra: sessions valid from now (to the second), and the user's
    // refresh tokens issued before that stop working. Returns the new timestamp.
    QDateTime revokeSessions(DemoUser &user);
};

} // namespace rc::emu
