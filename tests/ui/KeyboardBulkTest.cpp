// "Sign out many people" with the keyboard alone (WCAG 2.1.1): Ctrl+Shift+B, Tab to Open CSV...,
// Space, the path typed into the file dialog and Enter; arrows through the review; the run
// requested, the number typed and confirmed; Pause, Resume and Cancel; Export CSV... answered the
// same way. Every key goes to the focus widget; the test asserts who the emulator signed out, what
// the window shows and what the exported file holds.
#include "BulkWindowFixture.h"
#include "Keystrokes.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class KeyboardBulk : public BulkWindowTest
{
protected:
    QString writeList(const QStringList &people)
    {
        const QString path = m_dir.filePath(QStringLiteral("leavers.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("UserPrincipalName\n" + people.join(QLatin1Char('\n')).toUtf8() + '\n');
        return path;
    }

    QWidget *focused() const { return m_keys->focused(); }
    bool focusedIs(const QString &name) const
    {
        return focused() && focused()->objectName() == name;
    }

    WidgetFileDialogs m_fileDialogs;
    QTemporaryDir m_dir;
    std::unique_ptr<Keystrokes> m_keys;
};

} // namespace

TEST_F(KeyboardBulk, OpenReviewConfirmPauseResumeCancelExport_AllFromTheKeyboard)
{
    const QStringList people = addPeople(160);
    const QString list = writeList(people);
    openBulkSignedIn(); // Ctrl+Shift+B
    m_keys = std::make_unique<Keystrokes>(m_driver->bulkWindow());

    // Pick the file: Tab to Open CSV..., Space, type the path, Enter.
    ASSERT_TRUE(m_keys->tabTo(names::BulkOpenFileButton)) << "Open CSV... is not in the tab chain";
    m_keys->press(Qt::Key_Space);
    ASSERT_TRUE(m_keys->answerFileDialog(names::BulkFileDialog, list));
    ASSERT_TRUE(m_driver->waitForBulkReview()) << m_driver->bulkListMessage().toStdString();
    EXPECT_EQ(m_driver->bulkCount(BulkCategory::Ready), 160);
    EXPECT_EQ(bulkRevokes(), 0) << "nothing is sent before the confirmation";

    // Review: the table has the keyboard; arrows move through the rows.
    auto *table = m_driver->bulkWindow()->findChild<QTableView *>(names::BulkTable);
    ASSERT_EQ(focused(), table) << "the review does not hand the keyboard to the table";
    m_keys->press(Qt::Key_Down);
    m_keys->press(Qt::Key_Down);
    m_keys->press(Qt::Key_Up);
    m_keys->press(Qt::Key_Down);
    EXPECT_EQ(table->currentIndex().row(), 2);
    m_keys->press(Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(table->currentIndex().row(), 159);

    // Request the run: Tab to "Sign out 160 people...", Space; type the count, a reason, Enter.
    m_emulator->setWriteQuota(40, 20); // about four seconds for everyone: time to pause
    m_emulator->resetWriteCounters();
    ASSERT_TRUE(m_keys->tabTo(names::BulkRunButton)) << "the run button is not in the tab chain";
    m_keys->press(Qt::Key_Space);
    QDialog *confirm = m_driver->waitForDialog(names::BulkConfirmDialog);
    ASSERT_NE(confirm, nullptr);
    ASSERT_TRUE(focusedIs(names::BulkConfirmCountEdit)) << "the number field has the keyboard";
    m_keys->type(QStringLiteral("160"));
    ASSERT_TRUE(m_keys->tabTo(names::BulkReasonEdit, 3));
    const QString reason = QStringLiteral("INC-") + QUuid::createUuid().toString(QUuid::Id128);
    m_keys->type(reason);
    ASSERT_TRUE(m_keys->tabTo(names::BulkConfirmButton, 3));
    EXPECT_EQ(bulkRevokes(), 0);
    m_keys->press(Qt::Key_Space);
    ASSERT_TRUE(m_driver->waitForBulkRunning()) << m_driver->bulkStatus().toStdString();

    // Pause from the keyboard: no new writes while paused.
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) >= 20; }, 20000));
    ASSERT_TRUE(m_keys->tabTo(names::BulkPauseButton)) << "Pause is not in the tab chain";
    m_keys->press(Qt::Key_Space);
    ASSERT_TRUE(m_driver->bulkWindow()->run()->isPaused());
    const int frozen = settledWrites();
    const int paused = revokedSoFar(people);
    ASSERT_LT(paused, 160) << "the run ended before the pause could be seen";
    EXPECT_TRUE(m_driver->bulkProgressText().contains(QLatin1String("Paused")));
    EXPECT_FALSE(waitFor([&] { return writes() != frozen; }, 1000));

    // Resume (the same button, now Resume, keeps the keyboard), then cancel with Alt+C.
    ASSERT_TRUE(focusedIs(names::BulkPauseButton));
    m_keys->press(Qt::Key_Space);
    EXPECT_FALSE(m_driver->bulkWindow()->run()->isPaused());
    ASSERT_TRUE(waitFor([&] { return revokedSoFar(people) > paused; }, 20000))
            << "nothing was sent after Resume";
    m_keys->press(Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    settledWrites();
    EXPECT_TRUE(m_driver->bulkStatus().contains(QLatin1String("cancelled")))
            << m_driver->bulkStatus().toStdString();

    // Who was signed out: exactly the rows the window shows as verified, each once.
    const QStringList shown = outcomes();
    ASSERT_EQ(shown.size(), 160);
    QStringList revoked;
    for (int i = 0; i < people.size(); ++i) {
        const int count = m_emulator->revocationCount(people.at(i));
        EXPECT_LE(count, 1) << people.at(i).toStdString();
        if (count == 1)
            revoked << people.at(i);
        EXPECT_EQ(shown.at(i) == Verified, count == 1) << people.at(i).toStdString();
    }
    EXPECT_GT(revoked.size(), paused);
    EXPECT_LT(revoked.size(), 160) << "Cancel left nobody unsent";
    EXPECT_EQ(shown.count(BulkRowResult::NotSent), 160 - revoked.size());

    // Export: the keyboard is somewhere in the window after Cancel's buttons went; Tab to
    // Export CSV..., Space, the path, Enter.
    const QString path = m_dir.filePath(QStringLiteral("results.csv"));
    ASSERT_TRUE(m_keys->tabTo(names::BulkExportButton)) << "Export is not in the tab chain";
    m_keys->press(Qt::Key_Space);
    ASSERT_TRUE(m_keys->answerFileDialog(names::BulkExportDialog, path));
    EXPECT_TRUE(m_driver->bulkStatus().startsWith(QLatin1String("Exported 160 rows to")))
            << m_driver->bulkStatus().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 1 + 160 + 1); // header, one row per person, the tail after CRLF
    int verifiedRows = 0;
    for (int i = 1; i <= 160; ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        ASSERT_GT(cells.size(), 3);
        EXPECT_EQ(cells.at(1), people.at(i - 1).toUtf8());
        EXPECT_EQ(cells.at(3) == Verified.toUtf8(), revoked.contains(people.at(i - 1)))
                << lines.at(i).toStdString();
        verifiedRows += cells.at(3) == Verified.toUtf8() ? 1 : 0;
    }
    EXPECT_EQ(verifiedRows, revoked.size());
}
