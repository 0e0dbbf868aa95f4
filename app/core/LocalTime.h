#pragma once
// How a moment is shown to a person: in local time, in the locale's short format ("14:32",
// "2:32 PM").

#include <QDateTime>
#include <QLocale>

namespace rc {

// The time of day only: for moments within the day (a sign-in code's expiry).
inline QString localShortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace rc
