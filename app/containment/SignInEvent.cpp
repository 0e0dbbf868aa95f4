#include "containment/SignInEvent.h"

namespace rc {

SignInEvent SignInEvent::fromJson(const QJsonObject &o)
{
    SignInEvent e;
    const QDateTime at = QDateTime::fromString(o.value(QLatin1String("createdDateTime")).toString(),
                                               Qt::ISODate);
    e.at = at.isValid() ? at.toUTC() : QDateTime();
    e.app = o.value(QLatin1String("appDisplayName")).toString();
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (status.value(QLatin1String("errorCode")).isDouble())
        e.errorCode = status.value(QLatin1String("errorCode")).toInt(-1);
    e.failureReason = status.value(QLatin1String("failureReason")).toString();
    return e;
}

} // namespace rc
