// Closing "Sign out many people" while a run is sending never abandons it silently: the bulk
// window (its Close button, Escape) and the main window ask "Stop it and close?". Keep running
// (the default) leaves the window up and the run going to the end; Stop and close cancels the
// run, nothing more is sent, the window closes once the run has ended and the rows not sent say
// so. With nothing sending, closing asks nothing.
#include "BulkWindowFixture.h"
#include "ui/BulkCloseGuard.h"
#include "ui/ObjectNames.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace rc;
using namespace rc::test;
using rc::ui::BulkCloseGuard;
namespace names = rc::ui::names;

namespace {

class BulkClose : public BulkWindowTest
{
protected:
    // Reviews `people`, then confirms with the emulator's write quota low enough that the run is
    // still sending when the test closes the window; waits until some are revoked.
    void startSlowRun(const QStringList &people)
    {
        openBulkSignedIn();
        m_driver->pasteList(people.join(QLatin1Char('\n')));
        ASSERT_TRUE(m_driver->reviewBulkList());
        ASSERT_EQ(m_driver->bulkCount(BulkCategory::Ready), people.size());
        m_emulator->resetWriteCounters();
        m_emulator->setWriteQuota(30, 20); // several seconds for everyone
        ASSERT_TRUE(m_driver->requestBulkRun());
        m_driver->typeBulkCount(QString::number(people.size()));
        m_driver->confirmBulk();
        ASSERT_TRUE(m_driver->bulkWindow()->isRunning()) << m_driver->bulkStatus().toStdString();
        ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 10; }, 20000));
    }

    // The stop question, once it is on screen; null if it never shows.
    QMessageBox *waitForQuestion(int timeoutMs = 5000)
    {
        waitFor([this] { return question() != nullptr; }, timeoutMs);
        return question();
    }
    QMessageBox *question() const
    {
        for (auto *box : m_window->findChildren<QMessageBox *>(names::BulkStopQuestion)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }

    // Clicks a button of the question on screen (an answered one may linger until deleted).
    void answer(const QString &button)
    {
        QMessageBox *box = question();
        ASSERT_TRUE(box);
        auto *b = box->findChild<QPushButton *>(button);
        ASSERT_TRUE(b);
        QTest::mouseClick(b, Qt::LeftButton, {}, b->rect().center());
    }

    // After "Keep running": the window stays up and the run finishes with everyone revoked once.
    void expectRunFinishes(const QStringList &people)
    {
        ui::BulkWindow *bulk = m_driver->bulkWindow();
        EXPECT_TRUE(bulk->isVisible());
        EXPECT_TRUE(bulk->isRunning());
        EXPECT_FALSE(bulk->run()->summary().cancelled);
        ASSERT_TRUE(m_driver->waitForBulkEnd());
        EXPECT_TRUE(bulk->isVisible());
        EXPECT_EQ(outcomes(), QStringList(people.size(), Verified));
        expectEachRevokedOnce(people);
    }

    // After "Stop and close": the window closes once the run has ended, nothing more is sent,
    // and every row not answered is NotSent.
    void expectStoppedAndClosed(const QStringList &people)
    {
        ui::BulkWindow *bulk = m_driver->bulkWindow();
        ASSERT_TRUE(waitFor([&] { return !bulk->isVisible(); }, 20000))
                << "the window did not close after Stop";
        EXPECT_EQ(bulk->stage(), ui::BulkWindow::Stage::Ended) << "closed before the run ended";
        const int frozen = settledWrites();
        const int revoked = revokedSoFar(people);
        EXPECT_FALSE(waitFor([&] { return writes() != frozen; }, 1500)) << "still sending";
        EXPECT_EQ(revokedSoFar(people), revoked);
        EXPECT_LT(revoked, people.size()) << "the run ended before Stop could be seen";
        EXPECT_TRUE(bulk->run()->summary().cancelled);
        const QStringList rows = outcomes();
        EXPECT_EQ(rows.count(BulkRowResult::NotSent), people.size() - rows.count(Verified));
        EXPECT_GT(rows.count(BulkRowResult::NotSent), 0);
        EXPECT_TRUE(m_driver->bulkStatus().contains(QLatin1String("cancelled")))
                << m_driver->bulkStatus().toStdString();
        for (const QString &person : people)
            EXPECT_LE(m_emulator->revocationCount(person), 1) << person.toStdString();
    }
};

} // namespace

TEST_F(BulkClose, CloseButton_AsksWithTheCounts_KeepRunningIsTheDefaultAndFinishes)
{
    const QStringList people = addPeople(160);
    startSlowRun(people);
    m_driver->click(names::BulkCloseButton);
    QMessageBox *box = waitForQuestion();
    ASSERT_TRUE(box) << "closing during a run asked nothing";
    EXPECT_TRUE(box->text().startsWith(QLatin1String("A sign-out of 160 people is in progress (")))
            << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QLatin1String(
            "done). Stop it and close? Requests already sent may still complete; run the same "
            "list again later to finish the rest.")));
    auto *keep = box->findChild<QPushButton *>(names::BulkKeepRunningButton);
    ASSERT_TRUE(keep);
    EXPECT_EQ(box->defaultButton(), keep);
    EXPECT_EQ(box->escapeButton(), keep);
    EXPECT_TRUE(m_driver->bulkWindow()->isVisible()) << "hidden before the answer";

    answer(names::BulkKeepRunningButton);
    EXPECT_TRUE(waitFor([&] { return question() == nullptr; }));
    expectRunFinishes(people);

    // With nothing sending, Close closes at once and asks nothing.
    m_driver->click(names::BulkCloseButton);
    EXPECT_TRUE(waitFor([&] { return !m_driver->bulkWindow()->isVisible(); }));
    EXPECT_EQ(question(), nullptr);
}

TEST_F(BulkClose, Escape_AsksToo_EscapeAgainKeepsRunning)
{
    const QStringList people = addPeople(160);
    startSlowRun(people);
    m_driver->bulkWindow()->activateWindow();
    QTest::keyClick(m_driver->bulkWindow(), Qt::Key_Escape);
    QMessageBox *box = waitForQuestion();
    ASSERT_TRUE(box) << "Escape during a run asked nothing";
    QTest::keyClick(box, Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&] { return question() == nullptr; }));
    expectRunFinishes(people);
}

TEST_F(BulkClose, StopAndClose_CancelsTheRun_NothingMoreSent_RestNotSent_WindowCloses)
{
    const QStringList people = addPeople(160);
    startSlowRun(people);
    m_driver->click(names::BulkCloseButton);
    ASSERT_TRUE(waitForQuestion());
    answer(names::BulkStopAndCloseButton);
    expectStoppedAndClosed(people);
    EXPECT_TRUE(m_window->isVisible()) << "only the bulk window closes";
}

TEST_F(BulkClose, ClosingTheMainWindow_AsksTheSame_KeepThenStopClosesBoth)
{
    const QStringList people = addPeople(160);
    startSlowRun(people);
    m_window->close();
    ASSERT_TRUE(waitForQuestion()) << "closing the main window during a run asked nothing";
    answer(names::BulkKeepRunningButton);
    EXPECT_TRUE(waitFor([&] { return question() == nullptr; }));
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_TRUE(m_driver->bulkWindow()->isVisible());
    EXPECT_TRUE(m_driver->bulkWindow()->isRunning());

    m_window->close();
    ASSERT_TRUE(waitForQuestion());
    answer(names::BulkStopAndCloseButton);
    expectStoppedAndClosed(people);
    EXPECT_TRUE(waitFor([&] { return !m_window->isVisible(); }))
            << "the main window did not close once the run had stopped";
}
