#pragma once
// The OAuth device-code flow (RFC 8628, Microsoft identity platform): ask for a code, show it
// (codeIssued), poll the token endpoint every `interval` seconds until the person approves it,
// declines it or it expires. slow_down adds five seconds. One object per attempt; start() once.

#include "auth/TokenEndpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace rc {

class DeviceCodeSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)
public:
    DeviceCodeSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                     QObject *parent = nullptr);

    void start(std::function<void(Result<TokenGrant>)> onDone);
    void cancel();

Q_SIGNALS:
    void codeIssued(const QString &userCode, const QUrl &verificationUri, const QString &message);

private:
    void poll();
    void finish(Result<TokenGrant> result);

    TokenEndpoint &m_endpoint;
    QString m_scopes;
    QUrl m_audience;
    std::function<void(Result<TokenGrant>)> m_onDone;
    SecretBytes m_deviceCode;
    int m_intervalSeconds = 5;
    int m_expiresInSeconds = 900;
    QElapsedTimer m_age;
    QTimer m_pollTimer;
    Call m_call;
};

} // namespace rc
