#include "emulator/AppConsent.h"

#include "emulator/DemoTenant.h"

namespace rc::emu {

namespace {

bool isDefaultClient(const QString &clientId)
{
    return clientId.compare(QLatin1String(DemoTenant::DefaultClientId), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList AppConsent::consented(const QString &clientId, Audience resource) const
{
    PerResource entry = m_consented.value(clientId.toLower());
    if (const auto &set = entry.of(resource))
        return *set;
    if (resource == Audience::SharePoint)
        return {QStringLiteral("AllSites.FullControl"), QStringLiteral("User.ReadWrite.All")};
    // Containment (block sign-in, disable devices, read the sign-in log) as well: "Update user"
    // (User.EnableDisableAccount.All), "Update device" (Directory.AccessAsUser.All, the only
    // delegated permission it accepts), "Get device" (Device.Read.All).
    if (isDefaultClient(clientId))
        return {QStringLiteral("User.Read"),
                QStringLiteral("User.Read.All"),
                QStringLiteral("User.RevokeSessions.All"),
                QStringLiteral("AuditLog.Read.All"),
                QStringLiteral("User.EnableDisableAccount.All"),
                QStringLiteral("Directory.AccessAsUser.All"),
                QStringLiteral("Device.Read.All")};
    return {};
}

void AppConsent::setConsented(const QString &clientId, Audience resource,
                              const QStringList &permissions)
{
    m_consented[clientId.toLower()].of(resource) = permissions;
}

QStringList AppConsent::application(const QString &clientId, Audience resource) const
{
    PerResource entry = m_application.value(clientId.toLower());
    if (const auto &set = entry.of(resource))
        return *set;
    if (resource == Audience::SharePoint)
        return {QStringLiteral("Sites.FullControl.All")};
    // Containment app-only: "Update user" (User.EnableDisableAccount.All), "Update device"
    // (Device.ReadWrite.All), "List signIns" (AuditLog.Read.All).
    return {QStringLiteral("User.Read.All"), QStringLiteral("User.RevokeSessions.All"),
            QStringLiteral("User.EnableDisableAccount.All"), QStringLiteral("Device.ReadWrite.All"),
            QStringLiteral("AuditLog.Read.All")};
}

void AppConsent::setApplication(const QString &clientId, Audience resource,
                                const QStringList &roles)
{
    m_application[clientId.toLower()].of(resource) = roles;
}

QString AppConsent::displayName(const QString &clientId)
{
    // 14d82eec-... is Microsoft's own public client, "Microsoft Graph Command Line Tools"; other
    // registrations in the demo are the console's own.
    return isDefaultClient(clientId) ? QStringLiteral("Microsoft Graph Command Line Tools")
                                     : QStringLiteral("Revoke Console");
}

} // namespace rc::emu
