#include "auth/SecretStore.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace rc {

namespace {

constexpr int BusProbeTimeoutMs = 1000;
const QString SecretServiceName = QStringLiteral("org.freedesktop.secrets");

enum class Problem { Unavailable, Locked, NoAnswer, Other };

// Zero a buffer in place even while another QByteArray (inside a QtKeychain job) shares it: a
// plain fill() (or secureZero(QByteArray &)) would detach and scrub only a fresh copy.
void scrubShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        secureZero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
}

QDBusMessage ask(const QDBusConnection &bus, const QString &service, const QString &path,
                 const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(args);
    return bus.call(message, QDBus::Block, BusProbeTimeoutMs);
}

QDBusMessage askBus(const QDBusConnection &bus, const QString &method, const QVariantList &args)
{
    return ask(bus, QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
               QStringLiteral("org.freedesktop.DBus"), method, args);
}

// QtKeychain reports "no session bus" and "no Secret Service" as OtherError with GLib's
// (translated) text, so ask the bus ourselves. Returns why the service is unreachable, or nothing
// when it is there (or the bus would not say).
std::optional<QString> secretServiceMissing()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus (%1)").arg(bus.lastError().message());
    const QDBusMessage owner = askBus(bus, QStringLiteral("NameHasOwner"), {SecretServiceName});
    const QDBusMessage activatable = askBus(bus, QStringLiteral("ListActivatableNames"), {});
    if (owner.type() != QDBusMessage::ReplyMessage
        || activatable.type() != QDBusMessage::ReplyMessage)
        return std::nullopt;
    if (owner.arguments().value(0).toBool()
        || activatable.arguments().value(0).toStringList().contains(SecretServiceName))
        return std::nullopt;
    return QStringLiteral("%1 is neither running nor activatable on the session bus")
            .arg(SecretServiceName);
}

// A locked collection hides its items: libsecret then reports "not found" for a read and success
// for a delete that deleted nothing (measured with gnome-keyring 42). So a miss is only believed
// while the default collection is unlocked.
bool defaultCollectionLocked()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusMessage alias
            = ask(bus, SecretServiceName, QStringLiteral("/org/freedesktop/secrets"),
                  QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"),
                  {QStringLiteral("default")});
    const QString path = qdbus_cast<QDBusObjectPath>(alias.arguments().value(0)).path();
    if (alias.type() != QDBusMessage::ReplyMessage || path.isEmpty() || path == QLatin1String("/"))
        return false;
    const QDBusMessage locked
            = ask(bus, SecretServiceName, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                  QStringLiteral("Get"),
                  {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return locked.type() == QDBusMessage::ReplyMessage
            && qdbus_cast<QDBusVariant>(locked.arguments().value(0)).variant().toBool();
}

} // namespace

// Its messages are SecretStore's (translation context "rc::SecretStore").
struct SecretStore::Pending
{
    Operation operation = Operation::Read;
    QString service;
    QString key;
    int timeoutMs = 0;
    QPointer<QObject> context;
    JobDone onDone;
    Call call;
    QPointer<QTimer> timer;
    bool settled = false;

    // What the finished job means: the answer, or the error to hand on instead.
    Result<QKeychain::Job *> answer(QKeychain::Job *job) const
    {
        const QKeychain::Error code = job->error();
        const bool missing = code == QKeychain::EntryNotFound;
        if (code != QKeychain::NoError && !(missing && operation != Operation::Write))
            return failure(*job);
        if ((operation == Operation::Read && missing) || operation == Operation::Remove) {
            if (defaultCollectionLocked())
                return error(Problem::Locked,
                             details(*job) + QStringLiteral("; the default collection is locked"));
        }
        return job;
    }

    ServiceError failure(const QKeychain::Job &job) const
    {
        switch (job.error()) {
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return error(Problem::Locked, details(job));
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return error(Problem::Unavailable, details(job));
        default:
            if (const auto missing = secretServiceMissing())
                return error(Problem::Unavailable, details(job) + QStringLiteral("; ") + *missing);
            return error(Problem::Other, details(job));
        }
    }

    ServiceError noAnswer() const
    {
        return error(Problem::NoAnswer,
                     QStringLiteral("no answer after %1 ms; the request may still complete "
                                    "later (%2)")
                             .arg(timeoutMs)
                             .arg(item()));
    }

    ServiceError error(Problem problem, const QString &detail) const
    {
        QString message;
        switch (problem) {
        case Problem::Unavailable:
            message = QCoreApplication::translate("rc::SecretStore",
                                                  "The system keychain is not available (no Secret "
                                                  "Service on the session "
                                                  "bus), so %1.")
                              .arg(outcome());
            break;
        case Problem::Locked:
            message = QCoreApplication::translate(
                              "rc::SecretStore",
                              "The system keychain is locked or refused access, so %1.")
                              .arg(outcome());
            break;
        case Problem::NoAnswer:
            message = QCoreApplication::translate("rc::SecretStore",
                                                  "The system keychain did not answer within %1 s "
                                                  "(it may be waiting to be "
                                                  "unlocked), so %2.")
                              .arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3), outcome());
            break;
        case Problem::Other:
            message = QCoreApplication::translate("rc::SecretStore",
                                                  "The system keychain reported an error, so %1.")
                              .arg(outcome());
            break;
        }
        return ServiceError::make(ServiceError::Kind::Keychain, message, detail);
    }

    // The end of every message: what did not happen.
    QString outcome() const
    {
        switch (operation) {
        case Operation::Read:
            return QCoreApplication::translate("rc::SecretStore",
                                               "the stored secret could not be read");
        case Operation::Write:
            return QCoreApplication::translate("rc::SecretStore", "the secret could not be saved");
        case Operation::Remove:
            return QCoreApplication::translate("rc::SecretStore",
                                               "the stored secret could not be removed");
        }
        return {};
    }

    // errorString() is libsecret's or GLib's text about the service, never the secret.
    QString details(const QKeychain::Job &job) const
    {
        return QStringLiteral("QtKeychain error %1: %2 (%3)")
                .arg(int(job.error()))
                .arg(job.errorString(), item());
    }
    QString item() const { return QStringLiteral("service \"%1\", key \"%2\"").arg(service, key); }
};

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SecretStore::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

Call SecretStore::read(const QString &key, QObject *context,
                       std::function<void(Result<std::optional<SecretBytes>>)> onDone)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return run(job, Operation::Read, context, {},
               [onDone = std::move(onDone)](Result<QKeychain::Job *> answer) {
                   if (!answer) {
                       onDone(answer.error());
                       return;
                   }
                   const auto *found = static_cast<QKeychain::ReadPasswordJob *>(answer.value());
                   if (found->error() == QKeychain::EntryNotFound) {
                       onDone(std::optional<SecretBytes>());
                       return;
                   }
                   // A deep copy: the job's buffer is scrubbed as soon as this returns.
                   const QByteArray stored = found->binaryData();
                   onDone(std::optional<SecretBytes>(
                           SecretBytes(QByteArray(stored.constData(), stored.size()))));
               });
}

Call SecretStore::write(const QString &key, const SecretBytes &secret, QObject *context,
                        std::function<void(Result<Done>)> onDone)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // The job gets a copy of its own, which run() scrubs once the job is finished with it.
    QByteArray copy(secret.view().constData(), secret.view().size());
    job->setBinaryData(copy);
    return run(job, Operation::Write, context, std::move(copy),
               [onDone = std::move(onDone)](Result<QKeychain::Job *> answer) {
                   if (!answer)
                       onDone(answer.error());
                   else
                       onDone(Done {});
               });
}

Call SecretStore::remove(const QString &key, QObject *context,
                         std::function<void(Result<Done>)> onDone)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run(job, Operation::Remove, context, {},
               [onDone = std::move(onDone)](Result<QKeychain::Job *> answer) {
                   if (!answer)
                       onDone(answer.error());
                   else
                       onDone(Done {});
               });
}

Call SecretStore::run(QKeychain::Job *job, Operation operation, QObject *context,
                      QByteArray secretCopy, JobDone onDone)
{
    auto pending = std::make_shared<Pending>();
    pending->operation = operation;
    pending->service = m_service;
    pending->key = job->key();
    pending->timeoutMs = m_timeoutMs;
    pending->context = context;
    pending->onDone = std::move(onDone);

    // Never plaintext in QSettings. The job has no parent and deletes itself once it answered:
    // libsecret keeps a raw pointer to it until then, so it must outlive a timeout or a cancel.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, job,
            [pending, secretCopy = std::move(secretCopy)](QKeychain::Job *finished) {
                // No context: nobody is waiting, so skip the bus probes answer() may make.
                if (!pending->settled)
                    settle(pending,
                           pending->context ? std::optional(pending->answer(finished))
                                            : std::nullopt);
                scrubShared(secretCopy);
                if (const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    scrubShared(reader->binaryData());
            });

    // The timer dies with the context, which then wants no answer anyway.
    auto *timer = new QTimer(context ? context : this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, timer, [pending] { settle(pending, pending->noAnswer()); });
    pending->timer = timer;
    pending->call.setAbort([weak = std::weak_ptr<Pending>(pending)] {
        if (const auto cancelled = weak.lock())
            settle(cancelled, std::nullopt);
    });
    timer->start(m_timeoutMs);
    job->start();
    return pending->call;
}

void SecretStore::settle(const std::shared_ptr<Pending> &pending,
                         std::optional<Result<QKeychain::Job *>> answer)
{
    if (pending->settled)
        return;
    pending->settled = true;
    if (pending->timer) {
        pending->timer->stop();
        pending->timer->deleteLater();
    }
    const JobDone onDone = std::move(pending->onDone);
    pending->onDone = nullptr;
    if (!answer || pending->call.isCancelled() || !pending->context)
        return;
    onDone(std::move(*answer));
}

} // namespace rc
