// Settings (Ctrl+, or the app menu): the dialog shows what Settings holds, OK writes every field
// and Cancel nothing; the colour scheme applies at once and "System" gives the platform's back;
// the default channel is what a new window starts on; the sign-in check after a verified
// revocation follows its box; "Open folder" points at the audit log's folder.
#include "ui/SettingsDialog.h"
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "revocation/RevokeFlow.h"
#include "ui/AppMenu.h"
#include "ui/ColorScheme.h"
#include "ui/ObjectNames.h"
#include "ui/SignInCheckRow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class SettingsDialogTest : public WindowTest
{
protected:
    void TearDown() override
    {
        WindowTest::TearDown();
        ui::ColorScheme::apply(ui::ColorScheme::Scheme::System);
    }

    // The demo window with the preferences, as main.cpp opens it.
    void openSignedInWithSettings()
    {
        m_emulator->setAutoApproveAs(upn("admin"));
        openWindow(true);
        m_window->useSettings(&profiles());
        ASSERT_TRUE(m_driver->waitSignedIn()) << "the demo sign-in did not complete";
    }

    ui::SettingsDialog *openDialog()
    {
        m_driver->key(Qt::Key_Comma, Qt::ControlModifier);
        ui::SettingsDialog *dialog = nullptr;
        waitFor([&] {
            dialog = m_window->findChild<ui::SettingsDialog *>(names::SettingsDialog);
            return dialog && dialog->isVisible();
        });
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    static void choose(QDialog *dialog, const QString &combo, const QString &value)
    {
        auto *box = dialog->findChild<QComboBox *>(combo);
        ASSERT_NE(box, nullptr) << combo.toStdString();
        const int index = box->findData(value);
        ASSERT_GE(index, 0) << value.toStdString();
        box->setCurrentIndex(index);
    }

    static void press(QDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        dialog->findChild<QDialogButtonBox *>()->button(which)->click();
    }

    int signInLogReads() const
    {
        return int(
                requests(emu::Service::Graph, "GET", QStringLiteral("auditLogs/signIns")).size());
    }

    void revokeAdele()
    {
        findAndPick(QStringLiteral("adele"), upn("adele.vance"));
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForConfirmDialog());
        m_driver->confirm(QStringLiteral("INC-9"));
        ASSERT_TRUE(m_driver->waitForBanner());
        ASSERT_EQ(graphRevokes(), 1);
    }

    ui::SignInCheckRow *cardSignInCheck() const
    {
        return m_window->findChild<ui::SignInCheckRow *>(names::CardSignInCheck);
    }
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheStoredValues)
{
    Settings &s = profiles();
    s.setLanguage(QStringLiteral("fr"));
    s.setDefaultChannel(QStringLiteral("sharepoint"));
    s.setColorScheme(QStringLiteral("light"));
    s.setCheckSignInsAfterRevocation(false);
    ui::SettingsDialog dialog(s, AuditLog::defaultPath());
    EXPECT_EQ(dialog.findChild<QComboBox *>(names::LanguageCombo)->currentText(),
              QStringLiteral("Fran\u00e7ais"));
    EXPECT_EQ(dialog.findChild<QComboBox *>(names::DefaultChannelCombo)->currentData(),
              QStringLiteral("sharepoint"));
    EXPECT_EQ(dialog.findChild<QComboBox *>(names::ColorSchemeCombo)->currentData(),
              QStringLiteral("light"));
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(names::SignInCheckBox)->isChecked());

    Settings fresh(m_settingsDir.filePath(QStringLiteral("fresh.ini")));
    ui::SettingsDialog defaults(fresh, AuditLog::defaultPath());
    EXPECT_EQ(defaults.findChild<QComboBox *>(names::LanguageCombo)->currentText(),
              QStringLiteral("System default"));
    EXPECT_EQ(defaults.findChild<QComboBox *>(names::DefaultChannelCombo)->currentData(),
              QStringLiteral("entra"));
    EXPECT_EQ(defaults.findChild<QComboBox *>(names::ColorSchemeCombo)->currentText(),
              QStringLiteral("System"));
    EXPECT_TRUE(defaults.findChild<QCheckBox *>(names::SignInCheckBox)->isChecked());
}

TEST_F(SettingsDialogTest, OkWritesEveryField)
{
    ui::SettingsDialog dialog(profiles(), AuditLog::defaultPath());
    choose(&dialog, names::LanguageCombo, QStringLiteral("de"));
    choose(&dialog, names::DefaultChannelCombo, QStringLiteral("sharepoint"));
    choose(&dialog, names::ColorSchemeCombo, QStringLiteral("dark"));
    dialog.findChild<QCheckBox *>(names::SignInCheckBox)->setChecked(false);
    bool applied = false;
    QObject::connect(&dialog, &ui::SettingsDialog::applied, [&] { applied = true; });
    press(&dialog, QDialogButtonBox::Ok);
    EXPECT_TRUE(applied);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    // What a later run reads from the file.
    Settings reread(profiles().fileName());
    EXPECT_EQ(reread.language(), QStringLiteral("de"));
    EXPECT_EQ(reread.defaultChannel(), QStringLiteral("sharepoint"));
    EXPECT_EQ(reread.colorScheme(), QStringLiteral("dark"));
    EXPECT_FALSE(reread.checkSignInsAfterRevocation());
    EXPECT_TRUE(settingsFileContent().contains("language=de")) << settingsFileContent().data();

    // And back to the system's: nothing left behind that would override it.
    ui::SettingsDialog again(profiles(), AuditLog::defaultPath());
    choose(&again, names::LanguageCombo, QString());
    choose(&again, names::ColorSchemeCombo, QString());
    press(&again, QDialogButtonBox::Ok);
    Settings second(profiles().fileName());
    EXPECT_EQ(second.language(), QString());
    EXPECT_EQ(second.colorScheme(), QString());
}

TEST_F(SettingsDialogTest, CancelWritesNothing)
{
    profiles().setLanguage(QStringLiteral("fr"));
    const QByteArray before = settingsFileContent();
    ui::SettingsDialog dialog(profiles(), AuditLog::defaultPath());
    bool applied = false;
    QObject::connect(&dialog, &ui::SettingsDialog::applied, [&] { applied = true; });
    choose(&dialog, names::LanguageCombo, QStringLiteral("de"));
    choose(&dialog, names::DefaultChannelCombo, QStringLiteral("sharepoint"));
    choose(&dialog, names::ColorSchemeCombo, QStringLiteral("dark"));
    dialog.findChild<QCheckBox *>(names::SignInCheckBox)->setChecked(false);
    const QPalette palette = QApplication::palette();
    press(&dialog, QDialogButtonBox::Cancel);
    EXPECT_FALSE(applied);
    EXPECT_EQ(settingsFileContent(), before);
    Settings reread(profiles().fileName());
    EXPECT_EQ(reread.language(), QStringLiteral("fr"));
    EXPECT_EQ(reread.defaultChannel(), QStringLiteral("entra"));
    EXPECT_EQ(reread.colorScheme(), QString());
    EXPECT_TRUE(reread.checkSignInsAfterRevocation());
    EXPECT_EQ(QApplication::palette(), palette);
}

TEST_F(SettingsDialogTest, CtrlCommaOpensItFromTheWindowAndTheAppMenuHoldsItAndAbout)
{
    openSignedInWithSettings();
    ui::SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr) << "Ctrl+, opened nothing";
    EXPECT_TRUE(dialog->isModal());
    press(dialog, QDialogButtonBox::Cancel);

    auto *button = m_driver->find<QToolButton>(names::AppMenuButton);
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisibleTo(m_window.get()));
    QStringList inMenu;
    for (QAction *action : button->menu()->actions())
        inMenu << action->objectName();
    EXPECT_TRUE(inMenu.contains(names::SettingsAction));
    EXPECT_TRUE(inMenu.contains(names::AboutAction));
    EXPECT_EQ(m_window->findChild<QAction *>(names::SettingsAction)->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+,")));
}

TEST_F(SettingsDialogTest, MnemonicsAreUniqueLabelsNameTheirFieldsAndTabFollowsReadingOrder)
{
    ui::SettingsDialog dialog(profiles(), AuditLog::defaultPath());
    dialog.show();
    QStringList keys;
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QString &text : texts) {
        const auto match = mnemonic.match(text);
        if (match.hasMatch()) {
            const QString key = match.captured(1).toLower();
            EXPECT_FALSE(keys.contains(key)) << "Alt+" << key.toStdString() << " twice";
            keys << key;
        }
    }
    EXPECT_GE(keys.size(), 6);

    const QList<QWidget *> fields {dialog.findChild<QWidget *>(names::LanguageCombo),
                                   dialog.findChild<QWidget *>(names::DefaultChannelCombo),
                                   dialog.findChild<QWidget *>(names::ColorSchemeCombo),
                                   dialog.findChild<QWidget *>(names::SignInCheckBox),
                                   dialog.findChild<QWidget *>(names::AuditLogPathEdit),
                                   dialog.findChild<QWidget *>(names::OpenAuditFolderButton)};
    for (QWidget *field : fields)
        ASSERT_NE(field, nullptr);
    for (QWidget *field : {fields.at(0), fields.at(1), fields.at(2), fields.at(4)}) {
        bool buddied = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            buddied = buddied || label->buddy() == field;
        EXPECT_TRUE(buddied) << field->objectName().toStdString() << " has no label";
    }
    QList<QWidget *> order;
    QWidget *w = fields.first();
    for (int i = 0; i < 40 && order.size() < fields.size(); ++i, w = w->nextInFocusChain()) {
        if (fields.contains(w) && !order.contains(w))
            order << w;
    }
    EXPECT_EQ(order, fields);
}

TEST_F(SettingsDialogTest, TheColourSchemeAppliesAtOnceAndSystemGivesThePlatformsBack)
{
    openSignedInWithSettings();
    const QPalette platformPalette = QApplication::palette();
    // Every scheme draws through the focus style; "System" over the platform's own style.
    const auto baseStyleName = [] {
        const auto *proxy = dynamic_cast<QProxyStyle *>(QApplication::style());
        return proxy ? proxy->baseStyle()->name() : QString();
    };
    const QString platformStyle = baseStyleName();
    EXPECT_EQ(platformStyle, QStringLiteral("fusion")) << "the test main's platform style";

    ui::SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, names::ColorSchemeCombo, QStringLiteral("dark"));
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              ui::ColorScheme::dark().color(QPalette::Window));
    EXPECT_TRUE(waitFor([&] {
        return m_window->palette().color(QPalette::Window)
                == ui::ColorScheme::dark().color(QPalette::Window);
    })) << "the open window turns dark";
    EXPECT_NE(dynamic_cast<QProxyStyle *>(QApplication::style()), nullptr);

    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QComboBox *>(names::ColorSchemeCombo)->currentData(),
              QStringLiteral("dark"));
    choose(dialog, names::ColorSchemeCombo, QString());
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(QApplication::palette(), platformPalette);
    EXPECT_TRUE(waitFor([&] {
        return m_window->palette().color(QPalette::Window)
                == platformPalette.color(QPalette::Window);
    }));
    EXPECT_EQ(baseStyleName(), platformStyle);
}

TEST_F(SettingsDialogTest, HighContrastIsOfferedStoredAndApplied)
{
    openSignedInWithSettings();
    const QPalette platformPalette = QApplication::palette();
    ui::SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto *combo = dialog->findChild<QComboBox *>(names::ColorSchemeCombo);
    const int index = combo->findData(QStringLiteral("high-contrast"));
    ASSERT_GE(index, 0);
    EXPECT_EQ(combo->itemText(index), QStringLiteral("High contrast"));
    choose(dialog, names::ColorSchemeCombo, QStringLiteral("high-contrast"));
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(Settings(profiles().fileName()).colorScheme(), QStringLiteral("high-contrast"));
    EXPECT_EQ(ui::ColorScheme::shown(), ui::ColorScheme::Scheme::HighContrast);
    const QPalette high = ui::ColorScheme::highContrast();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), high.color(QPalette::Window));
    EXPECT_EQ(QApplication::palette().color(QPalette::Highlight), high.color(QPalette::Highlight));
    EXPECT_TRUE(waitFor([&] {
        return m_window->palette().color(QPalette::Highlight) == high.color(QPalette::Highlight);
    })) << "the open window turns high contrast";

    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QComboBox *>(names::ColorSchemeCombo)->currentData(),
              QStringLiteral("high-contrast"));
    choose(dialog, names::ColorSchemeCombo, QString());
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(QApplication::palette(), platformPalette);
}

TEST_F(SettingsDialogTest, TheDefaultChannelIsWhatANewWindowStartsOn)
{
    openSignedInWithSettings();
    EXPECT_TRUE(m_driver->find<QRadioButton>(names::EntraChannelRadio)->isChecked());
    closeWindow();

    profiles().setDefaultChannel(QStringLiteral("sharepoint"));
    openSignedInWithSettings();
    EXPECT_TRUE(m_driver->find<QRadioButton>(names::SharePointChannelRadio)->isChecked());
    EXPECT_EQ(connection().flow().channel(), Channel::SharePoint);

    // Changing it leaves the open window's choice alone: it is for the next window.
    ui::SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, names::DefaultChannelCombo, QStringLiteral("entra"));
    press(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(connection().flow().channel(), Channel::SharePoint);
    closeWindow();

    // A window on tenant profiles too.
    profiles().setDefaultChannel(QStringLiteral("sharepoint"));
    openWithProfiles();
    EXPECT_TRUE(m_driver->find<QRadioButton>(names::SharePointChannelRadio)->isChecked());
}

TEST_F(SettingsDialogTest, AVerifiedRevocationReadsTheSignInLogOnTheCardWhenOn)
{
    openSignedInWithSettings(); // on by default
    revokeAdele();
    ui::SignInCheckRow *row = cardSignInCheck();
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(waitFor([&] { return row->text().contains(QLatin1String("No sign-in")); }))
            << row->text().toStdString();
    EXPECT_TRUE(row->isVisibleTo(m_window.get()));
    EXPECT_EQ(signInLogReads(), 1);
    // The card renders again on every change; the log is read once per revocation.
    m_driver->setPreview(true);
    m_driver->setPreview(false);
    EXPECT_EQ(signInLogReads(), 1);
    // "Check again" on the card reads it again and names a later sign-in.
    ASSERT_TRUE(m_emulator->recordSignIn(upn("adele.vance"), QStringLiteral("Contoso Expenses"),
                                         m_clock.utcNow().addSecs(5)));
    m_driver->click(names::CardCheckSignInsAgainButton);
    EXPECT_TRUE(waitFor([&] { return row->text().contains(QLatin1String("Contoso Expenses")); }))
            << row->text().toStdString();
    EXPECT_EQ(signInLogReads(), 2);
    // Another user: the row goes.
    findAndPick(QStringLiteral("megan"), upn("megan.bowen"));
    EXPECT_FALSE(row->isVisibleTo(m_window.get()));
}

TEST_F(SettingsDialogTest, AVerifiedRevocationLeavesTheSignInLogAloneWhenOff)
{
    profiles().setCheckSignInsAfterRevocation(false);
    openSignedInWithSettings();
    revokeAdele();
    EXPECT_TRUE(m_driver->bannerText().contains(QLatin1String("sign out")))
            << m_driver->bannerText().toStdString();
    EXPECT_EQ(cardSignInCheck(), nullptr);
    EXPECT_EQ(signInLogReads(), 0);

    // Switched on in the dialog: the verified revocation on the card is read at once.
    ui::SettingsDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QCheckBox *>(names::SignInCheckBox)->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);
    ASSERT_NE(cardSignInCheck(), nullptr);
    EXPECT_TRUE(waitFor([&] {
        return cardSignInCheck()->text().contains(QLatin1String("No sign-in"));
    })) << cardSignInCheck()->text().toStdString();
    EXPECT_TRUE(cardSignInCheck()->isVisibleTo(m_window.get()));
    EXPECT_EQ(signInLogReads(), 1);
}

TEST_F(SettingsDialogTest, OpenFolderIsEnabledAndPointsAtTheAuditLogsFolder)
{
    ui::SettingsDialog dialog(profiles(), AuditLog::defaultPath());
    auto *path = dialog.findChild<QLineEdit *>(names::AuditLogPathEdit);
    EXPECT_TRUE(path->isReadOnly());
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(AuditLog::defaultPath()));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(names::OpenAuditFolderButton)->isEnabled());
    EXPECT_EQ(dialog.auditFolderUrl(),
              QUrl::fromLocalFile(QFileInfo(AuditLog::defaultPath()).absolutePath()));
    EXPECT_TRUE(dialog.auditFolderUrl().isLocalFile());
}
