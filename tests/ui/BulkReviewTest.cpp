// "Sign out many people", the read-only part: the entry is there only when signed in, a pasted
// list or a CSV file is looked up and shown with exact counts per category and a row each, the
// export of the review is a preview (one CSV row per input row, nothing revoked), a list that
// cannot be read is explained and sends nothing, and the window fits 800x600 and the keyboard.
#include "BulkWindowFixture.h"
#include "ui/ObjectNames.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class BulkListReview : public BulkWindowTest
{
protected:
    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // A mixed list from the demo tenant: every category at least once.
    QString mixedList()
    {
        m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users/flaky.lookup@"),
                                 emu::Fault::httpStatus(500, -1, -1));
        return QStringList {
                upn("adele.vance"), // 1 ready
                upn("nobody.here"), // 2 not found
                GuestUpn, // 3 guest (by name: never looked up)
                upn("pradeep.gupta"), // 4 disabled
                upn("ADELE.VANCE"), // 5 duplicate of 1
                QStringLiteral("not-a-name"), // 6 invalid
                upn("admin"), // 7 admin (Global Administrator)
                upn("helpdesk"), // 8 admin (Helpdesk Administrator)
                upn("alex.wilber"), // 9 ready
                upn("flaky.lookup"), // 10 lookup failed (500)
        }
                .join(QLatin1Char('\n'));
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BulkListReview, EntryIsEnabledOnlyWhenSignedIn_CtrlShiftBOpensTheWindow)
{
    openWindow(false);
    auto *button = m_driver->find<QPushButton>(names::BulkButton);
    ASSERT_TRUE(button);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_FALSE(m_driver->find<QAction>(names::BulkAction)->isEnabled());
    m_driver->key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(m_driver->bulkWindow()) << "opened without a sign-in";

    closeWindow();
    openBulkSignedIn();
    EXPECT_TRUE(m_driver->find<QPushButton>(names::BulkButton)->isEnabled());
    EXPECT_FALSE(m_driver->find<QPushButton>(names::BulkButton)->accessibleName().isEmpty());

    // Signing out closes it: without a sign-in it could send nothing.
    m_driver->click(names::SignOutButton);
    EXPECT_TRUE(waitFor([&] { return m_driver->bulkWindow() == nullptr; }));
    EXPECT_FALSE(m_driver->find<QPushButton>(names::BulkButton)->isEnabled());
}

TEST_F(BulkListReview, PastedMixedList_CountsPerCategoryExact_NothingRevoked)
{
    openBulkSignedIn();
    m_driver->pasteList(mixedList());
    ASSERT_TRUE(m_driver->reviewBulkList());

    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 2);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::NotFound), 1);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Guest), 1);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Disabled), 1);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Duplicate), 1);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::InvalidUpn), 1);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Admin), 2);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::LookupFailed), 1);
    // One table row per input row, in list order, each with its category and no outcome yet.
    EXPECT_EQ(categories(),
              QStringList({QStringLiteral("ready"), QStringLiteral("not-found"),
                           QStringLiteral("guest"), QStringLiteral("disabled"),
                           QStringLiteral("duplicate"), QStringLiteral("invalid-upn"),
                           QStringLiteral("admin"), QStringLiteral("admin"),
                           QStringLiteral("ready"), QStringLiteral("lookup-failed")}));
    EXPECT_EQ(outcomes(), QStringList(10, QString()));
    // Five people could be signed out: ready, disabled and admins.
    EXPECT_EQ(m_driver->find<QPushButton>(names::BulkRunButton)->text(),
              QStringLiteral("Sign &out 5 people\u2026"));
    EXPECT_TRUE(m_driver->bulkStatus().contains(QLatin1String("nothing was sent")));

    // Lookups only: $batch GETs, and not one write.
    EXPECT_EQ(m_emulator->writesAccepted() + m_emulator->writesThrottled(), 0);
    EXPECT_EQ(bulkRevokes(), 0);
    ASSERT_FALSE(m_emulator->batchItems().isEmpty());
    for (const auto &item : m_emulator->batchItems())
        EXPECT_EQ(item.request.method, "GET") << item.request.path.toStdString();
}

TEST_F(BulkListReview, ExportOfTheReview_IsAPreviewWithOneRowPerInputRow_NothingRevoked)
{
    openBulkSignedIn();
    m_driver->pasteList(mixedList() + QStringLiteral("\n=cmd"));
    ASSERT_TRUE(m_driver->reviewBulkList());
    const QString path = m_dir.filePath(QStringLiteral("review.csv"));
    ASSERT_TRUE(m_driver->exportBulk(path));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, 11 rows, and the empty piece after the last CRLF.
    ASSERT_EQ(lines.size(), 13);
    EXPECT_TRUE(lines.at(0).startsWith("line,user,category,outcome,message,correlationId"));
    EXPECT_TRUE(lines.at(1).startsWith("1,adele.vance@contoso.onmicrosoft.com,ready,Preview,"));
    EXPECT_TRUE(lines.at(2).contains(",not-found,UserNotFound,"));
    EXPECT_TRUE(lines.at(3).contains(",guest,GuestNotApplicable,"));
    // A cell a spreadsheet would run as a formula stays text, as in the history export.
    EXPECT_TRUE(lines.at(11).startsWith("11,'=cmd,invalid-upn,")) << lines.at(11).toStdString();
    // The table shows the preview too, and the status names the file.
    EXPECT_EQ(outcomes().at(0), QStringLiteral("Preview"));
    EXPECT_TRUE(m_driver->bulkStatus().contains(QLatin1String("Exported 11 rows")));
    EXPECT_EQ(bulkRevokes(), 0);
    EXPECT_EQ(m_emulator->writesAccepted(), 0);
}

TEST_F(BulkListReview, CsvFileWithAUpnColumn_IsReviewedFromThatColumn)
{
    openBulkSignedIn();
    const QString path = m_dir.filePath(QStringLiteral("leavers.csv"));
    writeFile(path,
              "\xEF\xBB\xBF"
              "Name,UserPrincipalName,Department\r\n"
              "\"Vance, Adele\",adele.vance@contoso.onmicrosoft.com,Retail\r\n"
              "\r\n"
              "Alex,alex.wilber@contoso.onmicrosoft.com,\"Sales \"\"EMEA\"\"\"\r\n"
              "Nobody,nobody.at.all@contoso.onmicrosoft.com,\r\n");
    ASSERT_TRUE(m_driver->openBulkFile(path));
    ASSERT_TRUE(m_driver->waitForBulkReview());
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 2);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::NotFound), 1);
    EXPECT_EQ(m_driver->bulkColumn(Qt::DisplayRole).size(), 3);
    EXPECT_EQ(bulkRevokes(), 0);
}

TEST_F(BulkListReview, UnreadableFileOrNoUpnColumn_ClearMessageAndNothingSent)
{
    openBulkSignedIn();
    m_emulator->clearRequests();
    const QString binary = m_dir.filePath(QStringLiteral("export.csv"));
    writeFile(binary, QByteArray("\xff\xfe\x00\x41\x00\xc3\x28\xa0\xa1", 9));
    ASSERT_TRUE(m_driver->openBulkFile(binary));
    EXPECT_TRUE(waitFor([&] { return !m_driver->bulkListMessage().isEmpty(); }));
    EXPECT_TRUE(m_driver->bulkListMessage().contains(QLatin1String("export.csv")))
            << m_driver->bulkListMessage().toStdString();
    EXPECT_TRUE(m_driver->bulkListMessage().endsWith(QLatin1String("Nothing was sent.")));
    EXPECT_EQ(m_driver->bulkWindow()->stage(), ui::BulkWindow::Stage::List);

    const QString noUpn = m_dir.filePath(QStringLiteral("names.csv"));
    writeFile(noUpn, "Name,Department\r\nAdele Vance,Retail\r\nAlex Wilber,Sales\r\n");
    ASSERT_TRUE(m_driver->openBulkFile(noUpn));
    EXPECT_TRUE(waitFor([&] {
        return m_driver->bulkListMessage().startsWith(QLatin1String("No user names were found"));
    })) << m_driver->bulkListMessage().toStdString();
    EXPECT_EQ(m_driver->bulkWindow()->stage(), ui::BulkWindow::Stage::List);
    // Not even a lookup went out.
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::Graph).isEmpty());
}

TEST_F(BulkListReview, At800x600_TheReviewFitsAndTheKeyboardReachesEveryStep)
{
    openBulkSignedIn();
    ui::BulkWindow *bulk = m_driver->bulkWindow();
    auto *edit = bulk->findChild<QPlainTextEdit *>(names::BulkListEdit);
    EXPECT_TRUE(edit->tabChangesFocus());
    EXPECT_FALSE(edit->accessibleName().isEmpty());
    m_driver->pasteList(upn("adele.vance") + QLatin1Char('\n') + upn("admin"));
    // Tab from the list reaches Open CSV, then Review; Space reviews.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), bulk->findChild<QWidget *>(names::BulkReviewButton));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_TRUE(m_driver->waitForBulkReview());
    EXPECT_EQ(QApplication::focusWidget(), bulk->findChild<QWidget *>(names::BulkTable));

    EXPECT_LE(bulk->minimumSizeHint().width(), 800);
    EXPECT_LE(bulk->minimumSizeHint().height(), 600);
    bulk->resize(800, 600);
    ASSERT_TRUE(waitFor([&] { return bulk->size() == QSize(800, 600); }));
    for (const QString &name :
         QStringList {names::BulkTable, names::BulkRunButton, names::BulkExportButton,
                      names::BulkBackButton, names::BulkEntraRadio,
                      names::BulkCountPrefix + QStringLiteral("lookup-failed")}) {
        auto *widget = bulk->findChild<QWidget *>(name);
        ASSERT_TRUE(widget && widget->isVisible()) << name.toStdString();
        EXPECT_TRUE(bulk->rect().contains(QRect(widget->mapTo(bulk, QPoint()), widget->size())))
                << name.toStdString();
        EXPECT_FALSE(spokenName(widget).isEmpty()) << name.toStdString();
    }
    auto *table = bulk->findChild<QTableView *>(names::BulkTable);
    EXPECT_GE(table->height(), 4 * table->verticalHeader()->defaultSectionSize());
}

// A Helpdesk Administrator's list: the administrators on it are not permitted (nothing to send
// for them), and switching to SharePoint, which needs a SharePoint or Global Administrator,
// judges the review again at once: nobody could be signed out there.
TEST_F(BulkListReview, HelpdeskAdmin_AdminsAreNotPermitted_AndTheChannelJudgesAgain)
{
    openSignedIn(upn("helpdesk"));
    ASSERT_TRUE(m_driver->openBulk());
    m_driver->pasteList(
            QStringList {upn("adele.vance"), upn("admin"), upn("allan.deyoung"), upn("alex.wilber")}
                    .join(QLatin1Char('\n')));
    ASSERT_TRUE(m_driver->reviewBulkList());
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 2);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::NotPermitted), 2);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Admin), 0);
    auto *run = m_driver->bulkWindow()->findChild<QPushButton *>(names::BulkRunButton);
    ASSERT_TRUE(run);
    EXPECT_TRUE(run->text().contains(QLatin1String("2"))) << run->text().toStdString();

    m_driver->bulkWindow()->findChild<QRadioButton *>(names::BulkSharePointRadio)->click();
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::NotPermitted), 4);
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 0);
    EXPECT_FALSE(run->isEnabled()) << "nobody may be signed out on SharePoint";

    m_driver->bulkWindow()->findChild<QRadioButton *>(names::BulkEntraRadio)->click();
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::NotPermitted), 2);
    EXPECT_EQ(bulkRevokes(), 0);
}
