// The window lays out from 800x600 to 4K: nothing forces it larger than 800x600 (with the profile
// switcher too), the search and the revoke button stay usable, and a large window gives the space
// to the panes; no text of the window or of its dialogs is clipped.
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "emulator/DemoTenant.h"
#include "ui/AboutDialog.h"
#include "ui/ObjectNames.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class Layout : public WindowTest
{
protected:
    // A busy moment: a user picked, a banner with details shown.
    void fillTheWindow()
    {
        openSignedIn();
        makeItBusy();
    }
    void makeItBusy()
    {
        findAndPick(QStringLiteral("adele"), upn("adele.vance"));
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForConfirmDialog());
        m_driver->confirm(QStringLiteral("INC-1"));
        ASSERT_TRUE(m_driver->waitForBanner());
    }
    // Every text the window shows is whole: no label or button narrower than its text, no wrapped
    // label shorter than its lines. (ui_layout_pseudo_locale runs this with every text about 40%
    // longer, as German and French run.)
    void expectNoTextClipped() { expectNoTextClippedIn(m_window.get()); }
    // Once the layouts have settled (a resize or a new text posts their work for later).
    static void expectNoTextClippedIn(QWidget *top)
    {
        QStringList clipped;
        waitFor(
                [&] {
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    clipped = clippedTextIn(top);
                    return clipped.isEmpty();
                },
                2000);
        EXPECT_EQ(clipped.join(QLatin1Char('\n')).toStdString(), std::string());
    }
    static QStringList clippedTextIn(QWidget *top)
    {
        QStringList clipped;
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            auto *label = qobject_cast<QLabel *>(widget);
            auto *button = qobject_cast<QAbstractButton *>(widget);
            const QString text = label ? label->text() : button ? button->text() : QString();
            if (text.isEmpty())
                continue;
            const bool whole = label && label->wordWrap()
                    ? label->height() >= label->heightForWidth(label->width())
                    : widget->width() >= widget->minimumSizeHint().width();
            if (!whole) {
                clipped << QStringLiteral("%1 (%2x%3, needs %4): %5")
                                   .arg(widget->objectName())
                                   .arg(widget->width())
                                   .arg(widget->height())
                                   .arg(label && label->wordWrap()
                                                ? label->heightForWidth(label->width())
                                                : widget->minimumSizeHint().width())
                                   .arg(text);
            }
        }
        return clipped;
    }
    void resizeTo(int width, int height)
    {
        m_window->resize(width, height);
        ASSERT_TRUE(waitFor([&] { return m_window->size() == QSize(width, height); }));
    }
};

} // namespace

TEST_F(Layout, At800x600_NothingForcesItLargerAndTheButtonStaysInView)
{
    fillTheWindow();
    const QSize minimum = m_window->minimumSizeHint();
    EXPECT_LE(minimum.width(), 800);
    EXPECT_LE(minimum.height(), 600);
    resizeTo(800, 600);
    auto *list = m_driver->find<QListView>(names::ResultsList);
    EXPECT_GE(list->height(), 2 * list->sizeHintForRow(0)) << "room for at least two results";
    // The card scrolls if it must; the button stays in view without scrolling.
    auto *button = m_driver->revokeButton();
    EXPECT_TRUE(waitFor([&] { return button->visibleRegion().boundingRect() == button->rect(); }));
    EXPECT_TRUE(m_window->rect().contains(
            QRect(button->mapTo(m_window.get(), QPoint()), button->size())));
}

TEST_F(Layout, At800x600_NoTextIsClipped)
{
    fillTheWindow();
    resizeTo(800, 600);
    expectNoTextClipped();
}

// The dialogs at the size they open at: the confirmation, Settings and About. CTest runs these at
// 200 %, in the long pseudo language and in German and French too.
TEST_F(Layout, Dialogs_NoTextIsClipped)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    QDialog *confirm = m_driver->dialog(names::ConfirmRevokeDialog);
    ASSERT_NE(confirm, nullptr);
    {
        SCOPED_TRACE("confirmation");
        expectNoTextClippedIn(confirm);
    }
    m_driver->cancelConfirm();

    ui::SettingsDialog settings(profiles(), AuditLog::defaultPath());
    settings.show();
    ASSERT_TRUE(waitFor([&] { return settings.isVisible(); }));
    {
        SCOPED_TRACE("settings");
        expectNoTextClippedIn(&settings);
    }
    ui::AboutDialog about;
    about.show();
    ASSERT_TRUE(waitFor([&] { return about.isVisible(); }));
    SCOPED_TRACE("about");
    expectNoTextClippedIn(&about);
}

TEST_F(Layout, At4K_ThePanesTakeTheSpace)
{
    fillTheWindow();
    resizeTo(3840, 2160);
    const QList<int> sizes = m_driver->find<QSplitter>(QStringLiteral("mainSplitter"))->sizes();
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_GT(sizes.at(0), 3840 / 4);
    EXPECT_GT(sizes.at(1), 3840 / 3);
}

TEST_F(Layout, WithProfiles_At800x600_ThePaneFitsEvenWithALongProfileName)
{
    saveProfile(Domain,
                QStringLiteral("Contoso Pharmaceuticals, Europe and Middle East production tenant"),
                SignInFlow::DeviceCode, true);
    saveProfile(m_emulator->tenant().tenantId(), QStringLiteral("Contoso by ID"));
    m_emulator->setAutoApproveAs(upn("admin"));
    openWithProfiles();
    ASSERT_TRUE(m_driver->waitReadyToSignIn());
    m_driver->click(names::SignInButton);
    ASSERT_TRUE(m_driver->waitSignedIn());
    makeItBusy();
    const QSize minimum = m_window->minimumSizeHint();
    EXPECT_LE(minimum.width(), 800);
    EXPECT_LE(minimum.height(), 600);
    resizeTo(800, 600);
    auto *list = m_driver->find<QListView>(names::ResultsList);
    EXPECT_GE(list->height(), 2 * list->sizeHintForRow(0)) << "room for at least two results";
    // Every control of the pane is on screen, whole.
    for (const QString &name :
         {names::ProfileCombo, names::ProfilesButton, names::TenantEdit, names::CloudCombo,
          names::SignInMethodCombo, names::SignOutButton}) {
        auto *widget = m_driver->find<QWidget>(name);
        ASSERT_TRUE(widget->isVisible()) << name.toStdString();
        EXPECT_TRUE(m_window->rect().contains(
                QRect(widget->mapTo(m_window.get(), QPoint()), widget->size())))
                << name.toStdString();
        EXPECT_GE(widget->width(), widget->minimumSizeHint().width()) << name.toStdString();
    }
    auto *button = m_driver->revokeButton();
    EXPECT_TRUE(waitFor([&] { return button->visibleRegion().boundingRect() == button->rect(); }));
    EXPECT_TRUE(m_window->rect().contains(
            QRect(button->mapTo(m_window.get(), QPoint()), button->size())));
}
