#include "emulator/EmulatorState.h"

#include "emulator/HttpAnswer.h"

namespace rc::emu {

EmulatorState::EmulatorState(Clock &serverClock)
    : clock(serverClock)
    , faults(serverClock)
    , writeQuota(serverClock)
{ }

QDateTime EmulatorState::now() const
{
    return clock.utcNow().addSecs(clockOffsetSeconds);
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

void EmulatorState::countRevocation(Service service, const QString &key)
{
    ++m_revocations.at(static_cast<size_t>(service))[key.toLower()];
}

int EmulatorState::revocationCount(Service service, const QString &upnOrId) const
{
    const QHash<QString, int> &counts = m_revocations.at(static_cast<size_t>(service));
    const DemoUser *user = tenant.find(upnOrId);
    if (!user)
        return counts.value(upnOrId.toLower());
    // Graph may have addressed the same user by id once and by UPN once: both count.
    return counts.value(user->id.toLower()) + counts.value(user->userPrincipalName.toLower());
}

void EmulatorState::resetRevocationCounts()
{
    for (auto &counts : m_revocations)
        counts.clear();
}

} // namespace rc::emu
