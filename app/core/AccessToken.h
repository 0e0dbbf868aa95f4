#pragma once
// An access token and the one origin (scheme://host:port) it was issued for. HttpClient attaches it
// only to requests for that origin, so a token for Graph never reaches SharePoint or a redirect.

#include "core/SecretBytes.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rc {

struct AccessToken
{
    SecretBytes value;
    QUrl audience; // the resource base URL, e.g. https://graph.microsoft.com
    QDateTime expiresAt; // UTC
    // What it was granted (scp or roles, else the answer's scope); nullopt: nobody said.
    std::optional<QStringList> permissions;

    bool isUsableAt(const QDateTime &now) const
    {
        // A minute's margin: a token that expires in flight fails with 401 for nothing.
        return !value.isEmpty() && expiresAt.isValid() && now.addSecs(60) < expiresAt;
    }
    static bool sameOrigin(const QUrl &a, const QUrl &b)
    {
        return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
                && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
                && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
    }
};

} // namespace rc
