#include "auth/DeviceCodeSignIn.h"

#include "auth/AadErrorText.h"
#include "auth/GrantedPermissions.h"
#include "core/Logging.h"

namespace rc {

DeviceCodeSignIn::DeviceCodeSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                                   QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_scopes(std::move(scopes))
    , m_audience(std::move(audience))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::start(std::function<void(Result<TokenGrant>)> onDone)
{
    m_onDone = std::move(onDone);
    m_call = m_endpoint.requestDeviceCode(m_scopes, this, [this](Result<DeviceCode> code) {
        if (!code) {
            finish(code.error());
            return;
        }
        DeviceCode &c = code.value();
        m_deviceCode = std::move(c.deviceCode);
        m_intervalSeconds = c.intervalSeconds;
        m_expiresInSeconds = c.expiresInSeconds;
        m_age.start();
        qCInfo(lcAuth) << "device code issued; polling every" << m_intervalSeconds << "s";
        Q_EMIT codeIssued(c.userCode, c.verificationUri, c.message);
        m_pollTimer.start(m_intervalSeconds * 1000);
    });
}

void DeviceCodeSignIn::cancel()
{
    m_pollTimer.stop();
    m_call.cancel();
    m_onDone = nullptr;
    m_deviceCode.wipe();
}

void DeviceCodeSignIn::poll()
{
    if (m_age.hasExpired(qint64(m_expiresInSeconds) * 1000)) {
        ServiceError e = ServiceError::make(ServiceError::Kind::SignIn,
                                            aadMessage(0, QStringLiteral("expired_token")));
        e.serviceCode = QStringLiteral("expired_token");
        finish(e);
        return;
    }
    m_call = m_endpoint.pollDeviceCode(m_deviceCode, m_audience, this, [this](DevicePoll result) {
        switch (result.state) {
        case DevicePoll::State::Granted:
            finish(std::move(*result.grant));
            return;
        case DevicePoll::State::SlowDown:
            m_intervalSeconds += 5; // RFC 8628 §3.5
            Q_FALLTHROUGH();
        case DevicePoll::State::Pending:
            m_pollTimer.start(m_intervalSeconds * 1000);
            return;
        case DevicePoll::State::Failed:
            finish(permissions::namingConsent(result.error, m_scopes));
            return;
        }
    });
}

void DeviceCodeSignIn::finish(Result<TokenGrant> result)
{
    m_pollTimer.stop();
    m_deviceCode.wipe();
    if (auto done = std::move(m_onDone)) {
        m_onDone = nullptr;
        done(std::move(result));
    }
}

} // namespace rc
