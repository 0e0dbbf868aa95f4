// History with the keyboard alone (WCAG 2.1.1): Ctrl+H, the text filter typed, the outcome filter
// changed with the arrows, the rows walked with the arrows, the date filter turned on with its
// mnemonic, and Export CSV... answered by typing the path into the file dialog and pressing Enter.
// Every key goes to the focus widget; the test asserts the rows shown and the exported file.
#include "Keystrokes.h"
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryView.h"
#include "ui/ObjectNames.h"

#include <QComboBox>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

using namespace rc;
using namespace rc::test;
using rc::ui::HistoryModel;
using rc::ui::HistoryView;
namespace names = rc::ui::names;

namespace {

class KeyboardHistory : public WindowTest
{
protected:
    // Rows of the window's audit log no other test writes: they carry this test's reason.
    void record(const QStringList &outcomes)
    {
        auto log = AuditLog::open(AuditLog::defaultPath());
        ASSERT_TRUE(log.ok()) << log.error().message.toStdString();
        QList<AuditRecord> rows;
        for (int i = 0; i < outcomes.size(); ++i) {
            AuditRecord r;
            r.operation = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.recordedAt = QDateTime::currentDateTimeUtc();
            r.operatorUpn = upn("admin");
            r.tenant = Domain;
            r.targetUpn = upn("keyboard.person") + QString::number(i);
            r.channel = QStringLiteral("entra");
            r.outcome = outcomes.at(i);
            r.reason = m_reason;
            rows << r;
        }
        ASSERT_TRUE(log.value()->appendAll(rows).ok());
    }

    QStringList shownOutcomes(const HistoryView *view) const
    {
        QStringList outcomes;
        for (const AuditRecord &r : view->model().records())
            outcomes << r.outcome;
        return outcomes;
    }

    WidgetFileDialogs m_fileDialogs;
    const QString m_reason
            = QStringLiteral("KEY-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace

TEST_F(KeyboardHistory, FilterOutcomeRowsAndExport_AllFromTheKeyboard)
{
    openSignedIn();
    record({QStringLiteral("Started"), QStringLiteral("NonInstantaneousSuccess"),
            QStringLiteral("Started"), QStringLiteral("Failure")});

    m_driver->key(Qt::Key_H, Qt::ControlModifier);
    auto *view = qobject_cast<HistoryView *>(m_driver->waitForDialog(names::HistoryView));
    ASSERT_NE(view, nullptr) << "Ctrl+H did not open History";
    Keystrokes keys(view);
    ASSERT_TRUE(keys.focused()) << "nothing in History has the keyboard";
    EXPECT_EQ(keys.focused()->objectName(), names::HistoryFilterEdit)
            << "History opens with the keyboard in the filter";

    // The text filter: type this test's reason.
    ASSERT_TRUE(keys.tabTo(names::HistoryFilterEdit));
    keys.type(m_reason);
    ASSERT_EQ(view->model().rowCount(), 4);
    EXPECT_EQ(shownOutcomes(view).count(QStringLiteral("Started")), 2);

    // The outcome filter: Tab to it, arrows until it says Started.
    ASSERT_TRUE(keys.tabTo(names::HistoryOutcomeCombo, 3));
    auto *outcome = view->findChild<QComboBox *>(names::HistoryOutcomeCombo);
    for (int i = 0;
         i < outcome->count() && outcome->currentData().toString() != QLatin1String("Started"); ++i)
        keys.press(Qt::Key_Down);
    ASSERT_EQ(outcome->currentData().toString(), QStringLiteral("Started"));
    EXPECT_EQ(shownOutcomes(view),
              (QStringList {QStringLiteral("Started"), QStringLiteral("Started")}));
    keys.press(Qt::Key_Up);
    EXPECT_NE(outcome->currentData().toString(), QStringLiteral("Started"));
    keys.press(Qt::Key_Down);
    ASSERT_EQ(view->model().rowCount(), 2);

    // The date filter: its mnemonic turns it on; today's rows stay.
    keys.press(Qt::Key_S, Qt::AltModifier);
    // (a mnemonic clicks as animateClick() does, a moment later)
    EXPECT_TRUE(waitFor(
            [&] { return view->findChild<QWidget *>(names::HistorySinceDate)->isEnabled(); }));
    EXPECT_EQ(view->model().rowCount(), 2);

    // The rows: Tab to the table, arrows move through them.
    ASSERT_TRUE(keys.tabTo(names::HistoryTable, 5)) << "the table is not in the tab chain";
    auto *table = view->findChild<QTableView *>(names::HistoryTable);
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Down);
    EXPECT_EQ(table->currentIndex().row(), 1);
    keys.press(Qt::Key_Up);
    EXPECT_EQ(table->currentIndex().row(), 0);

    // Export: its mnemonic, the path, Enter.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    keys.press(Qt::Key_E, Qt::AltModifier);
    ASSERT_TRUE(keys.answerFileDialog(names::HistoryExportDialog, path))
            << "Export CSV... opened no file dialog to type a path into";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.startsWith(QLatin1String("time,operator,tenant,user"))) << csv.toStdString();
    EXPECT_EQ(csv.count(QLatin1String("\r\n")), 3) << "a header and the two rows shown";
    EXPECT_EQ(csv.count(m_reason), 2);
    EXPECT_EQ(csv.count(QLatin1String(",Started,")), 2) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QLatin1String("Failure")));
}
