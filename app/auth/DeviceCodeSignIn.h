#pragma once
// The OAuth device-code flow (RFC 8628, Microsoft identity platform): ask for a code, show it
// (codeIssued), poll the token endpoint at once and then every `interval` seconds until the
// person approves it, declines it or it expires. slow_down adds five seconds. A poll that fails on
// the way (no connection, a 5xx or 429) is retried a few times; only a definitive answer ends the
// flow. A verification page that is not https (or http on loopback, the emulator) ends it before
// anything is shown. The waits and the code's age are on the endpoint's clock. One object per
// attempt; start() once. A minute before the code expires, codeExpiring says so; renewCode() then
// asks for a new one and polls with it, as often as the person wants (WCAG 2.2.1: the time limit
// can be extended with a simple action).

#include "auth/TokenEndpoint.h"
#include "core/Clock.h"

#include <QObject>

namespace rc {

class DeviceCodeSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)
public:
    // Polls that fail on the way, in a row, before the flow gives up.
    static constexpr int MaxFailedPolls = 4;
    // How long before its expiry a code is said to be expiring: WCAG 2.2.1 asks for 20 s or more
    // to extend a time limit; a minute leaves time to notice, read and act.
    static constexpr int ExpiryWarningSeconds = 60;

    DeviceCodeSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                     QObject *parent = nullptr);

    void start(std::function<void(Result<TokenGrant>)> onDone);
    void cancel();
    // Drops the code shown and asks for a new one (codeIssued again); no-op once finished.
    void renewCode();

    // https, or http to this computer (127.0.0.1, ::1, localhost): the only pages a person is
    // sent to. Anything else a server names is refused, never opened or shown as a link.
    static bool isAllowedVerificationUri(const QUrl &url);

Q_SIGNALS:
    // expiresAt: UTC, on the endpoint's clock.
    void codeIssued(const QString &userCode, const QUrl &verificationUri, const QString &message,
                    const QDateTime &expiresAt);
    void codeExpiring(int secondsLeft);

private:
    void requestCode();
    void poll();
    void polled(DevicePoll result);
    void finish(Result<TokenGrant> result);

    TokenEndpoint &m_endpoint;
    QString m_scopes;
    QUrl m_audience;
    std::function<void(Result<TokenGrant>)> m_onDone;
    SecretBytes m_deviceCode;
    int m_intervalSeconds = 5;
    int m_expiresInSeconds = 900;
    int m_failedPolls = 0;
    qint64 m_issuedAtMs = 0; // on the endpoint's clock, which the polls wait on too
    ClockTimer m_pollTimer;
    ClockTimer m_expiryWarning;
    Call m_call;
};

} // namespace rc
