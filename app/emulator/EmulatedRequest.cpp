#include "emulator/EmulatedRequest.h"

#include "emulator/FormFields.h"

#include <QUrl>

namespace rc::emu {

QString serviceName(Service service)
{
    switch (service) {
    case Service::Identity:
        return QStringLiteral("identity");
    case Service::Graph:
        return QStringLiteral("graph");
    case Service::SharePoint:
        return QStringLiteral("sharepoint");
    }
    return {};
}

QByteArray EmulatedRequest::header(const QByteArray &lowerName) const
{
    return headers.value(lowerName.toLower());
}

QStringList EmulatedRequest::pathSegments() const
{
    QStringList segments;
    const QStringList raw = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : raw)
        segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    return segments;
}

QString EmulatedRequest::decodedPath() const
{
    return QUrl::fromPercentEncoding(path.toUtf8());
}

QString EmulatedRequest::queryValue(const QString &name) const
{
    return FormFields::parse(query.toUtf8()).value(name);
}

bool EmulatedRequest::hasQueryItem(const QString &name) const
{
    return FormFields::parse(query.toUtf8()).contains(name);
}

QByteArray EmulatedRequest::bearerToken() const
{
    const QByteArray authorization = header("authorization").trimmed();
    const QByteArray scheme = "bearer ";
    if (authorization.size() < scheme.size()
        || authorization.left(scheme.size()).toLower() != scheme)
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

} // namespace rc::emu
