#pragma once
// The OS keychain (the Secret Service on Linux, through QtKeychain) for the few secrets the app
// keeps between runs: refresh tokens and certificate passphrases. Every call answers exactly once,
// later, within the timeout: with the secret, or with a Keychain ServiceError saying why not. It
// never falls back to a file; what to do without the keychain is the caller's decision.

#include "core/Call.h"
#include "core/Result.h"
#include "core/SecretBytes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace rc {

class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    static constexpr int DefaultTimeoutMs = 5000;

    // service: the keychain's name for this app's items (their "server" attribute); tests pass
    // their own so they never touch the real ones.
    explicit SecretStore(QString service = QStringLiteral("Revoke Console"),
                         QObject *parent = nullptr);

    QString service() const { return m_service; }
    // How long a call waits for the keychain (which may hang on a missing or locked service).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // Callbacks run on the event loop, never inside the call, and never after the Call was
    // cancelled or `context` died (a null context gets no answer).
    // nullopt: no such item; that is not an error (unless the keychain is locked: then nobody
    // can tell, and it is one).
    Call read(const QString &key, QObject *context,
              std::function<void(Result<std::optional<SecretBytes>>)> onDone);
    // Replaces any secret stored under `key`.
    Call write(const QString &key, const SecretBytes &secret, QObject *context,
               std::function<void(Result<Done>)> onDone);
    // Removing an item that does not exist succeeds; with the keychain locked, nothing can be
    // removed, and that is an error.
    Call remove(const QString &key, QObject *context, std::function<void(Result<Done>)> onDone);

private:
    struct Pending;
    struct JobOutcome;
    enum class Operation { Read, Write, Remove };
    // The job answered without an error, or with EntryNotFound where that is not one.
    using JobDone = std::function<void(Result<JobOutcome>)>;

    Call run(QKeychain::Job *job, Operation operation, QObject *context, QByteArray secretCopy,
             JobDone onDone);
    static void settle(const std::shared_ptr<Pending> &pending,
                       std::optional<Result<JobOutcome>> answer);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace rc
