#include "emulator/EmulatorState.h"

#include "emulator/HttpAnswer.h"

namespace rc::emu {

QDateTime EmulatorState::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
}

QString EmulatorState::baseText(const QUrl &url)
{
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QDateTime EmulatorState::revokeSessions(DemoUser &user)
{
    const QDateTime validFrom = truncatedToSecond(now());
    user.signInSessionsValidFrom = validFrom;
    tokens.revokeUserSessions(user.id, validFrom);
    return validFrom;
}

} // namespace rc::emu
