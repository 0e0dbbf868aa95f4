// The journal names the people of every run: under a umask of 022 it is still created 0600 (its
// -wal and -shm files too) in a 0700 folder, and one an earlier version left 0644 is tightened
// when opened.
#include "bulk/BulkJournal.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rc;

namespace {

// The mode bits of a file or folder in octal, as chmod takes them: "600".
QString modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("(missing)");
    return QString::number(st.st_mode & 07777, 8);
}

// Under a umask of 022, as most desktops have: files would be 0644, folders 0755.
class BulkJournalPrivacy : public ::testing::Test
{
protected:
    void SetUp() override { m_previous = ::umask(022); }
    void TearDown() override { ::umask(m_previous); }
    mode_t m_previous = 0;
};

// One row written, so SQLite has made its -wal and -shm files.
void writeOneRow(BulkJournal &journal)
{
    JournalEntry entry;
    entry.key = QStringLiteral("a@contoso.com");
    ASSERT_TRUE(journal.record(QStringLiteral("run"), {entry}).ok());
}

} // namespace

TEST_F(BulkJournalPrivacy, ANewJournalIsReadableByItsOwnerOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("data/revoke-console"));
    const QString path = folder + QStringLiteral("/bulk-journal.sqlite");
    auto journal = BulkJournal::open(path);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();
    writeOneRow(*journal.value());
    EXPECT_EQ(modeOf(folder), QStringLiteral("700"));
    EXPECT_EQ(modeOf(path), QStringLiteral("600"));
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), QStringLiteral("600"));
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), QStringLiteral("600"));
}

TEST_F(BulkJournalPrivacy, AJournalLeftReadableByOthersIsTightenedWhenOpened)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("shared"));
    const QString path = folder + QStringLiteral("/bulk-journal.sqlite");
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        QFile old(path); // what an earlier version left: 0644 under this umask
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        QFile wal(path + QStringLiteral("-wal"));
        ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    }
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    ASSERT_EQ(modeOf(path), QStringLiteral("644"));
    ASSERT_EQ(modeOf(path + QStringLiteral("-wal")), QStringLiteral("644"));

    auto journal = BulkJournal::open(path);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();
    writeOneRow(*journal.value());
    EXPECT_EQ(modeOf(folder), QStringLiteral("700"));
    EXPECT_EQ(modeOf(path), QStringLiteral("600"));
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), QStringLiteral("600"));
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), QStringLiteral("600"));
}
