// Every text of the other dialogs is whole at the size they open at (WCAG 1.4.4; CTest runs these
// at 200 %, in the long pseudo language and in German and French): the three sign-in dialogs, the
// bulk window on each of its pages and its confirmation, History, and the containment dialog
// before and after a run.
#include "LayoutFixture.h"

#include <QLineEdit>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

TEST_F(Layout, DeviceCodeSignIn_NoTextIsClipped)
{
    QDialog *dialog = openDeviceCodeDialog();
    ASSERT_NE(dialog, nullptr);
    expectNoTextClippedIn(dialog);
    dialog->reject();
}

TEST_F(Layout, BrowserSignIn_NoTextIsClipped)
{
    QDialog *dialog = openBrowserDialog();
    ASSERT_NE(dialog, nullptr);
    expectNoTextClippedIn(dialog);
    dialog->reject();
}

TEST_F(Layout, CertificateSignIn_NoTextIsClipped)
{
    QDialog *dialog = openCertificateDialog();
    ASSERT_NE(dialog, nullptr);
    expectNoTextClippedIn(dialog);
    dialog->reject();
}

// The list page, the review, the confirmation (with its typed number: more than 50 people), the
// run paused, and its end after a cancel (the longest status and "Sign out the rest").
TEST_F(Layout, BulkWindowEveryPageAndItsConfirmation_NoTextIsClipped)
{
    const QStringList people = addPeople(60);
    openSignedIn();
    ui::BulkWindow *bulk = m_driver->openBulk();
    ASSERT_NE(bulk, nullptr);
    {
        SCOPED_TRACE("list");
        expectNoTextClippedIn(bulk);
    }
    m_driver->pasteList(
            (people + QStringList {GuestUpn, upn("nobody.here")}).join(QLatin1Char('\n')));
    ASSERT_TRUE(m_driver->reviewBulkList());
    {
        SCOPED_TRACE("review");
        expectNoTextClippedIn(bulk);
    }
    m_emulator->setWriteQuota(5, 5); // slow enough to pause and cancel mid-run
    ASSERT_TRUE(m_driver->requestBulkRun());
    QDialog *confirm = m_driver->bulkConfirmDialog();
    ASSERT_NE(confirm, nullptr);
    {
        SCOPED_TRACE("confirmation");
        expectNoTextClippedIn(confirm);
    }
    m_driver->typeBulkCount(QString::number(people.size()));
    m_driver->confirmBulk(QStringLiteral("INC-1"));
    ASSERT_TRUE(m_driver->waitForBulkRunning());
    auto *pause = bulk->findChild<QPushButton *>(names::BulkPauseButton);
    ASSERT_TRUE(waitFor([pause] { return pause->isEnabled(); }, 10000));
    m_driver->pauseOrResumeBulk();
    ASSERT_TRUE(waitFor([bulk] { return bulk->run()->isPaused(); }));
    {
        SCOPED_TRACE("running, paused");
        expectNoTextClippedIn(bulk);
    }
    m_driver->cancelBulk();
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    SCOPED_TRACE("ended");
    expectNoTextClippedIn(bulk);
}

TEST_F(Layout, History_NoTextIsClipped)
{
    QDialog *history = openHistoryWithAnEntry();
    ASSERT_NE(history, nullptr);
    expectNoTextClippedIn(history);
    history->reject();
}

// Before a run for an administrator (the typed name) and after a run (steps, devices, the sign-in
// check, Undo).
TEST_F(Layout, Containment_NoTextIsClipped)
{
    {
        QDialog *dialog = openContainDialog(QStringLiteral("allan"), upn("allan.deyoung"));
        ASSERT_NE(dialog, nullptr);
        SCOPED_TRACE("an administrator, before the run");
        expectNoTextClippedIn(dialog);
        dialog->reject();
    }
    closeWindow();
    QDialog *dialog = openContainDialog(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(runContainment(dialog));
    SCOPED_TRACE("after the run");
    expectNoTextClippedIn(dialog);
    dialog->reject();
}
