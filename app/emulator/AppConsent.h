#pragma once
// What the tenant granted each app registration ("Permissions and consent overview",
// learn.microsoft.com/entra/identity-platform/permissions-consent-overview): the delegated
// permissions an administrator consented to for the whole tenant (admin consent, per resource)
// and the application permissions (app roles) granted to it for app-only tokens. Part of
// DemoTenant; tests change it through TenantEmulator.

#include "emulator/TokenStore.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::emu {

class AppConsent final
{
public:
    // Tenant-wide consent. Defaults: the demo's public client has Graph User.Read, User.Read.All,
    // User.RevokeSessions.All, AuditLog.Read.All, User.EnableDisableAccount.All,
    // Directory.AccessAsUser.All and Device.Read.All; every client has SharePoint
    // AllSites.FullControl and User.ReadWrite.All (what `/.default` gave before consent existed);
    // any other client has no Graph consent.
    QStringList consented(const QString &clientId, Audience resource) const;
    void setConsented(const QString &clientId, Audience resource, const QStringList &permissions);

    // Application permissions for client-credentials tokens. Default for every (certificate) app:
    // Graph User.Read.All, User.RevokeSessions.All, User.EnableDisableAccount.All,
    // Device.ReadWrite.All and AuditLog.Read.All; SharePoint Sites.FullControl.All.
    QStringList application(const QString &clientId, Audience resource) const;
    void setApplication(const QString &clientId, Audience resource, const QStringList &roles);

    // The app's display name, as AADSTS65001 names it.
    static QString displayName(const QString &clientId);

private:
    struct PerResource
    {
        std::optional<QStringList> graph;
        std::optional<QStringList> sharePoint;
        std::optional<QStringList> &of(Audience resource)
        {
            return resource == Audience::Graph ? graph : sharePoint;
        }
    };
    QHash<QString, PerResource> m_consented; // lower-cased client id
    QHash<QString, PerResource> m_application;
};

} // namespace rc::emu
