// WCAG 2.5.3 Label in Name: a control that shows a label and carries an accessible name of its own
// has its visible label in that name, so a person who says what they see ("click Review list")
// reaches it by voice. Checked for every button, check box and radio of the main window (a user
// picked) and of the settings dialog.
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>

using namespace rc::test;

namespace {

class LabelInName : public WindowTest
{
};

// The words a person sees: no mnemonic marker, no trailing ellipsis.
QString visibleLabel(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.')))
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
    return out;
}

} // namespace

TEST_F(LabelInName, TheMainWindowsControls)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    EXPECT_EQ(namesWithoutTheirLabel(m_window.get()).join(QLatin1Char('\n')).toStdString(),
              std::string());
}

TEST_F(LabelInName, TheSettingsDialogsControls)
{
    rc::ui::SettingsDialog dialog(profiles(), rc::AuditLog::defaultPath());
    dialog.show();
    EXPECT_EQ(namesWithoutTheirLabel(&dialog).join(QLatin1Char('\n')).toStdString(), std::string());
}
