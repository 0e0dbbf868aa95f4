#include "directory/GraphQuery.h"

#include <QUrl>
#include <QUuid>

namespace rc::graph {

QByteArray encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

bool isObjectId(const QString &text)
{
    // Exactly a GUID: QUuid::fromString reads one at the start and ignores what follows.
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QByteArray userKeyPath(const QString &upn)
{
    QString key = upn;
    key.replace(QLatin1Char('\''), QLatin1String("''"));
    return "/users('" + encode(key) + "')";
}

QByteArray userPath(const QString &idOrUpn)
{
    if (idOrUpn.startsWith(QLatin1Char('$')))
        return userKeyPath(idOrUpn);
    return "/users/" + encode(idOrUpn);
}

QByteArray directoryRolesPath(const QByteArray &userPath)
{
    return userPath + "/transitiveMemberOf/microsoft.graph.directoryRole";
}

QByteArray directoryRolesQuery()
{
    return "$select=displayName,roleTemplateId&$count=true";
}

QString searchExpression(const QString &term)
{
    QString q;
    q.reserve(term.size() + 4);
    for (const QChar c : term) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            q += QLatin1Char('\\');
        q += c;
    }
    return QStringLiteral("\"displayName:%1\" OR \"userPrincipalName:%1\" OR \"mail:%1\"").arg(q);
}

QString filterExpression(const QString &term)
{
    QString q = term;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("startswith(displayName,'%1') or startswith(userPrincipalName,'%1')")
            .arg(q);
}

} // namespace rc::graph
