#include "auth/GrantedPermissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::permissions {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class PermissionsTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::permissions)
};

bool isOpenIdScope(const QString &name)
{
    static const QStringList openId {QStringLiteral("openid"), QStringLiteral("profile"),
                                     QStringLiteral("email"), QStringLiteral("offline_access"),
                                     QStringLiteral(".default")};
    return openId.contains(name, Qt::CaseInsensitive);
}

// Higher-privileged permissions that include a lower one, from the Permissions tables of the
// calls Revoke Console makes (revokeSignInSessions, get user, list transitiveMemberOf).
QStringList includedBy(const QString &permission, bool appOnly)
{
    if (permission.compare(QLatin1String(RevokeSessions), Qt::CaseInsensitive) == 0) {
        if (appOnly)
            return {};
        return {QStringLiteral("User.ReadWrite.All"), QStringLiteral("Directory.ReadWrite.All")};
    }
    if (permission.compare(QLatin1String(ReadAllUsers), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("User.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
                QStringLiteral("Directory.ReadWrite.All")};
    return {};
}

} // namespace

QStringList fromScope(const QString &scope)
{
    QStringList names;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('/'), -1);
        if (!name.isEmpty() && !isOpenIdScope(name) && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

std::optional<QStringList> fromAccessToken(const QByteArray &token)
{
    // header.payload.signature: only the payload is copied (the rest is the secret's).
    const qsizetype first = token.indexOf('.');
    const qsizetype second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0 || token.indexOf('.', second + 1) >= 0)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(token.mid(first + 1, second - first - 1),
                                                      QByteArray::Base64UrlEncoding
                                                              | QByteArray::OmitTrailingEquals);
    const QJsonDocument claims = QJsonDocument::fromJson(payload);
    if (!claims.isObject())
        return std::nullopt;
    const QJsonObject o = claims.object();
    if (o.value(QLatin1String("scp")).isString())
        return fromScope(o.value(QLatin1String("scp")).toString());
    if (o.value(QLatin1String("roles")).isArray()) {
        QStringList roles;
        for (const QJsonValue &role : o.value(QLatin1String("roles")).toArray())
            roles.append(role.toString());
        return roles;
    }
    return std::nullopt;
}

QStringList missing(const QStringList &granted, const QStringList &required, bool appOnly)
{
    QStringList out;
    for (const QString &permission : required) {
        bool held = granted.contains(permission, Qt::CaseInsensitive);
        for (const QString &higher : includedBy(permission, appOnly))
            held = held || granted.contains(higher, Qt::CaseInsensitive);
        if (!held)
            out.append(permission);
    }
    return out;
}

QString consentSentence(const QStringList &permissions)
{
    return (permissions.size() == 1
                    ? PermissionsTr::tr(
                            "An administrator must consent to %1 (Microsoft Graph) for this app in "
                            "this tenant, or sign in with an app registration that has it.")
                    : PermissionsTr::tr(
                            "An administrator must consent to %1 (Microsoft Graph) for this app in "
                            "this tenant, or sign in with an app registration that has them."))
            .arg(permissions.join(PermissionsTr::tr(" and ")));
}

ServiceError namingConsent(ServiceError error, const QString &requestedScope)
{
    if (error.serviceCode != QLatin1String("AADSTS65001"))
        return error;
    const QStringList asked = fromScope(requestedScope);
    if (!asked.isEmpty())
        error.message = consentSentence(asked);
    return error;
}

} // namespace rc::permissions
