#pragma once
// One HTTP request exactly as a listener of the emulator received it. It is recorded before any
// fault or handling, so tests assert on what the client really sent: path and query stay
// percent-encoded as on the wire, header names are lower-cased, the body is kept byte for byte.

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

class QHttpServerRequest;

namespace rc::emu {

enum class Service { Identity, Graph, SharePoint };

QString serviceName(Service service);

struct EmulatedRequest
{
    // A copy of what a listener received at `at`.
    static EmulatedRequest received(Service service, const QHttpServerRequest &request,
                                    const QDateTime &at);

    Service service = Service::Graph;
    QByteArray method; // "GET", "POST"
    QString path; // as received, still percent-encoded
    QString query; // raw encoded query without '?'
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QDateTime receivedAt; // UTC

    QByteArray header(const QByteArray &lowerName) const;

    // The path with every segment percent-decoded (a decoded "%2F" stays inside its segment).
    QStringList pathSegments() const;
    QString decodedPath() const;
    // The value of a query parameter, decoded ('+' is a space, as form encoding has it).
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const;
    // The token of "Authorization: Bearer <token>", or empty.
    QByteArray bearerToken() const;
};

} // namespace rc::emu
