#include "net/HttpDate.h"

#include <QLocale>

namespace rc {

QDateTime parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": English names whatever the user's locale.
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    QDateTime dt = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!dt.isValid())
        return {};
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds : -1;
    const QDateTime at = parseHttpDate(value);
    if (!at.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(at)));
}

} // namespace rc
