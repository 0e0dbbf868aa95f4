// Bulk progress told to a screen reader at a limited pace (WCAG 4.1.3): during a run of a few
// hundred people against the emulator, what the progress bar and the progress line tell assistive
// technology (the bar's value and description, the line's name, read through their
// QAccessibleInterface as a screen reader reads them) changes at the start, at most once every
// AnnouncePace::IntervalMs on the window's clock, at once on pause, resume and cancel, and once at
// the end with the final counts, while the line shows every step. Qt raises an accessibility event
// exactly when one of these changes (QProgressBar::setValue, setAccessibleDescription,
// setAccessibleName, a QLabel's text when it has no name), but only when an assistive technology
// is active, which it never is offscreen: so the test reads the tree at every progress step and
// counts the changes, and counts the bar's valueChanged (where its value event is raised).
#include "BulkWindowFixture.h"
#include "ui/AnnouncePace.h"
#include "ui/ObjectNames.h"

#include <QAccessible>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

#include <iostream>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;
using rc::ui::AnnouncePace;

namespace {

// What a screen reader reads from the progress bar and line at one moment.
struct Told
{
    qint64 atMs = 0; // when it was told, on the window's clock
    int value = -1;
    QString description; // the bar's
    QString line; // the line's name

    bool sameAs(const Told &other) const
    {
        return value == other.value && description == other.description && line == other.line;
    }
};

class BulkAnnounce : public BulkWindowTest
{
protected:
    // Reviewed and confirmed: the run is under way. The tree is read at every progress step, every
    // 5 ms, and whenever the test asks (readTree()).
    void start(const QStringList &people)
    {
        openBulkSignedIn();
        m_driver->pasteList(people.join(QLatin1Char('\n')));
        ASSERT_TRUE(m_driver->reviewBulkList());
        ASSERT_EQ(m_driver->bulkCount(BulkCategory::Ready), people.size());
        ASSERT_TRUE(m_driver->requestBulkRun());
        m_driver->typeBulkCount(QString::number(people.size()));
        ui::BulkWindow *bulk = m_driver->bulkWindow();
        m_bar = bulk->findChild<QProgressBar *>(names::BulkProgress);
        m_line = bulk->findChild<QLabel *>(names::BulkProgressLabel);
        m_pace = bulk->findChild<AnnouncePace *>();
        m_driver->confirmBulk();
        ASSERT_TRUE(bulk->isRunning());
        m_told.clear(); // from the first step of the run on
        m_valueChanges = 0;
        QObject::connect(bulk->run(), &BulkRun::progressed, bulk, [this] {
            ++m_steps;
            if (m_line->text() != m_shownLine)
                ++m_lineTextChanges;
            m_shownLine = m_line->text();
            readTree();
        });
        QObject::connect(m_bar, &QProgressBar::valueChanged, bulk, [this] { ++m_valueChanges; });
        // As often as a screen reader could ask: what changed is seen within a few ms.
        QObject::connect(&m_poll, &QTimer::timeout, bulk, [this] { readTree(); });
        m_poll.start(5);
    }

    void readTree()
    {
        Told now;
        now.atMs = m_pace->lastAnnouncedMs();
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(m_bar);
        now.value = bar->valueInterface()->currentValue().toInt();
        now.description = bar->text(QAccessible::Description);
        now.line = QAccessible::queryAccessibleInterface(m_line)->text(QAccessible::Name);
        if (m_told.empty() || !m_told.back().sameAs(now))
            m_told.push_back(now);
    }

    const Told &last()
    {
        readTree();
        return m_told.back();
    }

    QProgressBar *m_bar = nullptr;
    QLabel *m_line = nullptr;
    AnnouncePace *m_pace = nullptr;
    std::vector<Told> m_told; // each change of what is told
    int m_steps = 0;
    int m_lineTextChanges = 0;
    int m_valueChanges = 0;
    QString m_shownLine;
    QTimer m_poll;
};

} // namespace

TEST_F(BulkAnnounce, AFewHundredPeople_ToldAtTheStartEveryIntervalAndOnceAtTheEnd)
{
    const QStringList people = addPeople(300);

    m_emulator->setWriteQuota(300, 20); // throttled now and then: many steps
    const qint64 startMs = m_clock.monotonicMs();
    start(people);
    ASSERT_TRUE(waitFor([&] { return !m_told.empty(); }, 5000)) << "the start is told";

    // Halfway, a whole interval passes on the clock: what is told catches up.
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 100; }, 20000));
    const size_t before = m_told.size();
    m_clock.advance(AnnouncePace::IntervalMs);
    EXPECT_TRUE(waitFor([&] { return last().atMs >= 0 && m_told.size() > before; }, 5000))
            << "nothing told after an interval";
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    expectEachRevokedOnce(people);
    readTree();

    const qint64 elapsedMs = m_clock.monotonicMs() - startMs;
    // The start, one per interval, the end (its last step and the run's end may be two).
    const size_t bound = 1 + size_t(elapsedMs / AnnouncePace::IntervalMs) + 2;
    std::cout << "[ figures  ] " << people.size() << " people, " << m_steps << " progress steps, "
              << m_lineTextChanges << " visible line changes, " << elapsedMs
              << " ms on the clock: " << m_told.size() << " changes told, " << m_valueChanges
              << " bar value changes" << std::endl;
    EXPECT_GE(m_lineTextChanges, 10) << "too few visible steps to show the pace";
    EXPECT_LE(m_told.size(), bound);
    EXPECT_LE(size_t(m_valueChanges), bound);
    // Never two within an interval, but the end's, which are told at once.
    for (size_t i = 1; i + 2 < m_told.size(); ++i)
        EXPECT_GE(m_told.at(i).atMs - m_told.at(i - 1).atMs, AnnouncePace::IntervalMs - 100)
                << "changes " << i - 1 << " and " << i;

    // The last carries the final counts, as the line shows them.
    const Told &end = m_told.back();
    EXPECT_EQ(end.value, 300);
    EXPECT_TRUE(end.description.startsWith(QLatin1String("300 of 300 done")))
            << end.description.toStdString();
    EXPECT_EQ(end.line, end.description);
    EXPECT_EQ(m_driver->bulkProgressText(), end.description);
}

TEST_F(BulkAnnounce, PauseResumeAndCancel_AreToldAtOnce_TheEndWithTheFinalCounts)
{
    const QStringList people = addPeople(200);
    m_emulator->setWriteQuota(40, 20);
    start(people);
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 20; }, 20000));

    // Each is told as it happens, however recent the last announcement.
    m_driver->pauseOrResumeBulk();
    ASSERT_TRUE(waitFor([&] { return last().description.contains(QLatin1String("Paused")); }, 2000))
            << last().description.toStdString();
    EXPECT_EQ(last().line, last().description);

    m_driver->pauseOrResumeBulk();
    ASSERT_TRUE(
            waitFor([&] { return !last().description.contains(QLatin1String("Paused")); }, 2000));

    m_driver->cancelBulk();
    EXPECT_TRUE(last().description.startsWith(QLatin1String("Cancelling")))
            << "Cancel is told at once: " << last().description.toStdString();

    ASSERT_TRUE(m_driver->waitForBulkEnd());
    const Told &end = last();
    const int done = revokedSoFar(people);
    EXPECT_LT(done, 200);
    EXPECT_EQ(end.value, done);
    EXPECT_TRUE(end.description.startsWith(QStringLiteral("%1 of 200 done").arg(done)))
            << end.description.toStdString();
    EXPECT_EQ(end.line, end.description);
    EXPECT_EQ(m_driver->bulkProgressText(), end.description);
}
