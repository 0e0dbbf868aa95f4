#include "auth/SecretStore.h"

#include "auth/SecretServiceProbe.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace rc {

namespace {

enum class Problem { Unavailable, Locked, NoAnswer, Other };

// Zero a buffer in place even while another QByteArray (inside a QtKeychain job) shares it: a
// plain fill() (or secureZero(QByteArray &)) would detach and scrub only a fresh copy.
void scrubShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        secureZero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
}

} // namespace

// What a finished job said, copied out of it: QtKeychain deletes the job as soon as it answered,
// and the keychain's meaning of it may only be known after a bus probe.
struct SecretStore::JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString; // libsecret's or GLib's text about the service, never the secret
    SecretBytes data; // what a read found

    bool isMissing() const { return error == QKeychain::EntryNotFound; }
};

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

    // What the finished job means: the answer, or the error to hand on instead. Where the job's
    // error does not tell, the bus is asked, without waiting for it: onJudged runs when it
    // answered.
    static void judge(const std::shared_ptr<Pending> &pending, JobOutcome outcome,
                      std::function<void(Result<JobOutcome>)> onJudged)
    {
        const Operation operation = pending->operation;
        const bool missing = outcome.isMissing();
        if (outcome.error != QKeychain::NoError && !(missing && operation != Operation::Write)) {
            fail(pending, outcome, std::move(onJudged));
            return;
        }
        if ((operation == Operation::Read && missing) || operation == Operation::Remove) {
            const QString detail = pending->details(outcome);
            SecretServiceProbe().defaultCollectionLocked(
                    pending->context,
                    [pending, detail, found = std::make_shared<JobOutcome>(std::move(outcome)),
                     onJudged = std::move(onJudged)](bool locked) {
                        if (locked)
                            onJudged(pending->error(Problem::Locked,
                                                    detail
                                                            + QStringLiteral("; the default "
                                                                             "collection is "
                                                                             "locked")));
                        else
                            onJudged(std::move(*found));
                    });
            return;
        }
        onJudged(std::move(outcome));
    }

    static void fail(const std::shared_ptr<Pending> &pending, const JobOutcome &outcome,
                     std::function<void(Result<JobOutcome>)> onJudged)
    {
        const QString detail = pending->details(outcome);
        std::optional<Problem> known;
        switch (outcome.error) {
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            known = Problem::Locked;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            known = Problem::Unavailable;
            break;
        default:
            break;
        }
        if (known) {
            onJudged(pending->error(*known, detail));
            return;
        }
        SecretServiceProbe().whyUnreachable(
                pending->context,
                [pending, detail, onJudged = std::move(onJudged)](std::optional<QString> missing) {
                    onJudged(missing ? pending->error(Problem::Unavailable,
                                                      detail + QStringLiteral("; ") + *missing)
                                     : pending->error(Problem::Other, detail));
                });
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

    QString details(const JobOutcome &outcome) const
    {
        return QStringLiteral("QtKeychain error %1: %2 (%3)")
                .arg(int(outcome.error))
                .arg(outcome.errorString, item());
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
               [onDone = std::move(onDone)](Result<JobOutcome> answer) {
                   if (!answer) {
                       onDone(answer.error());
                       return;
                   }
                   if (answer.value().isMissing()) {
                       onDone(std::optional<SecretBytes>());
                       return;
                   }
                   onDone(std::optional<SecretBytes>(std::move(answer.value().data)));
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
               [onDone = std::move(onDone)](Result<JobOutcome> answer) {
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
               [onDone = std::move(onDone)](Result<JobOutcome> answer) {
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
                JobOutcome outcome;
                outcome.error = finished->error();
                outcome.errorString = finished->errorString();
                if (const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                    // A deep copy: the job's buffer is scrubbed right here.
                    const QByteArray stored = reader->binaryData();
                    if (!pending->settled && reader->error() == QKeychain::NoError)
                        outcome.data = SecretBytes(QByteArray(stored.constData(), stored.size()));
                    scrubShared(stored);
                }
                scrubShared(secretCopy);
                if (pending->settled)
                    return;
                // No context: nobody is waiting, so skip the bus probes judge() may make.
                if (!pending->context) {
                    settle(pending, std::nullopt);
                    return;
                }
                Pending::judge(pending, std::move(outcome), [pending](Result<JobOutcome> answer) {
                    settle(pending, std::move(answer));
                });
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
                         std::optional<Result<JobOutcome>> answer)
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
