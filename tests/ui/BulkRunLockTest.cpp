// "Sign out many people" while another process runs the same list: the confirmed run is refused
// before any revocation, the status names who holds the list, and "Sign out the rest" is offered
// for when it is free.
#include "bulk/BulkRunLock.h"
#include "BulkWindowFixture.h"
#include "bulk/BulkJournal.h"
#include "ui/ObjectNames.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QPushButton>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {
using BulkWindowRunLock = BulkWindowTest;
} // namespace

TEST_F(BulkWindowRunLock, AListAnotherProcessRunsIsRefusedNamingIt_NothingRevoked)
{
    const QStringList people = addPeople(3);
    openBulkSignedIn();
    const QString pasted = people.join(QLatin1Char('\n'));
    m_driver->pasteList(pasted);
    ASSERT_TRUE(m_driver->reviewBulkList());
    const auto rows = UpnList::fromText(pasted);
    ASSERT_TRUE(rows.ok());
    QLockFile other(
            BulkRunLock::pathFor(BulkJournal::defaultPath(),
                                 BulkJournal::runKey(Domain, Channel::Entra, rows.value().rows())));
    ASSERT_TRUE(other.tryLock());
    m_emulator->resetWriteCounters();

    ASSERT_TRUE(m_driver->requestBulkRun());
    m_driver->confirmBulk(QStringLiteral("INC-LOCK"));
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    const QString status = m_driver->bulkStatus();
    EXPECT_TRUE(
            status.contains(QStringLiteral("This list is already being run by ui_tests (PID %1 on ")
                                    .arg(QCoreApplication::applicationPid())))
            << status.toStdString();
    EXPECT_TRUE(
            status.contains(QLatin1String("Wait for it to finish or stop it. Nothing was sent.")))
            << status.toStdString();
    EXPECT_EQ(bulkRevokes(), 0);
    EXPECT_EQ(m_emulator->writesAccepted(), 0);
    auto *again = m_driver->bulkWindow()->findChild<QPushButton *>(names::BulkRunButton);
    EXPECT_TRUE(again->isEnabled());
    EXPECT_EQ(again->text(), QStringLiteral("Sign out the &rest\u2026"));
}
