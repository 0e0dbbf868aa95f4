#include "emulator/EmulatedRequest.h"

#include "emulator/FormFields.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace rc::emu {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

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

EmulatedRequest EmulatedRequest::received(Service service, const QHttpServerRequest &request,
                                          const QDateTime &at)
{
    // Copy everything now: QtHttpServer reuses the request object for the connection's next one.
    EmulatedRequest recorded;
    recorded.service = service;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path(QUrl::FullyEncoded);
    recorded.query = request.url().query(QUrl::FullyEncoded);
    const auto headers = request.headers();
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        const auto existing = recorded.headers.constFind(name);
        recorded.headers.insert(name,
                                existing == recorded.headers.cend()
                                        ? header.second
                                        : *existing + ", " + header.second);
    }
    recorded.body = request.body();
    recorded.receivedAt = at;
    return recorded;
}

} // namespace rc::emu
