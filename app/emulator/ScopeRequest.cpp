#include "emulator/ScopeRequest.h"

#include "emulator/EmulatorState.h"

namespace rc::emu {

namespace {

const char GraphAppId[] = "00000003-0000-0000-c000-000000000000";
const char SharePointAppId[] = "00000003-0000-0ff1-ce00-000000000000";

bool sameResource(const QString &resource, const QUrl &base)
{
    const QUrl url(resource);
    if (!url.isValid() || url.scheme().compare(base.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
        || url.port(80) != base.port(80))
        return false;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.isEmpty();
}

} // namespace

ScopeRequest ScopeRequest::parse(const QString &scope, const QUrl &graphUrl,
                                 const QUrl &sharePointUrl, const QString &tenantName)
{
    ScopeRequest request;
    bool haveResource = false;
    const QStringList items = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString lower = item.toLower();
        if (lower == QStringLiteral("offline_access")) {
            request.offlineAccess = true;
            continue;
        }
        if (lower == QStringLiteral("openid") || lower == QStringLiteral("profile")
            || lower == QStringLiteral("email")) {
            request.openId = request.openId || lower == QStringLiteral("openid");
            request.profile = request.profile || lower == QStringLiteral("profile");
            request.email = request.email || lower == QStringLiteral("email");
            continue;
        }
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        Audience audience = Audience::Graph;
        QString permission = item;
        if (slash >= 0) {
            const QString resource = item.left(slash);
            permission = item.mid(slash + 1);
            if (sameResource(resource, graphUrl)
                || resource.compare(QLatin1String(GraphAppId), Qt::CaseInsensitive) == 0) {
                audience = Audience::Graph;
            } else if (sameResource(resource, sharePointUrl)
                       || resource.compare(QLatin1String(SharePointAppId), Qt::CaseInsensitive)
                               == 0) {
                audience = Audience::SharePoint;
            } else {
                request.error = QStringLiteral("invalid_resource");
                request.errorCode = 500011;
                request.errorText = QStringLiteral("The resource principal named %1 was not found "
                                                   "in the tenant named %2. "
                                                   "This can happen if the application has not "
                                                   "been installed by the "
                                                   "administrator of the tenant or consented to by "
                                                   "any user in the tenant. "
                                                   "You might have sent your authentication "
                                                   "request to the wrong tenant.")
                                            .arg(resource, tenantName);
                return request;
            }
        }
        if (permission.isEmpty()) {
            request.error = QStringLiteral("invalid_scope");
            request.errorCode = 70011;
            request.errorText = QStringLiteral("The provided value for the input parameter "
                                               "'scope' is not valid. The scope %1 is not valid.")
                                        .arg(item);
            return request;
        }
        if (haveResource && audience != request.audience) {
            request.error = QStringLiteral("invalid_scope");
            request.errorCode = 28000;
            request.errorText
                    = QStringLiteral("Provided value for the input parameter scope is not valid "
                                     "because it "
                                     "contains more than one resource. Scope %1 is not valid.")
                              .arg(scope);
            return request;
        }
        haveResource = true;
        request.audience = audience;
        if (!request.permissions.contains(permission, Qt::CaseInsensitive))
            request.permissions.append(
                    permission.compare(QStringLiteral(".default"), Qt::CaseInsensitive) == 0
                            ? QStringLiteral(".default")
                            : permission);
    }
    if (!haveResource)
        request.permissions.append(QStringLiteral("User.Read"));
    request.valid = true;
    return request;
}

QString ScopeRequest::grantedScope(const QStringList &permissionsGranted,
                                   const QUrl &sharePointUrl) const
{
    QStringList granted;
    for (const QString &name : permissionsGranted) {
        granted.append(audience == Audience::SharePoint
                               ? EmulatorState::baseText(sharePointUrl) + QLatin1Char('/') + name
                               : name);
    }
    if (openId)
        granted.append(QStringLiteral("openid"));
    if (profile)
        granted.append(QStringLiteral("profile"));
    if (email)
        granted.append(QStringLiteral("email"));
    return granted.join(QLatin1Char(' '));
}

} // namespace rc::emu
