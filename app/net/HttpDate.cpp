#include "net/HttpDate.h"

#include <QLocale>

namespace rc {

QDateTime parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": English names whatever the user's locale.
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    // Parsed into parts and assembled in UTC: parsing as local time loses the hour that a
    // daylight-saving change skips.
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(5) != QLatin1String("GMT"))
        return {};
    const QDate date = QLocale::c().toDate(parts.mid(1, 3).join(QLatin1Char(' ')),
                                           QStringLiteral("dd MMM yyyy"));
    const QTime time = QTime::fromString(parts.at(4), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace rc
