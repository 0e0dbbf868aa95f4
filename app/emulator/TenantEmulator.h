#pragma once
// A Microsoft 365 tenant on loopback: identity (Entra OAuth), Microsoft Graph and SharePoint admin,
// one QHttpServer each on 127.0.0.1, so the real clients run unchanged against it
// (docs/protocol-notes.md, "The tenant emulator").
// Create, call start(), point a CloudEndpoints at cloudConfig(); faults, the write quota, answer
// latency and the request record are there for tests and benchmarks. Lives in the thread that
// created it; everything is asynchronous.

#include "core/Clock.h"
#include "emulator/EmulatedBatchItem.h"
#include "emulator/EmulatedRequest.h"
#include "emulator/FaultPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace rc::emu {

class DemoTenant;

class TenantEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantEmulator)
public:
    explicit TenantEmulator(QObject *parent = nullptr);
    // clock: the server's time (tokens, device codes, the write quota, answer latency); tests
    // advance a ManualClock instead of waiting. Must outlive the emulator.
    explicit TenantEmulator(Clock &clock, QObject *parent = nullptr);
    ~TenantEmulator() override;

    // Listens on three free loopback ports. Returns false (and a reason) if any listener fails.
    bool start(QString *errorMessage = nullptr);

    QUrl identityUrl() const; // e.g. http://127.0.0.1:40001
    QUrl graphUrl() const; // e.g. http://127.0.0.1:40002
    QUrl sharePointAdminUrl() const; // e.g. http://127.0.0.1:40003
    // {"authority": .., "graph": .., "sharepointAdmin": ..}: what --cloud-config reads.
    QJsonObject cloudConfig() const;

    DemoTenant &tenant();
    FaultPlan &faults();

    // Device codes are approved as this user when they are issued (tests), or `afterMs` later on
    // the emulator's clock (the demo: its dialog shows the code a moment, as with a person).
    // Empty: a code stays pending until approved on the verification page or with
    // approveDeviceCode().
    void setAutoApproveAs(const QString &upn, int afterMs = 0);
    bool approveDeviceCode(const QString &userCode, const QString &upn);
    void declineDeviceCode(const QString &userCode);
    // The "interval" and "expires_in" of new device codes (defaults 5 s and 900 s).
    void setDeviceCodeIntervalSeconds(int seconds);
    void setDeviceCodeLifetimeSeconds(int seconds);
    // The "verification_uri" (and the page named in "message") of new device codes, as given;
    // empty (the default): the emulator's own /devicelogin. Tests name a hostile page here.
    void setDeviceCodeVerificationUri(const QString &uri);

    // Tenant-wide (admin) consent: the delegated permissions of `resource` (Graph or SharePoint)
    // that tokens for `clientId` may carry. A token request naming another one is refused with
    // AADSTS65001 (unless a Global Administrator signs in); `/.default` yields exactly this set.
    // Defaults in AppConsent (the demo's public client: User.Read, User.Read.All,
    // User.RevokeSessions.All, AuditLog.Read.All).
    void setConsentedPermissions(const QString &clientId, const QStringList &permissions,
                                 Service resource = Service::Graph);
    // The application permissions (`roles`) of the app's client-credentials tokens for `resource`
    // (default: Graph User.Read.All and User.RevokeSessions.All, SharePoint Sites.FullControl.All).
    void setApplicationPermissions(const QString &clientId, const QStringList &permissions,
                                   Service resource = Service::Graph);

    // Containment. A device registered to the user (UPN or object id), "Windows", "iOS",
    // "Android"...; returns its object id, empty when there is no such user.
    QString addDevice(const QString &ownerUpnOrId, const QString &displayName,
                      const QString &operatingSystem, bool accountEnabled = true);
    // A sign-in log entry for the user at `at` (UTC): errorCode 0 is a success, else the AADSTS
    // number with its failureReason. False when there is no such user.
    bool recordSignIn(const QString &upnOrId, const QString &appDisplayName, const QDateTime &at,
                      int errorCode = 0, const QString &failureReason = QString());
    // accountEnabled of a user (UPN or id) or of a device (object id or deviceId); nullopt when
    // there is none.
    std::optional<bool> accountEnabled(const QString &upnOrId) const;
    std::optional<bool> deviceAccountEnabled(const QString &idOrDeviceId) const;
    // Marks the user as synced from on-premises (onPremisesSyncEnabled). Graph still blocks and
    // unblocks it; with refuseCloudBlock it answers 400 Request_BadRequest instead.
    bool setOnPremisesSyncEnabled(const QString &upnOrId, bool synced,
                                  bool refuseCloudBlock = false);

    // Every token issued so far stops working (401 InvalidAuthenticationToken / expired).
    void expireAccessTokens();
    void revokeRefreshTokens();
    // Every token and code handed out so far: tests grep the app's files and output for them.
    QList<QByteArray> issuedSecrets() const;

    // SharePoint answers FeatureDisabled (State 0) for every user, as a retired cmdlet would.
    void setSharePointRevocationDisabled(bool disabled);
    // Without Entra ID P1, Graph refuses $select=signInActivity (403), as the real service does.
    void setPremiumLicense(bool premium);

    // Graph-style write throttling for the whole tenant: a token bucket of `burst` writes,
    // refilled at `perSecond`. Writes are revocations: Graph revokeSignInSessions (direct or as a
    // $batch item) and SharePoint's RevokeAllUserSessions (CSOM and REST). Without a token a write
    // gets 429 with Retry-After (whole seconds until a token is back, at least 1) and changes
    // nothing. Reads are not counted. perSecond 0 turns it off (the default); the bucket starts
    // full.
    void setWriteQuota(double perSecond, int burst);
    // Writes the quota let through (whatever their outcome) or refused, on or off.
    int writesAccepted() const;
    int writesThrottled() const;
    // Revocations the service accepted for one user (Graph: answered 200, guests included, by id
    // or UPN; SharePoint: RevokeAllUserSessions ran for the user), so a test can prove that no
    // user was revoked twice.
    int revocationCount(const QString &upnOrId, Service service = Service::Graph) const;
    void resetWriteCounters(); // the three above

    // Every answer of every listener (or of one) leaves this long after its request arrived; a
    // $batch is one answer. Adds to injected Latency faults. 0 (the default) answers at once.
    void setAnswerLatency(int ms);
    void setAnswerLatency(Service service, int ms);

    // $batch responses come back in a shuffle drawn from this seed, never in request order.
    void setBatchOrderSeed(quint32 seed);

    // What the emulator received, oldest first (the request body is kept as sent). A $batch is
    // one request here; its items are in batchItems().
    QList<EmulatedRequest> requests() const;
    QList<EmulatedRequest> requestsTo(Service service) const;
    QList<EmulatedBatchItem> batchItems() const;
    void clearRequests(); // requests() and batchItems()

    // Server clock, so tests can move it; defaults to the real UTC time.
    void setClockOffsetSeconds(qint64 seconds);
    QDateTime now() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rc::emu
