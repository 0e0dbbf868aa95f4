#pragma once
// One HTTP answer the emulator will write: status, headers in order, body. Services build these as
// plain values (so $batch can nest them and faults can replace them); ReplyChannel writes them.
// Also the few wire helpers every service shares: GUIDs, opaque random tokens, RFC 7231 dates.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace rc::emu {

struct HttpAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Replaces a header of that name (compared case-insensitively) or appends it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;

    static HttpAnswer json(int status, const QJsonObject &object, const QByteArray &contentType);
    static HttpAnswer json(int status, const QJsonArray &array, const QByteArray &contentType);
    static HttpAnswer html(int status, const QString &page);
    static HttpAnswer text(int status, const QByteArray &text);
    static HttpAnswer redirect(int status, const QUrl &location);
};

QString newGuid();
// At least `bytes` random bytes, base64url without padding.
QByteArray randomToken(int bytes = 32);
QByteArray base64Url(const QByteArray &data);
QByteArray httpDate(const QDateTime &utc); // Tue, 15 Nov 1994 08:12:31 GMT
QString isoSeconds(const QDateTime &utc); // 2026-01-05T08:00:00Z
QDateTime truncatedToSecond(const QDateTime &utc);
QString htmlEscaped(const QString &text);

} // namespace rc::emu
