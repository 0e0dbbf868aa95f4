#include "emulator/DemoTenant.h"

#include "emulator/OperatorRoles.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QUuid>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace rc::emu {

namespace {

struct Seed
{
    const char *localPart;
    const char *displayName;
    const char *givenName;
    const char *surname;
    const char *jobTitle;
    const char *department;
    const char *officeLocation;
    const char *created; // ISO date-time, UTC
};

// Names in the style of Microsoft's demo tenants; several share prefixes ("Mi", "Jo", "Pa") so
// search as you type has something to narrow down.
const Seed kSeeds[] = {
        {"admin", "MOD Administrator", "MOD", "Administrator", "IT Administrator", "IT", "",
         "2023-02-14T09:12:41Z"},
        {"useradmin", "Uma Adler", "Uma", "Adler", "Identity Administrator", "IT", "Redmond",
         "2023-03-01T10:00:05Z"},
        {"spadmin", "Sam Pratt", "Sam", "Pratt", "Collaboration Lead", "IT", "Redmond",
         "2023-03-01T10:02:17Z"},
        {"helpdesk", "Hugo Delgado", "Hugo", "Delgado", "Helpdesk Technician", "IT", "Redmond",
         "2023-04-11T14:30:00Z"},
        {"lee.gu", "Lee Gu", "Lee", "Gu", "Director", "Manufacturing", "Seattle",
         "2023-05-02T08:45:10Z"},
        {"adele.vance", "Adele Vance", "Adele", "Vance", "Retail Manager", "Retail", "Seattle",
         "2023-05-02T08:46:22Z"},
        {"alex.wilber", "Alex Wilber", "Alex", "Wilber", "Marketing Assistant", "Marketing",
         "Tulsa", "2023-05-02T08:47:03Z"},
        {"diego.siciliani", "Diego Siciliani", "Diego", "Siciliani", "HR Manager", "HR",
         "Birmingham", "2023-06-19T12:00:00Z"},
        {"grady.archie", "Grady Archie", "Grady", "Archie", "Designer", "R&D", "Bloomington",
         "2023-06-19T12:01:30Z"},
        {"isaiah.langer", "Isaiah Langer", "Isaiah", "Langer", "Sales Rep", "Sales", "Tulsa",
         "2023-07-07T16:20:00Z"},
        {"nestor.wilke", "Nestor Wilke", "Nestor", "Wilke", "Director", "Operations", "Seattle",
         "2023-07-07T16:21:45Z"},
        {"pradeep.gupta", "Pradeep Gupta", "Pradeep", "Gupta", "Accountant", "Finance", "Seattle",
         "2023-08-21T09:00:00Z"},
        {"o'brien", "Patti O'Brien", "Patti", "O'Brien", "Sales Director", "Sales", "Dublin",
         "2023-09-12T11:11:11Z"},
        {"$svc-backup", "Backup Service", "", "", "", "", "", "2023-10-01T00:00:00Z"},
        {"megan.bowen", "Megan Bowen", "Megan", "Bowen", "Marketing Manager", "Marketing",
         "Pittsburgh", "2023-10-16T08:30:00Z"},
        {"lynne.robbins", "Lynne Robbins", "Lynne", "Robbins", "Planner", "Retail", "Tulsa",
         "2023-10-16T08:31:00Z"},
        {"johanna.lorenz", "Johanna Lorenz", "Johanna", "Lorenz", "Senior Engineer", "Engineering",
         "Munich", "2023-11-03T13:00:00Z"},
        {"joni.sherman", "Joni Sherman", "Joni", "Sherman", "Paralegal", "Legal", "Charlotte",
         "2023-11-03T13:05:00Z"},
        {"jordan.miller", "Jordan Miller", "Jordan", "Miller", "Sales Rep", "Sales", "Denver",
         "2024-01-08T09:00:00Z"},
        {"lidia.holloway", "Lidia Holloway", "Lidia", "Holloway", "Product Manager", "Engineering",
         "Tulsa", "2024-01-08T09:10:00Z"},
        {"miriam.graham", "Miriam Graham", "Miriam", "Graham", "Director", "Sales & Marketing",
         "San Diego", "2024-02-12T10:00:00Z"},
        {"mikael.strand", "Mikael Strand", "Mikael", "Strand", "Logistics Coordinator",
         "Operations", "Stockholm", "2024-02-12T10:05:00Z"},
        {"mirela.popescu", "Mirela Popescu", "Mirela", "Popescu", "Financial Analyst", "Finance",
         "Bucharest", "2024-03-04T07:45:00Z"},
        {"allan.deyoung", "Allan Deyoung", "Allan", "Deyoung", "IT Admin", "IT", "Waukesha",
         "2024-03-04T07:50:00Z"},
        {"christie.cline", "Christie Cline", "Christie", "Cline", "Buyer", "Sales", "San Diego",
         "2024-04-22T15:00:00Z"},
        {"debra.berger", "Debra Berger", "Debra", "Berger", "Administrative Assistant",
         "Executive Management", "Bellevue", "2024-04-22T15:02:00Z"},
        {"emily.braun", "Emily Braun", "Emily", "Braun", "Budget Analyst", "Finance", "Bellevue",
         "2024-05-13T09:30:00Z"},
        {"enrico.cattaneo", "Enrico Cattaneo", "Enrico", "Cattaneo", "Attorney", "Legal", "Milan",
         "2024-05-13T09:35:00Z"},
        {"henrietta.mueller", "Henrietta Mueller", "Henrietta", "Mueller", "Developer", "R&D",
         "Bloomington", "2024-06-03T11:00:00Z"},
        {"irvin.sayers", "Irvin Sayers", "Irvin", "Sayers", "Director", "R&D", "Bloomington",
         "2024-06-03T11:04:00Z"},
        {"patti.fernandez", "Patti Fernandez", "Patti", "Fernandez", "President",
         "Executive Management", "Louisville", "2024-07-15T08:00:00Z"},
        {"ben.walters", "Ben Walters", "Ben", "Walters", "Sales Manager", "Sales", "Austin",
         "2024-09-09T10:00:00Z"},
        // Appended, so that every user above keeps the properties derived from its position.
        {"privauth", "Paula Anders", "Paula", "Anders", "Identity Security Lead", "IT", "Redmond",
         "2024-10-01T09:00:00Z"},
        {"authadmin", "Theo Brandt", "Theo", "Brandt", "Authentication Specialist", "IT", "Redmond",
         "2024-10-01T09:05:00Z"},
};

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// The DER form of a PEM or DER certificate; empty when the bytes are neither.
QByteArray certificateDer(const QByteArray &pemOrDer)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size())), &BIO_free);
    X509 *parsed = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!parsed) {
        const auto *cursor = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        parsed = d2i_X509(nullptr, &cursor, long(pemOrDer.size()));
    }
    ERR_clear_error();
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(parsed, &X509_free);
    const int length = certificate ? i2d_X509(certificate.get(), nullptr) : 0;
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate.get(), &out);
    return der;
}

QByteArray thumbprint(const QByteArray &der, QCryptographicHash::Algorithm hash)
{
    return QCryptographicHash::hash(der, hash).toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals);
}

QDateTime utc(const char *iso)
{
    QDateTime value = QDateTime::fromString(str(iso), Qt::ISODate);
    value.setTimeZone(QTimeZone::utc());
    return value;
}

} // namespace

bool DemoUser::hasRole(const QString &roleTemplateId) const
{
    return roleTemplateIds.contains(roleTemplateId, Qt::CaseInsensitive);
}

DemoTenant::DemoTenant()
    : m_domain(QStringLiteral("contoso.onmicrosoft.com"))
    , m_tenantId(QStringLiteral("b7f0c3a2-5d1e-4f8a-9c6b-2e4d7a1f3c90"))
    , m_clientIds({str(DefaultClientId)})
{
    seed();
}

void DemoTenant::seed()
{
    const QUuid ns(m_tenantId);
    const QDateTime validFromBase = utc("2026-01-05T08:00:00Z");
    int index = 0;
    for (const Seed &s : kSeeds) {
        DemoUser user;
        user.userPrincipalName = str(s.localPart) + QLatin1Char('@') + m_domain;
        user.id = QUuid::createUuidV5(ns, user.userPrincipalName.toLower())
                          .toString(QUuid::WithoutBraces);
        user.displayName = str(s.displayName);
        user.givenName = str(s.givenName);
        user.surname = str(s.surname);
        user.jobTitle = str(s.jobTitle);
        user.department = str(s.department);
        user.officeLocation = str(s.officeLocation);
        user.mail = user.userPrincipalName;
        user.preferredLanguage = QStringLiteral("en-US");
        user.businessPhones
                = {QStringLiteral("+1 425 555 %1").arg(100 + index, 4, 10, QLatin1Char('0'))};
        user.createdDateTime = utc(s.created);
        // Variations of one past date: every seeded user last had sessions revoked some day.
        user.signInSessionsValidFrom = validFromBase.addDays(index % 7).addSecs(3600 * (index % 5));
        user.lastSignIn = utc("2026-11-20T07:30:00Z").addSecs(-5400 * index);
        m_users.append(user);
        indexUser(m_users.size() - 1);
        ++index;
    }
    find(QStringLiteral("admin@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::GlobalAdministrator)};
    find(QStringLiteral("useradmin@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::UserAdministrator)};
    find(QStringLiteral("spadmin@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::SharePointAdministrator)};
    find(QStringLiteral("helpdesk@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::HelpdeskAdministrator)};
    find(QStringLiteral("privauth@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::PrivilegedAuthenticationAdministrator)};
    find(QStringLiteral("authadmin@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::AuthenticationAdministrator)};
    // An ordinary-looking person who is an admin elsewhere: only Privileged Authentication or
    // Global Administrators may revoke them.
    find(QStringLiteral("allan.deyoung@") + m_domain)->roleTemplateIds
            = {str(RoleTemplates::ExchangeAdministrator)};
    find(QStringLiteral("alex.wilber@") + m_domain)->spoState = 3;
    find(QStringLiteral("diego.siciliani@") + m_domain)->spoState = 2;
    find(QStringLiteral("grady.archie@") + m_domain)->spoState = 0;
    find(QStringLiteral("isaiah.langer@") + m_domain)->spoState
            = 1; // never provisioned in SharePoint
    find(QStringLiteral("nestor.wilke@") + m_domain)->graphRevokeHasNoEffect = true;
    find(QStringLiteral("pradeep.gupta@") + m_domain)->accountEnabled = false;
    DemoUser *service = find(QStringLiteral("$svc-backup@") + m_domain);
    service->mail.clear();
    service->businessPhones.clear();

    DemoUser guest;
    guest.userPrincipalName = QStringLiteral("jane.doe_fabrikam.com#EXT#@") + m_domain;
    guest.id = QUuid::createUuidV5(ns, guest.userPrincipalName.toLower())
                       .toString(QUuid::WithoutBraces);
    guest.displayName = QStringLiteral("Jane Doe");
    guest.givenName = QStringLiteral("Jane");
    guest.surname = QStringLiteral("Doe");
    guest.mail = QStringLiteral("jane.doe@fabrikam.com");
    guest.userType = QStringLiteral("Guest");
    guest.createdDateTime = utc("2025-03-18T14:22:09Z");
    guest.signInSessionsValidFrom = utc("2025-03-18T14:22:09Z");
    m_users.append(guest);
    indexUser(m_users.size() - 1);
    seedContainment();
}

void DemoTenant::seedContainment()
{
    // What containment acts on: a synced user (whose sign-in Graph may not block) and people
    // with a Windows laptop and a phone each, who signed in to a few apps lately.
    find(QStringLiteral("johanna.lorenz@") + m_domain)->onPremisesSyncEnabled = true;
    const QUuid ns(m_tenantId);
    const struct
    {
        const char *localPart;
        const char *laptop;
        const char *phone;
        const char *phoneOs;
        const char *phoneVersion;
    } owners[] = {{"lee.gu", "LEE-LAPTOP", "Lee's iPhone", "iOS", "17.5"},
                  {"adele.vance", "ADELE-SURFACE", "Adele's Pixel", "Android", "14"},
                  {"megan.bowen", "MEGAN-LAPTOP", "Megan's iPhone", "iOS", "18.1"}};
    for (const auto &owner : owners) {
        const DemoUser *user = find(str(owner.localPart) + QLatin1Char('@') + m_domain);
        const auto guid = [&ns](const QString &name) {
            return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
        };
        for (const bool laptop : {true, false}) {
            DemoDevice device;
            device.displayName = str(laptop ? owner.laptop : owner.phone);
            device.id = guid(QStringLiteral("device:") + device.displayName);
            device.deviceId = guid(QStringLiteral("deviceId:") + device.displayName);
            device.operatingSystem = laptop ? QStringLiteral("Windows") : str(owner.phoneOs);
            device.operatingSystemVersion
                    = laptop ? QStringLiteral("10.0.22631.4460") : str(owner.phoneVersion);
            device.trustType = laptop ? QStringLiteral("AzureAd") : QStringLiteral("Workplace");
            device.registeredOwnerId = user->id;
            m_devices.add(device);
        }
        for (int i = 0; i < 3; ++i) {
            DemoSignIn signIn;
            signIn.id = guid(QStringLiteral("signIn:%1:%2").arg(user->id).arg(i));
            signIn.userId = user->id;
            signIn.userDisplayName = user->displayName;
            signIn.userPrincipalName = user->userPrincipalName;
            signIn.appDisplayName = i == 1 ? QStringLiteral("Office 365 Exchange Online")
                                           : QStringLiteral("Microsoft Teams");
            signIn.createdDateTime = user->lastSignIn.addSecs(-3600 * 6 * i);
            m_signIns.add(signIn);
        }
    }
}

void DemoTenant::indexUser(qsizetype position)
{
    const DemoUser &user = m_users.at(position);
    for (const QString &key : {user.id.toLower(), user.userPrincipalName.toLower()}) {
        if (!m_index.contains(key)) // the first user with a key keeps it, as the scan did
            m_index.insert(key, position);
    }
}

DemoUser *DemoTenant::find(const QString &idOrUpn)
{
    const auto matches = [&idOrUpn](const DemoUser &user) {
        return user.userPrincipalName.compare(idOrUpn, Qt::CaseInsensitive) == 0
                || user.id.compare(idOrUpn, Qt::CaseInsensitive) == 0;
    };
    const auto hit = m_index.constFind(idOrUpn.toLower());
    if (hit != m_index.cend() && matches(m_users[*hit]))
        return &m_users[*hit];
    // Not indexed, or a test renamed a user in place through find(): scan, then re-index.
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (matches(m_users.at(i))) {
            m_index.insert(idOrUpn.toLower(), i);
            return &m_users[i];
        }
    }
    return nullptr;
}

const DemoUser *DemoTenant::find(const QString &idOrUpn) const
{
    return const_cast<DemoTenant *>(this)->find(idOrUpn);
}

DemoUser &DemoTenant::addUser(const DemoUser &user)
{
    DemoUser stored = user;
    if (stored.id.isEmpty())
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    if (!stored.createdDateTime.isValid())
        stored.createdDateTime = now;
    if (!stored.signInSessionsValidFrom.isValid())
        stored.signInSessionsValidFrom = stored.createdDateTime;
    m_users.append(stored);
    indexUser(m_users.size() - 1);
    return m_users.last();
}

void DemoTenant::registerClientId(const QString &clientId)
{
    if (!isClientIdAccepted(clientId))
        m_clientIds.append(clientId.toLower());
}

bool DemoTenant::isClientIdAccepted(const QString &clientId) const
{
    return !clientId.isEmpty() && m_clientIds.contains(clientId, Qt::CaseInsensitive);
}

bool DemoTenant::registerCertificate(const QString &clientId, const QByteArray &certificatePemOrDer)
{
    AppCertificate certificate;
    certificate.der = certificateDer(certificatePemOrDer);
    if (certificate.der.isEmpty() || clientId.isEmpty())
        return false;
    certificate.clientId = clientId.toLower();
    certificate.x5t = thumbprint(certificate.der, QCryptographicHash::Sha1);
    certificate.x5tS256 = thumbprint(certificate.der, QCryptographicHash::Sha256);
    registerClientId(clientId);
    m_certificates.append(certificate);
    return true;
}

const AppCertificate *DemoTenant::findCertificate(const QString &clientId,
                                                  const QByteArray &thumbprint) const
{
    for (const AppCertificate &certificate : m_certificates) {
        if (certificate.clientId.compare(clientId, Qt::CaseInsensitive) == 0
            && !thumbprint.isEmpty()
            && (certificate.x5t == thumbprint || certificate.x5tS256 == thumbprint))
            return &certificate;
    }
    return nullptr;
}

QString DemoTenant::roleDisplayName(const QString &roleTemplateId)
{
    return OperatorRoles::displayName(roleTemplateId);
}

QString DemoTenant::directoryRoleId(const QString &roleTemplateId) const
{
    return QUuid::createUuidV5(QUuid(m_tenantId),
                               QStringLiteral("role:") + roleTemplateId.toLower())
            .toString(QUuid::WithoutBraces);
}

} // namespace rc::emu
