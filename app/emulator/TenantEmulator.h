#pragma once
// A Microsoft 365 tenant on loopback: identity (Entra OAuth), Microsoft Graph and SharePoint admin,
// one QHttpServer each on 127.0.0.1, so the real clients run unchanged against it (protocol.md §4).
// Create, call start(), point a CloudEndpoints at cloudConfig(); faults and the request record
// are there for tests. Lives in the thread that created it; everything is asynchronous.

#include "emulator/EmulatedRequest.h"
#include "emulator/FaultPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace rc::emu {

class DemoTenant;

class TenantEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantEmulator)
public:
    explicit TenantEmulator(QObject *parent = nullptr);
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

    // Device codes are approved as this user as soon as they are issued (tests, the demo).
    // Empty: a code stays pending until approved on the verification page or with
    // approveDeviceCode().
    void setAutoApproveAs(const QString &upn);
    bool approveDeviceCode(const QString &userCode, const QString &upn);
    void declineDeviceCode(const QString &userCode);
    // The "interval" and "expires_in" of new device codes (defaults 5 s and 900 s).
    void setDeviceCodeIntervalSeconds(int seconds);
    void setDeviceCodeLifetimeSeconds(int seconds);

    // Every token issued so far stops working (401 InvalidAuthenticationToken / expired).
    void expireAccessTokens();
    void revokeRefreshTokens();

    // SharePoint answers FeatureDisabled (State 0) for every user, as a retired cmdlet would.
    void setSharePointRevocationDisabled(bool disabled);
    // Without Entra ID P1, Graph refuses $select=signInActivity (403), as the real service does.
    void setPremiumLicense(bool premium);

    // What the emulator received, oldest first (the request body is kept as sent).
    QList<EmulatedRequest> requests() const;
    QList<EmulatedRequest> requestsTo(Service service) const;
    void clearRequests();

    // Server clock, so tests can move it; defaults to the real UTC time.
    void setClockOffsetSeconds(qint64 seconds);
    QDateTime now() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rc::emu
