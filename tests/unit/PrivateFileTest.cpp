// Files the app keeps for its user only: the audit log (0600, in a 0700 folder), the settings file
// and exported profiles, whatever the umask, and older ones tightened when opened. Files read in
// (profiles) are capped on the bytes read, so a FIFO or /dev/stdin cannot feed them without end.
#include "core/PrivateFile.h"
#include "audit/AuditLog.h"
#include "core/ReadCapped.h"
#include "profile/Settings.h"
#include "support/QtPrinters.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace rc;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0) << path.toStdString();
    return int(st.st_mode & 07777);
}

// The usual umask, which leaves new files 0644 and folders 0755 unless the app says otherwise.
class Umask022 : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = ::umask(022);
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override { ::umask(m_saved); }

    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    // A folder and a file as an older version (or the umask) left them.
    void openToOthers(const QString &folder, const QString &file) const
    {
        ASSERT_TRUE(QDir().mkpath(folder));
        ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::Append)); // kept as it is when it exists
        f.close();
        ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    }

    QTemporaryDir m_dir;
    mode_t m_saved = 0;
};

AuditRecord row()
{
    AuditRecord r;
    r.operation = QStringLiteral("op");
    r.targetUpn = QStringLiteral("adele@contoso.com");
    r.outcome = AuditRecord::Started;
    return r;
}

} // namespace

TEST_F(Umask022, ANewAuditLogIsTheOwnersOnly)
{
    const QString folder = path("data/RevokeConsole");
    const QString file = folder + QStringLiteral("/audit.sqlite");
    auto log = AuditLog::open(file);
    ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
    ASSERT_TRUE(log.value()->append(row()).ok());
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(path("data")), 0700); // created by the app too
    EXPECT_EQ(modeOf(file), 0600);
    // SQLite's write-ahead log and shared memory take the database's mode.
    EXPECT_EQ(modeOf(file + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(file + QStringLiteral("-shm")), 0600);
}

TEST_F(Umask022, AnAuditLogOpenToOthersIsTightenedWhenOpened)
{
    const QString folder = path("old");
    const QString file = folder + QStringLiteral("/audit.sqlite");
    {
        auto log = AuditLog::open(file);
        ASSERT_TRUE(log.ok());
        ASSERT_TRUE(log.value()->append(row()).ok());
    }
    // The log closed cleanly (no -wal or -shm left); an older version's crash left them open.
    for (const QString &f :
         QStringList {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
        openToOthers(folder, f);

    auto log = AuditLog::open(file);
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(file), 0600);
    for (const QString &f :
         QStringList {file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
        EXPECT_EQ(modeOf(f), 0600) << f.toStdString();
    EXPECT_EQ(log.value()->records().value().size(), 1); // the same log, read as before
}

TEST_F(Umask022, TheSettingsFileIsTheOwnersOnlyNewOrOld)
{
    const QString fresh = path("config/RevokeConsole/revoke-console.conf");
    {
        Settings settings(fresh);
        settings.saveProfile(TenantProfile::forTenant(QStringLiteral("contoso.com")).value());
        ASSERT_TRUE(settings.sync());
    }
    EXPECT_EQ(modeOf(fresh), 0600);
    EXPECT_EQ(modeOf(path("config/RevokeConsole")), 0700);

    const QString folder = path("older");
    const QString old = folder + QStringLiteral("/revoke-console.conf");
    openToOthers(folder, old);
    Settings settings(old);
    EXPECT_EQ(modeOf(old), 0600);
    EXPECT_EQ(modeOf(folder), 0700);
    settings.saveProfile(TenantProfile::forTenant(QStringLiteral("fabrikam.com")).value());
    ASSERT_TRUE(settings.sync());
    EXPECT_EQ(modeOf(old), 0600); // rewritten, still private
    EXPECT_EQ(settings.profiles().size(), 1);
}

TEST_F(Umask022, AnExportedProfileIsTheOwnersOnly)
{
    const TenantProfile p = TenantProfile::forTenant(QStringLiteral("contoso.com")).value();
    const QString fresh = path("contoso.json");
    ASSERT_TRUE(p.exportFile(fresh).ok());
    EXPECT_EQ(modeOf(fresh), 0600);
    const QString existing = path("existing.json");
    openToOthers(m_dir.path(), existing);
    ASSERT_TRUE(p.exportFile(existing).ok());
    EXPECT_EQ(modeOf(existing), 0600);
    EXPECT_TRUE(TenantProfile::importFile(existing).ok());
}

TEST_F(Umask022, PrivateFolderHelperLeavesExistingParentsAlone)
{
    ASSERT_EQ(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);
    ASSERT_TRUE(ensurePrivateDir(path("a/b")).ok());
    EXPECT_EQ(modeOf(m_dir.path()), 0755);
    EXPECT_EQ(modeOf(path("a")), 0700);
    EXPECT_EQ(modeOf(path("a/b")), 0700);
    EXPECT_TRUE(ensurePrivateFile(path("a/b/missing"), IfMissing::Skip).ok());
    EXPECT_FALSE(QFile::exists(path("a/b/missing")));
}

TEST(ReadCapped, ReadsUpToTheCapAndRefusesOneByteMore)
{
    QByteArray bytes(100, 'x');
    QBuffer exact(&bytes);
    ASSERT_TRUE(exact.open(QIODevice::ReadOnly));
    const auto read = readCapped(exact, 100);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value(), bytes);

    QBuffer over(&bytes);
    ASSERT_TRUE(over.open(QIODevice::ReadOnly));
    const auto refused = readCapped(over, 99);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(isTooLarge(refused.error()));
}

TEST(ReadCapped, AProfileFedThroughAFifoIsCappedOnWhatArrives)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("profile.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A FIFO says its size is 0; this one carries 1 MB, far over a profile's 64 KB.
    const auto previous = std::signal(SIGPIPE, SIG_IGN); // the reader stops and closes early
    std::thread writer([path = QFile::encodeName(fifo)] {
        const int fd = ::open(path.constData(), O_WRONLY);
        if (fd < 0)
            return;
        const QByteArray chunk(64 * 1024, ' ');
        for (int i = 0; i < 16; ++i) {
            if (::write(fd, chunk.constData(), size_t(chunk.size())) < 0)
                break; // the reader has gone
        }
        ::close(fd);
    });
    QElapsedTimer clock;
    clock.start();
    const auto imported = TenantProfile::importFile(fifo);
    writer.join();
    std::signal(SIGPIPE, previous);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("too large to be a profile")))
            << imported.error().message.toStdString();
    EXPECT_LT(clock.elapsed(), 2000);
}
