// WCAG 2.5.3 Label in Name: a control that shows a label and carries an accessible name of its own
// has its visible label in that name, so a person who says what they see ("click Review list")
// reaches it by voice. Checked for every button, check box and radio of the main window (a user
// picked), of Settings, of the bulk window on each of its pages, of the three sign-in dialogs, of
// History and of the containment dialog; and for every field with a caption (its buddy label) in
// those dialogs and the administrator confirmation.
#include "DialogsFixture.h"
#include "audit/AuditLog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class LabelInName : public DialogsTest
{
};

// The words a person sees: no mnemonic marker, no trailing ellipsis.
QString visibleLabel(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.'))
           || text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

QStringList namesWithoutTheirLabel(QWidget *top)
{
    QStringList out;
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(top) || button->accessibleName().isEmpty())
            continue;
        const QString label = visibleLabel(button->text());
        if (label.isEmpty())
            continue;
        if (!button->accessibleName().contains(label, Qt::CaseInsensitive))
            out << QStringLiteral("%1: shows \"%2\", named \"%3\"")
                            .arg(button->objectName(), label, button->accessibleName());
    }
    // A text field's caption is its visible label: the name a screen reader reads holds it.
    for (QLabel *caption : top->findChildren<QLabel *>()) {
        QWidget *field = caption->buddy();
        if (!qobject_cast<QLineEdit *>(field) && !qobject_cast<QPlainTextEdit *>(field))
            continue;
        if (!caption->isVisibleTo(top) || !field->isVisibleTo(top))
            continue;
        const QString label = visibleLabel(caption->text());
        if (!spokenName(field).contains(label, Qt::CaseInsensitive))
            out << QStringLiteral("%1: shows \"%2\", named \"%3\"")
                            .arg(field->objectName(), label, spokenName(field));
    }
    return out;
}

void expectEveryNameHoldsItsLabel(QWidget *top)
{
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(namesWithoutTheirLabel(top).join(QLatin1Char('\n')).toStdString(), std::string())
            << top->objectName().toStdString();
}

} // namespace

TEST_F(LabelInName, TheMainWindowsControls)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    expectEveryNameHoldsItsLabel(m_window.get());
}

TEST_F(LabelInName, TheSettingsDialogsControls)
{
    rc::ui::SettingsDialog dialog(profiles(), rc::AuditLog::defaultPath());
    dialog.show();
    expectEveryNameHoldsItsLabel(&dialog);
}

TEST_F(LabelInName, TheBulkWindowsControls_OnEveryPage)
{
    const QStringList people = addPeople(3);
    openSignedIn();
    rc::ui::BulkWindow *bulk = m_driver->openBulk();
    ASSERT_NE(bulk, nullptr);
    {
        SCOPED_TRACE("list");
        expectEveryNameHoldsItsLabel(bulk);
    }
    m_driver->pasteList(people.join(QLatin1Char('\n')));
    ASSERT_TRUE(m_driver->reviewBulkList());
    {
        SCOPED_TRACE("review");
        expectEveryNameHoldsItsLabel(bulk);
    }
    ASSERT_TRUE(m_driver->requestBulkRun());
    {
        SCOPED_TRACE("confirmation");
        expectEveryNameHoldsItsLabel(m_driver->bulkConfirmDialog());
    }
    m_emulator->setWriteQuota(1, 1); // slow enough to look at the run under way
    m_driver->confirmBulk();
    ASSERT_TRUE(m_driver->waitForBulkRunning());
    {
        SCOPED_TRACE("running");
        expectEveryNameHoldsItsLabel(bulk);
    }
    m_driver->cancelBulk();
    ASSERT_TRUE(m_driver->waitForBulkEnd());
    SCOPED_TRACE("ended");
    expectEveryNameHoldsItsLabel(bulk); // "Sign out the rest..." when some were not sent
}

TEST_F(LabelInName, TheDeviceCodeDialogsControls)
{
    expectEveryNameHoldsItsLabel(openDeviceCodeDialog());
}

TEST_F(LabelInName, TheBrowserSignInDialogsControls)
{
    expectEveryNameHoldsItsLabel(openBrowserDialog());
}

TEST_F(LabelInName, TheCertificateDialogsControls)
{
    expectEveryNameHoldsItsLabel(openCertificateDialog());
}

TEST_F(LabelInName, HistorysControls)
{
    expectEveryNameHoldsItsLabel(openHistoryWithAnEntry());
}

// The typed-name field of an administrator's confirmation and containment: its caption is in its
// name.
TEST_F(LabelInName, TheAdministratorConfirmationsTypedNameField)
{
    QDialog *dialog = openAdminConfirmation();
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->findChild<QWidget *>(names::ConfirmTypedNameEdit), nullptr);
    expectEveryNameHoldsItsLabel(dialog);
}

TEST_F(LabelInName, TheContainmentDialogsControls)
{
    QDialog *dialog = openContainDialog(QStringLiteral("allan"), upn("allan.deyoung"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->findChild<QWidget *>(names::ContainNameEdit), nullptr);
    expectEveryNameHoldsItsLabel(dialog);
}
