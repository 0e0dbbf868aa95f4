#include "core/PrivateFile.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class PrivateFileTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::PrivateFile)
};

ServiceError fileError(const char *text, const QString &path, int error)
{
    return ServiceError::make(ServiceError::Kind::Configuration,
                              PrivateFileTr::tr(text).arg(QDir::toNativeSeparators(path),
                                                          QString::fromLocal8Bit(strerror(error))));
}

QString octal(mode_t mode)
{
    return QStringLiteral("0%1").arg(QString::number(mode & 07777, 8));
}

// Drops the group's and others' bits, keeping the owner's as they are.
Result<Done> tighten(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0)
        return fileError("%1 cannot be checked: %2", path, errno);
    if ((st.st_mode & 077) == 0)
        return Done {};
    const mode_t tightened = st.st_mode & 0700;
    if (::chmod(native.constData(), tightened) != 0)
        return fileError("%1 is open to other users and cannot be made private: %2", path, errno);
    qCInfo(lcFiles).noquote() << "Made" << QDir::toNativeSeparators(path) << "private: its mode was"
                              << octal(st.st_mode) << "and is now" << octal(tightened);
    return Done {};
}

} // namespace

Result<Done> ensurePrivateDir(const QString &path)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing; // outermost first
    for (QString at = target; !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return fileError("The folder %1 cannot be created: %2", dir, errno);
    }
    return tighten(target);
}

Result<Done> ensurePrivateFile(const QString &path, IfMissing missing)
{
    const QByteArray native = QFile::encodeName(path);
    if (missing == IfMissing::Create) {
        // O_EXCL: only a file this call creates starts out 0600; one already there is tightened.
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return Done {};
        }
        if (errno != EEXIST)
            return fileError("%1 cannot be created: %2", path, errno);
    } else if (!QFileInfo::exists(path)) {
        return Done {};
    }
    return tighten(path);
}

Result<Done> preparePrivateDatabase(const QString &path)
{
    const auto dir = ensurePrivateDir(QFileInfo(path).absolutePath());
    if (!dir)
        return dir;
    const auto file = ensurePrivateFile(path);
    if (!file)
        return file;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const auto companion = ensurePrivateFile(path + QLatin1String(suffix), IfMissing::Skip);
        if (!companion)
            return companion;
    }
    return Done {};
}

Result<Done> makePrivate(QFileDevice &file)
{
    if (file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Done {};
    return ServiceError::make(
            ServiceError::Kind::Configuration,
            PrivateFileTr::tr("%1 cannot be made private: %2")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace rc
