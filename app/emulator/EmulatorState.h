#pragma once
// The state the three emulated services share: the directory, issued tokens, the fault plan, the
// write quota, the listeners' base URLs and the knobs tests turn (server clock, device-code
// timing, SharePoint's tenant-level switch, answer latency), plus what tests read back (the items
// of Graph batches, revocations per user). One instance per TenantEmulator; services hold a
// reference to it.

#include "emulator/DemoTenant.h"
#include "emulator/EmulatedBatchItem.h"
#include "emulator/EmulatedRequest.h"
#include "emulator/FaultPlan.h"
#include "emulator/TokenStore.h"
#include "emulator/WriteQuota.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <array>

namespace rc::emu {

struct EmulatorState
{
    explicit EmulatorState(Clock &serverClock);

    Clock &clock; // the server's time: tokens' lifetimes, device codes, the quota, latency
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
    int autoApproveAfterMs = 0; // 0: on issue; the demo's admin takes a moment, as a person does
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeLifetimeSeconds = 900;
    QString deviceCodeVerificationUri; // empty: the identity listener's own /devicelogin
    WriteQuota writeQuota;
    std::array<int, 3> answerLatencyMs {}; // indexed by Service
    QList<EmulatedBatchItem> batchItems;
    int batchesReceived = 0;

    QDateTime now() const; // the clock's UTC, moved by clockOffsetSeconds
    // A URL's text without a trailing slash, e.g. "http://127.0.0.1:40002".
    static QString baseText(const QUrl &url);
    // What a revocation does in Entra: sessions valid from now (to the second), and the user's
    // refresh tokens issued before that stop working. Returns the new timestamp.
    QDateTime revokeSessions(DemoUser &user);

    // A revocation request the service accepted for this user (Graph: the key as addressed, id or
    // UPN; SharePoint: the user's id). revocationCount() resolves either spelling to the user.
    void countRevocation(Service service, const QString &key);
    int revocationCount(Service service, const QString &upnOrId) const;
    void resetRevocationCounts();

private:
    std::array<QHash<QString, int>, 3> m_revocations; // indexed by Service; keys lower-cased
};

} // namespace rc::emu
