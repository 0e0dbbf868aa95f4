// "Sign out many people", the run: one confirmation that counts and names, typing the number above
// 50 people, every row's outcome in the table with each person revoked exactly once, the reason
// on every audit row, pause that stops new writes, cancel that leaves the rest unsent and a second
// run that resumes, the SharePoint channel, and the results export.
#include "BulkWindowFixture.h"
#include "audit/AuditLog.h"
#include "ui/ObjectNames.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class BulkRunFlow : public BulkWindowTest
{
protected:
    // Pastes and reviews `people`; the review must show them all ready.
    void review(const QStringList &people, const QStringList &extra = {})
    {
        openBulkSignedIn();
        m_driver->pasteList((people + extra).join(QLatin1Char('\n')));
        ASSERT_TRUE(m_driver->reviewBulkList());
        ASSERT_EQ(m_driver->bulkCount(BulkCategory::Ready), people.size());
        m_emulator->resetWriteCounters();
    }
    // Confirms (typing the number when asked): the run is under way.
    void confirm(int people)
    {
        ASSERT_TRUE(m_driver->requestBulkRun());
        if (people > 50)
            m_driver->typeBulkCount(QString::number(people));
        ASSERT_TRUE(m_driver->bulkConfirmButton()->isEnabled());
        m_driver->confirmBulk(m_reason);
        // The confirmation starts the run at once; the answers come from the event loop.
        ASSERT_TRUE(m_driver->bulkWindow()->isRunning()) << m_driver->bulkStatus().toStdString();
    }

    QTemporaryDir m_dir;
    const QString m_reason = QStringLiteral("INC-") + QUuid::createUuid().toString(QUuid::Id128);
};

} // namespace

TEST_F(BulkRunFlow, FewPeople_ConfirmationCountsAndNames_EveryRowAnsweredOnce_Exported)
{
    const QStringList people = addPeople(12);
    review(people, {GuestUpn, upn("nobody.here"), people.at(3).toUpper()});

    ASSERT_TRUE(m_driver->requestBulkRun());
    QDialog *dialog = m_driver->bulkConfirmDialog();
    const QString counts = dialog->findChild<QLabel *>(names::BulkConfirmCounts)->text();
    for (const char *line : {"Ready: 12", "Guest: 1", "Not found: 1", "Duplicate: 1"})
        EXPECT_TRUE(counts.contains(QLatin1String(line))) << counts.toStdString();
    const QString first = dialog->findChild<QLabel *>(names::BulkConfirmNames)->text();
    EXPECT_TRUE(first.startsWith(QStringLiteral("Bulk Person 0 (%1)").arg(people.at(0))))
            << first.toStdString();
    EXPECT_TRUE(first.contains(people.at(4)));
    EXPECT_FALSE(first.contains(people.at(5)));
    EXPECT_TRUE(first.endsWith(QStringLiteral("\u2026and 7 more")));
    EXPECT_FALSE(dialog->findChild<QLineEdit *>(names::BulkConfirmCountEdit))
            << "12 people need no typed number";
    EXPECT_FALSE(dialog->findChild<QLabel *>(names::BulkConfirmSelfNote)) << "not on the list";
    EXPECT_EQ(bulkRevokes(), 0) << "nothing is sent before the confirmation";
    confirm(12);
    ASSERT_TRUE(m_driver->waitForBulkEnd());

    QStringList expected(12, Verified);
    expected << QStringLiteral("GuestNotApplicable") << QStringLiteral("UserNotFound") << Verified;
    EXPECT_EQ(outcomes(), expected);
    expectEachRevokedOnce(people);
    EXPECT_EQ(m_driver->bulkDone(), 12);
    EXPECT_TRUE(m_driver->bulkStatus().startsWith(QLatin1String("12 revoked and verified")))
            << m_driver->bulkStatus().toStdString();

    // Every person's outcome is on record with the run's reason.
    auto log = AuditLog::open(AuditLog::defaultPath());
    ASSERT_TRUE(log.ok());
    AuditQuery query;
    query.text = m_reason;
    query.outcome = Verified;
    const auto records = log.value()->records(query);
    ASSERT_TRUE(records.ok());
    QStringList recorded;
    for (const AuditRecord &r : records.value())
        recorded << r.targetUpn;
    for (const QString &person : people)
        EXPECT_EQ(recorded.count(person), 1) << person.toStdString();

    const QString path = m_dir.filePath(QStringLiteral("results.csv"));
    ASSERT_TRUE(m_driver->exportBulk(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 1 + 15 + 1); // header, one row per input row, the tail after CRLF
    for (int i = 1; i <= 12; ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        EXPECT_EQ(cells.at(1), people.at(i - 1).toUtf8());
        EXPECT_EQ(cells.at(3), Verified.toUtf8());
        EXPECT_FALSE(cells.at(5).isEmpty()) << "a correlation id for row " << i;
    }
    EXPECT_TRUE(lines.at(15).contains(",duplicate,NonInstantaneousSuccess,"));
}

TEST_F(BulkRunFlow, Over50People_ConfirmStaysDisabledUntilTheNumberIsTyped)
{
    const QStringList people = addPeople(51);
    review(people);
    ASSERT_TRUE(m_driver->requestBulkRun());
    QPushButton *confirmButton = m_driver->bulkConfirmButton();
    EXPECT_FALSE(confirmButton->isEnabled());
    EXPECT_LE(m_driver->bulkConfirmDialog()->minimumSizeHint().height(), 600) << "fits 800x600";
    EXPECT_LE(m_driver->bulkConfirmDialog()->minimumSizeHint().width(), 800);
    m_driver->typeBulkCount(QStringLiteral("50"));
    EXPECT_FALSE(confirmButton->isEnabled());
    m_driver->typeBulkCount(QStringLiteral("5l"));
    EXPECT_FALSE(confirmButton->isEnabled());
    m_driver->typeBulkCount(QStringLiteral("51"));
    EXPECT_TRUE(confirmButton->isEnabled());
    m_driver->typeBulkCount(QString());
    EXPECT_FALSE(confirmButton->isEnabled());
    EXPECT_EQ(bulkRevokes(), 0);

    confirm(51);
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    EXPECT_EQ(outcomes(), QStringList(51, Verified));
    expectEachRevokedOnce(people);
}

TEST_F(BulkRunFlow, Pause_NoNewWritesWhilePaused_ResumeFinishes)
{
    const QStringList people = addPeople(160);
    review(people);
    m_emulator->setWriteQuota(40, 20); // about four seconds for everyone
    confirm(160);
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 20; }, 20000));
    m_driver->pauseOrResumeBulk();
    ASSERT_TRUE(m_driver->bulkWindow()->run()->isPaused());
    const int frozen = settledWrites();
    const int revoked = revokedSoFar(people);
    ASSERT_LT(revoked, 160) << "the run ended before the pause could be seen";
    EXPECT_TRUE(m_driver->bulkProgressText().contains(QLatin1String("Paused")));
    EXPECT_EQ(m_driver->find<QPushButton>(names::BulkPauseButton)->text(),
              QStringLiteral("&Resume"));
    // Paused: not one more write, accepted or throttled, for a good while.
    EXPECT_FALSE(waitFor([&] { return writes() != frozen; }, 1500));
    EXPECT_EQ(revokedSoFar(people), revoked);
    EXPECT_TRUE(m_driver->bulkWindow()->isRunning());

    m_driver->pauseOrResumeBulk();
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    EXPECT_EQ(outcomes(), QStringList(160, Verified));
    expectEachRevokedOnce(people);
}

TEST_F(BulkRunFlow, Cancel_LeavesTheRestUnsent_SignOutTheRestResumesAndFinishes)
{
    const QStringList people = addPeople(160);
    review(people);
    m_emulator->setWriteQuota(30, 20);
    confirm(160);
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 20; }, 20000));
    m_driver->cancelBulk();
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    settledWrites();
    const int revoked = revokedSoFar(people);
    EXPECT_LT(revoked, 160);
    EXPECT_TRUE(m_driver->bulkStatus().contains(QLatin1String("cancelled")))
            << m_driver->bulkStatus().toStdString();
    const QStringList afterCancel = outcomes();
    EXPECT_EQ(afterCancel.count(BulkRowResult::NotSent), 160 - afterCancel.count(Verified));
    EXPECT_GT(afterCancel.count(BulkRowResult::NotSent), 0);
    for (const QString &person : people)
        EXPECT_LE(m_emulator->revocationCount(person), 1) << person.toStdString();

    // "Sign out the rest": the journal knows who was answered; only the others are sent.
    EXPECT_EQ(m_driver->find<QPushButton>(names::BulkRunButton)->text(),
              QStringLiteral("Sign out the &rest\u2026"));
    confirm(160);
    const QRegularExpression resuming(QStringLiteral("^Resuming: (\\d+) of 160 already done"));
    const auto match = resuming.match(m_driver->bulkStatus());
    ASSERT_TRUE(match.hasMatch()) << m_driver->bulkStatus().toStdString();
    EXPECT_GT(match.captured(1).toInt(), 0);
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    EXPECT_EQ(outcomes(), QStringList(160, Verified));
    expectEachRevokedOnce(people);
}

TEST_F(BulkRunFlow, SharePointChannel_OneCsomRevocationPerPerson)
{
    const QStringList people = addPeople(6);
    review(people);
    m_driver->click(names::BulkSharePointRadio);
    confirm(6);
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    for (const QString &person : people) {
        EXPECT_EQ(m_emulator->revocationCount(person, emu::Service::SharePoint), 1)
                << person.toStdString();
        EXPECT_EQ(m_emulator->revocationCount(person, emu::Service::Graph), 0);
    }
    EXPECT_EQ(sharePointRevokes(), 6);
    EXPECT_EQ(outcomes(), QStringList(6, QStringLiteral("InstantaneousSuccess")));
}

TEST_F(BulkRunFlow, TheOperatorOnTheList_IsToldTheyWillBeSignedOutToo)
{
    const QStringList people = addPeople(2);
    review(people, {upn("admin")});
    ASSERT_TRUE(m_driver->requestBulkRun());
    const QLabel *note
            = m_driver->bulkConfirmDialog()->findChild<QLabel *>(names::BulkConfirmSelfNote);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Your own account is on the list (line ")))
            << note->text().toStdString();
    EXPECT_TRUE(note->text().endsWith(QStringLiteral("you will be signed out too.")));
}
