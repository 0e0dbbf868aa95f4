#include "auth/TokenCache.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace rc {

TokenCache::TokenCache(SecretStore *store, QString profileId, const QUrl &authority,
                       const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<rc::ServiceError>();
    ItemKeys keys = itemKeys(profileId, authority, clientId);
    m_refreshKey = std::move(keys.refreshToken);
    m_passphraseKey = std::move(keys.passphrase);
}

TokenCache::ItemKeys TokenCache::itemKeys(const QString &profileId, const QUrl &authority,
                                          const QString &clientId)
{
    const QByteArray issuer = authority.toString(QUrl::StripTrailingSlash).toLower().toUtf8() + '|'
            + clientId.toLower().toUtf8();
    const QString fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(issuer, QCryptographicHash::Sha256).toHex().left(12));
    return {QStringLiteral("refresh-token/%1/%2").arg(profileId, fingerprint),
            QStringLiteral("certificate-passphrase/%1/%2").arg(profileId, fingerprint)};
}

void TokenCache::loadRefreshToken(QObject *context, SecretCallback onDone)
{
    load(m_refreshKey, context, std::move(onDone));
}

void TokenCache::saveRefreshToken(const SecretBytes &token)
{
    save(m_refreshKey, token);
}

void TokenCache::loadPassphrase(QObject *context, SecretCallback onDone)
{
    load(m_passphraseKey, context, std::move(onDone));
}

void TokenCache::savePassphrase(const SecretBytes &passphrase)
{
    save(m_passphraseKey, passphrase);
}

void TokenCache::forgetRefreshToken()
{
    remove(m_refreshKey, this, [] {});
}

void TokenCache::clear(QObject *context, std::function<void()> onDone)
{
    QPointer<QObject> guard(context);
    remove(m_refreshKey, this, [this, guard, onDone = std::move(onDone)]() mutable {
        remove(m_passphraseKey, this, [guard, onDone = std::move(onDone)] {
            if (guard)
                onDone();
        });
    });
}

void TokenCache::load(const QString &key, QObject *context, SecretCallback onDone)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
                context, [onDone = std::move(onDone)] { onDone(std::nullopt); },
                Qt::QueuedConnection);
        return;
    }
    m_store->read(key, context,
                  [this, onDone = std::move(onDone)](Result<std::optional<SecretBytes>> secret) {
                      if (!secret) {
                          failed(secret.error());
                          onDone(std::nullopt);
                          return;
                      }
                      onDone(std::move(secret).value());
                  });
}

void TokenCache::save(const QString &key, const SecretBytes &secret)
{
    if (!isAvailable() || secret.isEmpty())
        return;
    ++m_pending;
    m_store->write(key, secret, this, [this](Result<Done> written) {
        if (!written) {
            failed(written.error());
        } else {
            qCInfo(lcAuth) << "a secret was stored in the keychain";
            Q_EMIT saved();
        }
        settled();
    });
}

void TokenCache::remove(const QString &key, QObject *context, std::function<void()> onDone)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(context, std::move(onDone), Qt::QueuedConnection);
        return;
    }
    ++m_pending;
    m_store->remove(key, this,
                    [this, context = QPointer<QObject>(context),
                     onDone = std::move(onDone)](Result<Done> removed) {
                        if (!removed)
                            failed(removed.error());
                        if (context)
                            onDone();
                        settled();
                    });
}

void TokenCache::whenIdle(QObject *context, std::function<void()> onDone)
{
    if (m_pending == 0) {
        QMetaObject::invokeMethod(context, std::move(onDone), Qt::QueuedConnection);
        return;
    }
    m_idleWaiters.emplace_back(context, std::move(onDone));
}

void TokenCache::settled()
{
    if (--m_pending > 0)
        return;
    auto waiters = std::move(m_idleWaiters);
    m_idleWaiters.clear();
    for (auto &[context, onDone] : waiters) {
        if (context)
            onDone();
    }
}

void TokenCache::failed(const ServiceError &error)
{
    qCInfo(lcAuth).noquote() << "keychain:" << error.message << error.detail;
    if (m_failed)
        return;
    m_failed = true;
    ServiceError shown = error;
    shown.message += QLatin1Char(' ')
            + QCoreApplication::translate("rc::TokenCache",
                                          "You stay signed in for this run only: nothing is "
                                          "written to disk instead.");
    Q_EMIT keychainProblem(shown);
}

} // namespace rc
