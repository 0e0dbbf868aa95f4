// "Sign out many people", reading the list: a file is read off the window's thread. A list still
// arriving (a FIFO written only once the window has shown it is alive) leaves the event loop
// turning, the page says it is reading, and the list is then reviewed; a newer list picked while
// one is being read wins, and the older one's result is dropped.
#include "BulkWindowFixture.h"
#include "bulk/UpnListLoader.h"
#include "ui/BulkListPage.h"
#include "ui/ObjectNames.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

// Writes `bytes` into a FIFO once released (or after a bounded wait), from a thread of its own:
// opening a FIFO blocks until its reader comes. Whatever happens, it is joined on destruction.
class FifoWriter final
{
public:
    FifoWriter(const QString &path, QByteArray bytes)
        : m_path(QFile::encodeName(path))
    {
        m_ok = ::mkfifo(m_path.constData(), 0600) == 0;
        m_thread = std::thread([this, bytes = std::move(bytes)] {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_released.wait_for(lock, std::chrono::seconds(3), [this] { return m_release; });
            }
            const int fd = ::open(m_path.constData(), O_WRONLY);
            if (fd >= 0) {
                [[maybe_unused]] const ssize_t n
                        = ::write(fd, bytes.constData(), size_t(bytes.size()));
                ::close(fd);
            }
            m_done = true;
        });
    }
    ~FifoWriter()
    {
        release();
        // A reader that never came would leave the writer blocked in open(): be that reader.
        const int fd = m_done ? -1 : ::open(m_path.constData(), O_RDONLY | O_NONBLOCK);
        m_thread.join();
        if (fd >= 0)
            ::close(fd);
    }
    bool ok() const { return m_ok; }
    void release()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_release = true;
        m_released.notify_all();
    }

private:
    QByteArray m_path;
    bool m_ok = false;
    std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_release = false;
    std::atomic<bool> m_done {false};
    std::thread m_thread;
};

class BulkListLoad : public BulkWindowTest
{
protected:
    ui::BulkListPage *page() const
    {
        return m_driver->bulkWindow()->findChild<ui::BulkListPage *>();
    }
    QStringList reviewedUsers() const
    {
        const ui::BulkTableModel &model = m_driver->bulkWindow()->model();
        QStringList users;
        for (int row = 0; row < model.rowCount(); ++row)
            users << model.index(row, ui::BulkTableModel::UserColumn).data().toString();
        return users;
    }
    static QByteArray csvOf(const QStringList &people)
    {
        return "UserPrincipalName\r\n" + people.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BulkListLoad, AListStillArrivingLeavesTheWindowResponsive_ThenItIsReviewed)
{
    openBulkSignedIn();
    const QStringList people = addPeople(3);
    FifoWriter writer(m_dir.filePath(QStringLiteral("leavers.csv")), csvOf(people));
    ASSERT_TRUE(writer.ok());
    // A timer of the window's thread: it fires only while the event loop turns.
    QString shownWhileReading;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (shownWhileReading.isEmpty() && page()->isReading()) {
            shownWhileReading
                    = m_driver->bulkWindow()->findChild<QLabel *>(names::BulkListMessage)->text();
            writer.release(); // the list arrives only once the window has shown it is alive
        }
    });
    heartbeat.start();
    ASSERT_TRUE(m_driver->openBulkFile(m_dir.filePath(QStringLiteral("leavers.csv"))));
    ASSERT_TRUE(m_driver->waitForBulkReview());
    EXPECT_EQ(shownWhileReading, QStringLiteral("Reading leavers.csv\u2026"))
            << "no timer fired while the list was read";
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 3);
    EXPECT_EQ(reviewedUsers(), people);
    EXPECT_EQ(bulkRevokes(), 0);
}

TEST_F(BulkListLoad, AListPickedWhileAnotherIsReadWins_TheOlderResultIsDropped)
{
    openBulkSignedIn();
    const QStringList slow = addPeople(2);
    const QStringList pasted = addPeople(2);
    FifoWriter writer(m_dir.filePath(QStringLiteral("slow.csv")), csvOf(slow));
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(m_driver->openBulkFile(m_dir.filePath(QStringLiteral("slow.csv"))));
    ASSERT_TRUE(page()->isReading());
    m_driver->pasteList(pasted.join(QLatin1Char('\n')));
    ASSERT_TRUE(m_driver->reviewBulkList());
    EXPECT_EQ(reviewedUsers(), pasted);

    // The slow list arrives after all: read, and dropped.
    writer.release();
    auto *loader = m_driver->bulkWindow()->findChild<UpnListLoader *>();
    ASSERT_TRUE(waitFor([&] { return loader->threadsRunning() == 0; }, 5000));
    EXPECT_EQ(m_driver->bulkWindow()->stage(), ui::BulkWindow::Stage::Reviewed);
    EXPECT_EQ(reviewedUsers(), pasted);
}
