#include "auth/DeviceCodeSignIn.h"

#include "auth/AadErrorText.h"
#include "auth/GrantedPermissions.h"
#include "cloud/CloudEndpoints.h"
#include "core/Logging.h"

namespace rc {

namespace {

// No connection, a timeout, or the service busy or failing (429, 5xx): the next poll may work.
// Everything else (declined, expired, a bad code, an unreadable grant) is the service's answer.
bool isTransient(const ServiceError &error)
{
    return error.kind == ServiceError::Kind::Network || error.kind == ServiceError::Kind::Throttled
            || error.httpStatus == 429 || error.httpStatus >= 500;
}

ServiceError unsafePage(const QUrl &url)
{
    return ServiceError::make(
            ServiceError::Kind::SignIn,
            DeviceCodeSignIn::tr("The sign-in service named a sign-in page that is not a secure "
                                 "(https) address, so it was not opened: %1. Sign-in stopped; "
                                 "check the cloud settings.")
                    .arg(url.toDisplayString()),
            QStringLiteral("verification_uri scheme \"%1\" refused").arg(url.scheme()));
}

} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                                   QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_scopes(std::move(scopes))
    , m_audience(std::move(audience))
    , m_pollTimer(endpoint.clock())
    , m_expiryWarning(endpoint.clock())
{
    connect(&m_pollTimer, &ClockTimer::timeout, this, &DeviceCodeSignIn::poll);
    connect(&m_expiryWarning, &ClockTimer::timeout, this,
            [this] { Q_EMIT codeExpiring(ExpiryWarningSeconds); });
}

bool DeviceCodeSignIn::isAllowedVerificationUri(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https")
            || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

void DeviceCodeSignIn::start(std::function<void(Result<TokenGrant>)> onDone)
{
    m_onDone = std::move(onDone);
    requestCode();
}

void DeviceCodeSignIn::renewCode()
{
    if (!m_onDone)
        return;
    qCInfo(lcAuth) << "a new device code was asked for";
    m_pollTimer.stop();
    m_expiryWarning.stop();
    m_call.cancel();
    m_deviceCode.wipe();
    requestCode();
}

void DeviceCodeSignIn::requestCode()
{
    m_call = m_endpoint.requestDeviceCode(m_scopes, this, [this](Result<DeviceCode> code) {
        if (!code) {
            finish(code.error());
            return;
        }
        DeviceCode &c = code.value();
        if (!isAllowedVerificationUri(c.verificationUri)) {
            finish(unsafePage(c.verificationUri));
            return;
        }
        m_deviceCode = std::move(c.deviceCode);
        m_intervalSeconds = c.intervalSeconds;
        m_expiresInSeconds = c.expiresInSeconds;
        m_failedPolls = 0;
        m_issuedAtMs = m_endpoint.clock().monotonicMs();
        qCInfo(lcAuth) << "device code issued; polling every" << m_intervalSeconds << "s for"
                       << m_expiresInSeconds << "s at most";
        Q_EMIT codeIssued(c.userCode, c.verificationUri, c.message,
                          m_endpoint.clock().utcNow().addSecs(m_expiresInSeconds));
        // The first poll goes at once, as MSAL's does: RFC 8628 §3.5 asks for the interval
        // between polls, not before the first.
        m_pollTimer.start(0);
        // Lifetimes are at least 15 minutes (DeviceCode::MinLifetimeSeconds).
        m_expiryWarning.start(qint64(m_expiresInSeconds - ExpiryWarningSeconds) * 1000);
    });
}

void DeviceCodeSignIn::cancel()
{
    m_pollTimer.stop();
    m_expiryWarning.stop();
    m_call.cancel();
    m_onDone = nullptr;
    m_deviceCode.wipe();
}

void DeviceCodeSignIn::poll()
{
    if (m_endpoint.clock().monotonicMs() - m_issuedAtMs > qint64(m_expiresInSeconds) * 1000) {
        ServiceError e = ServiceError::make(ServiceError::Kind::SignIn,
                                            aadMessage(0, QStringLiteral("expired_token")));
        e.serviceCode = QStringLiteral("expired_token");
        finish(e);
        return;
    }
    m_call = m_endpoint.pollDeviceCode(m_deviceCode, m_audience, this,
                                       [this](DevicePoll result) { polled(std::move(result)); });
}

void DeviceCodeSignIn::polled(DevicePoll result)
{
    switch (result.state) {
    case DevicePoll::State::Granted:
        finish(std::move(*result.grant));
        return;
    case DevicePoll::State::SlowDown:
        // RFC 8628 §3.5; bounded like the interval the code came with.
        m_intervalSeconds = qMin(m_intervalSeconds + 5, DeviceCode::MaxIntervalSeconds);
        Q_FALLTHROUGH();
    case DevicePoll::State::Pending:
        m_failedPolls = 0;
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    case DevicePoll::State::Failed:
        if (isTransient(result.error) && ++m_failedPolls < MaxFailedPolls) {
            qCInfo(lcAuth).noquote() << "device code poll failed on the way, trying again:"
                                     << kindName(result.error.kind) << result.error.httpStatus;
            const int wait = qBound(m_intervalSeconds, result.error.retryAfterSeconds,
                                    DeviceCode::MaxIntervalSeconds);
            m_pollTimer.start(wait * 1000);
            return;
        }
        finish(permissions::namingConsent(result.error, m_scopes));
        return;
    }
}

void DeviceCodeSignIn::finish(Result<TokenGrant> result)
{
    m_pollTimer.stop();
    m_expiryWarning.stop();
    m_deviceCode.wipe();
    if (auto done = std::move(m_onDone)) {
        m_onDone = nullptr;
        done(std::move(result));
    }
}

} // namespace rc
