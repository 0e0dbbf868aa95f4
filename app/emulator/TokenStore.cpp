#include "emulator/TokenStore.h"

#include "emulator/HttpAnswer.h"

#include <QRandomGenerator>

namespace rc::emu {

void TokenStore::addAccessToken(const AccessGrant &grant)
{
    m_access[grant.token] = grant;
}

const AccessGrant *TokenStore::accessToken(const QByteArray &token) const
{
    const auto it = m_access.find(token);
    return it == m_access.end() ? nullptr : &it->second;
}

void TokenStore::expireAccessTokens()
{
    for (auto &entry : m_access)
        entry.second.forcedExpired = true;
}

QByteArray TokenStore::issueRefreshToken(const QString &userId, const QString &clientId,
                                         const QDateTime &now)
{
    RefreshGrant grant;
    grant.token = randomToken(64);
    grant.userId = userId;
    grant.clientId = clientId;
    grant.issuedAt = now;
    m_refresh[grant.token] = grant;
    return grant.token;
}

const RefreshGrant *TokenStore::refreshToken(const QByteArray &token) const
{
    const auto it = m_refresh.find(token);
    return it == m_refresh.end() ? nullptr : &it->second;
}

void TokenStore::revokeRefreshTokens()
{
    for (auto &entry : m_refresh)
        entry.second.revoked = true;
}

void TokenStore::revokeUserSessions(const QString &userId, const QDateTime &validFrom)
{
    for (auto &entry : m_refresh) {
        if (entry.second.userId == userId && entry.second.issuedAt < validFrom)
            entry.second.revoked = true;
    }
}

DeviceAuthorization &TokenStore::addDeviceAuthorization(const DeviceAuthorization &authorization)
{
    return m_devices[authorization.deviceCode] = authorization;
}

DeviceAuthorization *TokenStore::deviceAuthorization(const QByteArray &deviceCode)
{
    const auto it = m_devices.find(deviceCode);
    return it == m_devices.end() ? nullptr : &it->second;
}

DeviceAuthorization *TokenStore::deviceAuthorizationByUserCode(const QString &userCode)
{
    const QString wanted = userCode.trimmed();
    for (auto &entry : m_devices) {
        if (entry.second.userCode.compare(wanted, Qt::CaseInsensitive) == 0)
            return &entry.second;
    }
    return nullptr;
}

AuthorizationCode &TokenStore::addAuthorizationCode(const AuthorizationCode &code)
{
    return m_codes[code.code] = code;
}

AuthorizationCode *TokenStore::authorizationCode(const QByteArray &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &it->second;
}

QString TokenStore::newUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i) {
        const int pick = static_cast<int>(
                QRandomGenerator::system()->bounded(static_cast<int>(sizeof alphabet - 1)));
        code.append(QLatin1Char(alphabet[pick]));
    }
    return code;
}

QList<QByteArray> TokenStore::issuedSecrets() const
{
    QList<QByteArray> secrets;
    for (const auto &entry : m_access)
        secrets.append(entry.first);
    for (const auto &entry : m_refresh)
        secrets.append(entry.first);
    for (const auto &entry : m_devices)
        secrets.append(entry.first);
    for (const auto &entry : m_codes)
        secrets.append(entry.first);
    return secrets;
}

} // namespace rc::emu
