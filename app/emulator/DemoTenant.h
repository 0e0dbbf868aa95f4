#pragma once
// The directory of the emulated tenant contoso.onmicrosoft.com: users with their roles, session
// timestamps and the SharePoint revocation State each one answers, their devices and sign-in
// log, plus the client ids (app
// registrations) the identity listener accepts and the certificates uploaded to them (app-only
// sign-in). Seeded on construction; tests may add users or change a user in place through find().

#include "directory/RoleTemplates.h"
#include "emulator/AppConsent.h"
#include "emulator/DemoDevices.h"
#include "emulator/DemoSignIns.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::emu {

struct DemoUser
{
    QString id; // GUID
    QString displayName;
    QString userPrincipalName;
    QString mail; // empty: null
    QString userType = QStringLiteral("Member"); // "Member" or "Guest"
    QString jobTitle; // empty: null
    QString department; // empty: null
    bool accountEnabled = true;
    // Mastered in an on-premises directory and synced to Entra. Graph still accepts a cloud block
    // (the Connect FAQ: sync may undo it later) unless cloudBlockRefused, which answers the 400
    // Graph gives for properties mastered on-premises, so a client's refused path can be tested.
    bool onPremisesSyncEnabled = false;
    bool cloudBlockRefused = false;
    QDateTime createdDateTime; // UTC, second resolution
    QDateTime signInSessionsValidFrom; // UTC, second resolution
    QStringList roleTemplateIds;
    int spoState = 4; // SPOUserSessionRevocationState SharePoint answers for this user
    bool graphRevokeHasNoEffect = false;
    QDateTime lastSignIn; // signInActivity.lastSignInDateTime; invalid: never signed in
    // Graph's default property set beyond the ones above (empty: null).
    QString givenName;
    QString surname;
    QString officeLocation;
    QString mobilePhone;
    QStringList businessPhones;
    QString preferredLanguage;

    bool isGuest() const
    {
        return userType.compare(QStringLiteral("Guest"), Qt::CaseInsensitive) == 0;
    }
    bool hasRole(const QString &roleTemplateId) const;
};

// A certificate uploaded to an app registration ("Certificates & secrets"), as its DER bytes.
struct AppCertificate
{
    QString clientId; // lower case
    QByteArray der;
    QByteArray x5t; // base64url SHA-1 of der, no padding
    QByteArray x5tS256; // base64url SHA-256 of der, no padding
};

class DemoTenant final
{
public:
    static constexpr char DefaultClientId[] = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

    DemoTenant();

    QString domain() const { return m_domain; }
    QString tenantId() const { return m_tenantId; }

    const QList<DemoUser> &users() const { return m_users; }
    // Case-insensitive UPN or object id, through an index (bulk tests hold 10,000 users). The
    // pointer is valid until the next addUser().
    DemoUser *find(const QString &idOrUpn);
    const DemoUser *find(const QString &idOrUpn) const;
    // Adds a user; an empty id gets a fresh GUID, empty dates get "now". Returns the stored user.
    DemoUser &addUser(const DemoUser &user);

    void registerClientId(const QString &clientId);
    bool isClientIdAccepted(const QString &clientId) const;
    // Uploads a certificate (PEM or DER) to the app `clientId`, whose id becomes accepted too.
    // Returns false, registering nothing, when the bytes are not a certificate.
    bool registerCertificate(const QString &clientId, const QByteArray &certificatePemOrDer);
    // The app's certificate with this x5t or x5t#S256 thumbprint; nullptr when none.
    const AppCertificate *findCertificate(const QString &clientId,
                                          const QByteArray &thumbprint) const;

    // What the tenant consented to per app, and the app-only roles granted to each app.
    AppConsent &consent() { return m_consent; }
    const AppConsent &consent() const { return m_consent; }

    // The tenant's registered devices and its sign-in log.
    DemoDevices &devices() { return m_devices; }
    const DemoDevices &devices() const { return m_devices; }
    DemoSignIns &signIns() { return m_signIns; }
    const DemoSignIns &signIns() const { return m_signIns; }

    // "Global Administrator" etc. for the roles OperatorRoles knows; empty otherwise.
    static QString roleDisplayName(const QString &roleTemplateId);
    // The directoryRole object id of an activated role template in this tenant (stable).
    QString directoryRoleId(const QString &roleTemplateId) const;

private:
    void seed();
    void seedContainment();
    void indexUser(qsizetype position);

    QString m_domain;
    QString m_tenantId;
    QList<DemoUser> m_users;
    // Lower-cased id and UPN → position in m_users.
    QHash<QString, qsizetype> m_index;
    QStringList m_clientIds;
    QList<AppCertificate> m_certificates;
    AppConsent m_consent;
    DemoDevices m_devices;
    DemoSignIns m_signIns;
};

} // namespace rc::emu
