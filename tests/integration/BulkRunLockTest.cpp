// One run of a list at a time: a list whose lock another process holds is refused before
// anything is sent, naming the holder (program, PID, host) and since when; two runs of the same
// list in one process (two windows) likewise, until the first has ended; a lock left by a process
// that died is taken over; the lock file is its owner's only and goes with the run.
#include "bulk/BulkRunLock.h"
#include "cli/ExitCode.h"
#include "integration/BulkFixture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>

#include <sys/stat.h>

using namespace rc;
using namespace rc::test;

namespace {

class BulkRunLockTest : public BulkFixture
{
protected:
    QString lockPath(const QStringList &people) const
    {
        return BulkRunLock::pathFor(m_journal->path(),
                                    BulkJournal::runKey(Domain, Channel::Entra, rowsOf(people)));
    }
    int revokesSent() const
    {
        return int(batchItems("POST", QStringLiteral("/revokeSignInSessions")).size());
    }
    // "This list is already being run by <program> (PID <ours> on <this host>) since 10:42..."
    static QRegularExpression heldByUs(const QString &program)
    {
        return QRegularExpression(
                QStringLiteral("^This list is already being run by %1 \\(PID %2 on %3\\) since "
                               "\\d{1,2}:\\d{2}.*\\. Wait for it to finish or stop it\\. Nothing "
                               "was sent\\.$")
                        .arg(QRegularExpression::escape(program))
                        .arg(QCoreApplication::applicationPid())
                        .arg(QRegularExpression::escape(QSysInfo::machineHostName())));
    }
};

// Files 0644 unless created otherwise, as on most desktops; the umask before, when it goes.
struct Umask022
{
    Umask022() = default;
    ~Umask022() { ::umask(previous); }
    Q_DISABLE_COPY_MOVE(Umask022)
    const mode_t previous = ::umask(022);
};

// The mode bits in octal, as chmod takes them: "600".
QString modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("(missing)");
    return QString::number(st.st_mode & 07777, 8);
}

} // namespace

TEST_F(BulkRunLockTest, AListHeldElsewhereIsRefusedNamingTheHolder_SentOnceItIsFree)
{
    const QStringList people = addPeople(5);
    QLockFile other(lockPath(people)); // another process, as far as the run can tell
    ASSERT_TRUE(other.tryLock());
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    m_emulator->clearRequests();

    const auto refused = runToEnd(*m_run);
    ASSERT_TRUE(refused);
    ASSERT_TRUE(refused->gaveUp);
    EXPECT_TRUE(heldByUs(QStringLiteral("integration_tests"))
                        .match(refused->gaveUp->message)
                        .hasMatch())
            << refused->gaveUp->message.toStdString();
    EXPECT_EQ(cli::exitCodeFor(*refused), cli::ExitCode::Failure);
    EXPECT_EQ(refused->notSent, 5);
    EXPECT_TRUE(m_emulator->requests().isEmpty()) << "nothing at all was sent";
    EXPECT_TRUE(m_journal->entries(BulkJournal::runKey(Domain, Channel::Entra, rowsOf(people)))
                        .value()
                        .isEmpty());

    // Once it is free, the same run starts; its lock is its owner's only (whatever the umask)
    // and goes with it.
    other.unlock();
    const Umask022 umask;
    std::optional<BulkSummary> summary;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &s) { summary = s; });
    m_run->start();
    ASSERT_TRUE(m_run->isRunning());
    EXPECT_EQ(modeOf(lockPath(people)), QStringLiteral("600"));
    ASSERT_TRUE(waitFor([&] { return summary.has_value(); }));
    EXPECT_FALSE(summary->gaveUp);
    EXPECT_EQ(summary->revoked, 5);
    EXPECT_EQ(revokesSent(), 5);
    EXPECT_TRUE(waitFor([&] { return !QFileInfo::exists(lockPath(people)); }, 5000));
}

TEST_F(BulkRunLockTest, TwoRunsOfOneListInOneProcess_TheSecondWaitsForTheFirstToEnd)
{
    const QStringList people = addPeople(30);
    m_emulator->setAnswerLatency(emu::Service::Graph, 100);
    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    // A second window: its own journal object on the same file, its own run.
    auto journal = BulkJournal::open(m_journal->path());
    ASSERT_TRUE(journal.ok());
    std::unique_ptr<BulkRun> second = makeRun();
    second->setJournal(journal.value().get());
    ASSERT_TRUE(review(*second, rowsOf(people)));
    m_emulator->clearRequests();

    std::optional<BulkSummary> first;
    QObject::connect(m_run.get(), &BulkRun::finished, &m_context,
                     [&](const BulkSummary &s) { first = s; });
    m_run->start();
    ASSERT_TRUE(m_run->isRunning());
    const auto refused = runToEnd(*second);
    ASSERT_TRUE(refused && refused->gaveUp);
    EXPECT_TRUE(heldByUs(QStringLiteral("integration_tests"))
                        .match(refused->gaveUp->message)
                        .hasMatch())
            << refused->gaveUp->message.toStdString();

    ASSERT_TRUE(waitFor([&] { return first.has_value(); }, 30000));
    EXPECT_EQ(first->revoked, 30);
    for (const QString &p : people)
        EXPECT_EQ(m_emulator->revocationCount(p), 1) << p.toStdString();
    // The first ended and forgot its journal: then the lock is free, and the list may run again.
    ASSERT_TRUE(waitFor([&] { return !QFileInfo::exists(lockPath(people)); }, 5000));
    const auto again = runToEnd(*second);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->gaveUp) << again->gaveUp->message.toStdString();
    EXPECT_EQ(again->revoked, 30);
    second.reset();
}

TEST_F(BulkRunLockTest, ALockLeftByAProcessThatDiedIsTakenOver)
{
    const QStringList people = addPeople(3);
    // A PID that was alive a moment ago and is no more.
    QProcess gone;
    qint64 pid = 0;
    QObject::connect(&gone, &QProcess::started, &m_context, [&] { pid = gone.processId(); });
    gone.start(QStringLiteral("/bin/true"), {});
    ASSERT_TRUE(gone.waitForFinished());
    ASSERT_GT(pid, 0);
    QFile left(lockPath(people)); // what QLockFile writes: PID, program, host, machine, boot
    ASSERT_TRUE(left.open(QIODevice::WriteOnly));
    left.write(QByteArray::number(pid) + "\nrevoke-console\n" + QSysInfo::machineHostName().toUtf8()
               + '\n' + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    left.close();

    m_run = makeRun();
    ASSERT_TRUE(review(*m_run, rowsOf(people)));
    const auto summary = runToEnd(*m_run);
    ASSERT_TRUE(summary);
    EXPECT_FALSE(summary->gaveUp) << summary->gaveUp->message.toStdString();
    EXPECT_EQ(summary->revoked, 3);
}
