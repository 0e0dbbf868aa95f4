// A Tab cycle through each dialog, as KeyboardWalkTest walks the window: every stop looks
// different focused than unfocused (WCAG 2.4.7) and its focus indicator stands out 3:1 from what
// it covers (1.4.11), in the light and the dark palette. The dialogs are opened the way a person
// opens them: the sign-in methods, the confirmation, containment, bulk, history, settings, about.
#include "BrowserStandIn.h"
#include "FocusLook.h"
#include "FocusWalkFixture.h"
#include "ui/BulkWindow.h"
#include "ui/ColorScheme.h"
#include "ui/ObjectNames.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;
using rc::ui::ColorScheme;

namespace {

constexpr int MaxStops = 40; // a dialog has a dozen at most: more means the walk is lost
constexpr int MaxWithin = 5; // Tab presses a stop may keep for its own parts (a label's links)

class KeyboardWalkDialogs : public FocusWalkTest
{
protected:
    // The dialog has the keyboard, as a newly opened window does on a desktop.
    static bool activate(QWidget *dialog)
    {
        return waitFor([dialog] {
            if (QApplication::activeWindow() == dialog)
                return true;
            dialog->activateWindow();
            return false;
        });
    }

    // Walks one Tab cycle of `dialog` in each palette; every stop without a visible focus, or
    // with one under 3:1, is a failure that names it.
    void expectVisibleFocusThroughout(QDialog *opened)
    {
        const QPointer<QDialog> dialog(opened);
        ASSERT_NE(dialog, nullptr);
        for (const auto scheme : {ColorScheme::Scheme::Light, ColorScheme::Scheme::Dark,
                                  ColorScheme::Scheme::HighContrast}) {
            ASSERT_TRUE(applyScheme(scheme, dialog));
            ASSERT_NE(dialog, nullptr) << "the dialog closed during the walk";
            const char *palette = scheme == ColorScheme::Scheme::Dark ? "dark"
                    : scheme == ColorScheme::Scheme::Light            ? "light"
                                                                      : "high-contrast";
            ASSERT_TRUE(activate(dialog)) << dialog->objectName().toStdString();
            QWidget *start = QApplication::focusWidget();
            ASSERT_NE(start, nullptr) << dialog->objectName().toStdString() << ": no focus";
            ASSERT_EQ(start->window(), dialog);
            QWidget *current = start;
            int stops = 0;
            for (; stops < MaxStops; ++stops) {
                const FocusLook look = focusLookOf(current);
                const std::string where = dialog->objectName().toStdString() + " / "
                        + nameOf(current) + " (" + palette + ")";
                EXPECT_TRUE(look.differs) << where << ": no visible focus";
                EXPECT_GE(look.contrast, 3.0) << where;
                // A label's links take Tab in turn before it moves on: a few presses at most.
                QWidget *next = current;
                for (int within = 0; next == current && within < MaxWithin; ++within) {
                    QTest::keyClick(current, Qt::Key_Tab);
                    next = QApplication::focusWidget();
                    ASSERT_NE(next, nullptr) << where << ": Tab left nothing focused";
                }
                ASSERT_NE(next, current) << where << ": Tab stays (a keyboard trap?)";
                if (next == start)
                    break;
                current = next;
            }
            EXPECT_LT(stops, MaxStops)
                    << dialog->objectName().toStdString() << ": the Tab cycle did not come back";
            EXPECT_GE(stops, 1) << dialog->objectName().toStdString() << ": one stop only";
        }
        ColorScheme::apply(ColorScheme::Scheme::System);
    }

    static std::string nameOf(const QWidget *w)
    {
        return (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                          : w->objectName())
                .toStdString();
    }

    QDialog *openSignInDialog(const QString &method, const QString &name)
    {
        openWithProfiles();
        EXPECT_TRUE(m_driver->waitReadyToSignIn());
        m_driver->setMethod(method);
        m_driver->click(names::SignInButton);
        return m_driver->waitForDialog(name);
    }
};

} // namespace

TEST_F(KeyboardWalkDialogs, DeviceCodeSignIn)
{
    m_emulator->setAutoApproveAs(QString()); // nobody approves: the dialog stays for the walk
    QDialog *dialog = openSignInDialog(QStringLiteral("device-code"), names::DeviceCodeDialog);
    ASSERT_NE(dialog, nullptr);
    // Until the code arrives, Cancel is its only control.
    ASSERT_TRUE(waitFor([dialog] {
        const auto *copy = dialog->findChild<QPushButton *>(names::CopyCodeButton);
        return copy && copy->isVisible() && copy->isEnabled();
    }));
    expectVisibleFocusThroughout(dialog);
    if (dialog)
        dialog->reject();
}

TEST_F(KeyboardWalkDialogs, BrowserSignIn)
{
    BrowserStandIn browser;
    QDialog *dialog = openSignInDialog(QStringLiteral("browser"), names::BrowserSignInDialog);
    expectVisibleFocusThroughout(dialog);
    if (dialog)
        dialog->reject();
}

TEST_F(KeyboardWalkDialogs, CertificateSignIn)
{
    QDialog *dialog = openSignInDialog(QStringLiteral("certificate"), names::CertificateDialog);
    expectVisibleFocusThroughout(dialog);
    if (dialog)
        dialog->reject();
}

TEST_F(KeyboardWalkDialogs, Confirmation)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    expectVisibleFocusThroughout(m_driver->dialog(names::ConfirmRevokeDialog));
    m_driver->cancelConfirm();
}

TEST_F(KeyboardWalkDialogs, Containment)
{
    openSignedIn();
    findAndPick(QStringLiteral("allan"), upn("allan.deyoung"));
    auto *contain = m_driver->find<QPushButton>(names::ContainButton);
    ASSERT_TRUE(waitFor([contain] { return contain->isEnabled(); }));
    m_driver->click(names::ContainButton);
    QDialog *dialog = m_driver->waitForDialog(names::ContainDialog);
    expectVisibleFocusThroughout(dialog);
    if (dialog)
        dialog->reject();
}

TEST_F(KeyboardWalkDialogs, BulkWindowAndItsConfirmation)
{
    openSignedIn();
    ui::BulkWindow *bulk = m_driver->openBulk();
    ASSERT_NE(bulk, nullptr);
    m_driver->pasteList(upn("adele.vance") + QLatin1Char('\n') + upn("lee.gu"));
    ASSERT_TRUE(m_driver->reviewBulkList());
    expectVisibleFocusThroughout(bulk);
    ASSERT_TRUE(m_driver->requestBulkRun());
    QDialog *confirm = m_driver->bulkConfirmDialog();
    expectVisibleFocusThroughout(confirm);
    if (confirm)
        confirm->reject();
}

TEST_F(KeyboardWalkDialogs, History)
{
    openSignedIn();
    m_driver->click(names::HistoryButton);
    expectVisibleFocusThroughout(m_driver->waitForDialog(names::HistoryView));
}

TEST_F(KeyboardWalkDialogs, SettingsAndAbout)
{
    m_emulator->setAutoApproveAs(upn("admin"));
    openWindow(true);
    m_window->useSettings(&profiles());
    ASSERT_TRUE(m_driver->waitSignedIn());
    m_driver->key(Qt::Key_Comma, Qt::ControlModifier);
    QDialog *settings = m_driver->waitForDialog(names::SettingsDialog);
    expectVisibleFocusThroughout(settings);
    if (settings)
        settings->reject();
    m_driver->triggerAction(names::AboutAction);
    QDialog *about = m_driver->waitForDialog(names::AboutDialog);
    expectVisibleFocusThroughout(about);
    if (about)
        about->reject();
}
