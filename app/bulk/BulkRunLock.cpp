#include "bulk/BulkRunLock.h"

#include "core/LocalTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class BulkRunLockTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::BulkRunLock)
};

// "10:42" today, a date and time on another day.
QString since(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? localShortTime(at)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

ServiceError heldBy(const QLockFile &file)
{
    qint64 pid = 0;
    QString host;
    QString program;
    QString message;
    if (file.getLockInfo(&pid, &host, &program)) {
        message = BulkRunLockTr::tr("This list is already being run by %1 (PID %2 on %3) since %4. "
                                    "Wait for it "
                                    "to finish or stop it.")
                          .arg(program.isEmpty() ? BulkRunLockTr::tr("another program") : program)
                          .arg(pid)
                          .arg(host.isEmpty() ? BulkRunLockTr::tr("an unknown host") : host,
                               since(QFileInfo(file.fileName()).lastModified()));
    } else {
        message = BulkRunLockTr::tr(
                "This list is already being run by another program. Wait for it to finish "
                "or stop it.");
    }
    return ServiceError::make(ServiceError::Kind::Service, message,
                              QDir::toNativeSeparators(file.fileName()));
}

} // namespace

BulkRunLock::BulkRunLock(const QString &path, QString runKey)
    : m_file(path)
    , m_runKey(std::move(runKey))
{
    m_file.setStaleLockTime(0); // only a dead holder's lock is stale, never an old one
}

QString BulkRunLock::pathFor(const QString &journalPath, const QString &runKey)
{
    return journalPath + QLatin1Char('.') + runKey + QLatin1String(".lock");
}

Result<Done> BulkRunLock::hold(std::unique_ptr<BulkRunLock> &held, const QString &journalPath,
                               const QString &runKey)
{
    if (held && held->runKey() == runKey)
        return Done {};
    held.reset();
    auto lock = take(journalPath, runKey);
    if (!lock)
        return lock.error();
    held = std::move(lock).value();
    return Done {};
}

Result<std::unique_ptr<BulkRunLock>> BulkRunLock::take(const QString &journalPath,
                                                       const QString &runKey)
{
    std::unique_ptr<BulkRunLock> lock(new BulkRunLock(pathFor(journalPath, runKey), runKey));
    if (!lock->m_file.tryLock()) {
        if (lock->m_file.error() == QLockFile::LockFailedError)
            return heldBy(lock->m_file);
        return ServiceError::make(
                ServiceError::Kind::Service,
                BulkRunLockTr::tr("The lock %1 of this list's run cannot be created.")
                        .arg(QDir::toNativeSeparators(lock->m_file.fileName())));
    }
    // QLockFile creates it with the umask's mode; it names this program and host: 0600, as the
    // journal beside it (whose folder is the owner's only, so nobody read it meanwhile).
    QFile::setPermissions(lock->m_file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    return lock;
}

} // namespace rc
