#pragma once
// What a sign-in was granted, read the way Entra states it: the access token's `scp` claim
// (delegated, space-separated) or `roles` claim (app-only), else the token answer's `scope`
// ("Microsoft identity platform access tokens"; "OAuth 2.0 authorization code flow"). Microsoft's
// permission names are compared without regard to case. Also the sentence for AADSTS65001 that
// names what an administrator must consent to.

#include "core/ServiceError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::permissions {

// "User.RevokeSessions.All" from "https://graph.microsoft.com/User.RevokeSessions.All"; the OpenID
// scopes (openid, profile, email, offline_access) and ".default" are left out.
QStringList fromScope(const QString &scope);
// The `scp` or `roles` claim of a JWT access token; nullopt when the token is not a readable JWT
// (Microsoft may change a token's format at any time: callers then let the service decide).
std::optional<QStringList> fromAccessToken(const QByteArray &token);
// Of `required`, the ones `granted` holds neither directly nor through a higher permission that
// includes it (User.ReadWrite.All includes User.Read.All, say). Application permissions
// (appOnly) have no higher one for User.RevokeSessions.All ("user: revokeSignInSessions").
QStringList missing(const QStringList &granted, const QStringList &required, bool appOnly = false);
// AADSTS65001 (consent required): names the permissions the request asked for.
ServiceError namingConsent(ServiceError error, const QString &requestedScope);
// "an administrator must consent to X and Y for this app"
QString consentSentence(const QStringList &permissions);

// What Revoke Console's calls need (each call's Permissions table on Microsoft Graph).
inline constexpr char RevokeSessions[] = "User.RevokeSessions.All";
inline constexpr char ReadAllUsers[] = "User.Read.All";
inline constexpr char ReadAuditLog[] = "AuditLog.Read.All";
// Containment: accountEnabled of a user ("Update user"), and of a device ("Update device", whose
// only delegated permission is Directory.AccessAsUser.All; app-only Device.ReadWrite.All).
inline constexpr char EnableDisableAccount[] = "User.EnableDisableAccount.All";
inline constexpr char AccessDirectoryAsUser[] = "Directory.AccessAsUser.All";
inline constexpr char ReadWriteDevices[] = "Device.ReadWrite.All";

} // namespace rc::permissions
