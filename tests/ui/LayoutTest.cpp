// The window lays out from 800x600 to 4K: nothing forces it larger than 800x600 (with the profile
// switcher too), the search and the revoke button stay usable, and a large window gives the space
// to the panes; no text of the window or of its dialogs is clipped.
#include "LayoutFixture.h"
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
