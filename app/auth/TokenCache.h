#pragma once
// One tenant profile's secrets in the OS keychain: its refresh token and, for certificate
// sign-in, the certificate's passphrase. Access tokens never come here (memory only). Both item
// names carry a fingerprint of the authority and client id they belong to, so a secret is never
// offered to another cloud or app. The first keychain failure of a run is
// reported once (keychainProblem) and the keychain is left alone for the rest of the run: secrets
// stay in memory only, never in a file.

#include "auth/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

namespace rc {

class TokenCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCache)
public:
    using SecretCallback = std::function<void(std::optional<SecretBytes>)>;

    // The keychain item names of a profile's secrets, for whoever must find them without a cache
    // of their own (removing a profile that is not open).
    struct ItemKeys
    {
        QString refreshToken;
        QString passphrase;
    };
    static ItemKeys itemKeys(const QString &profileId, const QUrl &authority,
                             const QString &clientId);

    // store may be null: no keychain this run.
    TokenCache(SecretStore *store, QString profileId, const QUrl &authority,
               const QString &clientId, QObject *parent = nullptr);

    // The keychain to keep the secrets in from now on (a window handed its keychain after it was
    // built); null: none.
    void setStore(SecretStore *store) { m_store = store; }
    bool isAvailable() const { return m_store && !m_failed; }
    QString refreshTokenKey() const { return m_refreshKey; }
    QString passphraseKey() const { return m_passphraseKey; }

    // nullopt when there is none, or the keychain cannot be read (keychainProblem says why).
    void loadRefreshToken(QObject *context, SecretCallback onDone);
    void saveRefreshToken(const SecretBytes &token);
    void loadPassphrase(QObject *context, SecretCallback onDone);
    void savePassphrase(const SecretBytes &passphrase);
    // Sign-out: both items go; onDone runs when the keychain answered (or was unavailable).
    void clear(QObject *context, std::function<void()> onDone);
    void forgetRefreshToken();
    // Runs onDone once no write or removal is waiting for the keychain (at once if none is), so
    // a command-line run does not exit before its rotated token is stored.
    void whenIdle(QObject *context, std::function<void()> onDone);

Q_SIGNALS:
    void keychainProblem(const rc::ServiceError &error);
    void saved(); // a secret reached the keychain (tests, status line)

private:
    void load(const QString &key, QObject *context, SecretCallback onDone);
    void save(const QString &key, const SecretBytes &secret);
    void remove(const QString &key, QObject *context, std::function<void()> onDone);
    void failed(const ServiceError &error);
    void settled();

    SecretStore *m_store;
    QString m_refreshKey;
    QString m_passphraseKey;
    bool m_failed = false;
    int m_pending = 0;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_idleWaiters;
};

} // namespace rc
