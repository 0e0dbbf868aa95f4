#pragma once
// The scope parameter of an authorize, device-code or token request, read as Entra reads it:
// space-separated; "<resource>/.default" or "<resource>/<Permission>" names a resource, a bare
// permission means Graph, openid/profile/email/offline_access name no resource, and one request
// may name one resource only. The resource decides the audience of the access token.

#include "emulator/TokenStore.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace rc::emu {

struct ScopeRequest
{
    bool valid = false;
    // When not valid: the OAuth error, AADSTS number and text.
    QString error;
    int errorCode = 0;
    QString errorText;

    Audience audience = Audience::Graph;
    QStringList permissions; // without the resource prefix; ".default" for /.default
    bool offlineAccess = false;
    bool openId = false;
    bool profile = false;
    bool email = false;

    static ScopeRequest parse(const QString &scope, const QUrl &graphUrl, const QUrl &sharePointUrl,
                              const QString &tenantName);

    bool isDefault() const { return permissions.contains(QStringLiteral(".default")); }
    // The "scope" of the token answer: the permissions `granted` (Graph ones bare, other
    // resources' prefixed with the resource URL) then the OpenID scopes asked for.
    QString grantedScope(const QStringList &granted, const QUrl &sharePointUrl) const;
};

} // namespace rc::emu
