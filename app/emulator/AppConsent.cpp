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
    if (isDefaultClient(clientId))
        return {QStringLiteral("User.Read"), QStringLiteral("User.Read.All"),
                QStringLiteral("User.RevokeSessions.All"), QStringLiteral("AuditLog.Read.All")};
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
    return {QStringLiteral("User.Read.All"), QStringLiteral("User.RevokeSessions.All")};
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
