#pragma once
// The window fixture for tests that look at every dialog in turn (layout at 200 %, label in name,
// the accessibility tree): each dialog opened the way a person opens it, as KeyboardWalkDialogsTest
// does, and left on screen for the test to look at.

#include "BrowserStandIn.h"
#include "BulkWindowFixture.h"
#include "directory/RoleTemplates.h"
#include "emulator/DemoTenant.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>

#include <memory>

namespace rc::test {

class DialogsTest : public BulkWindowTest
{
protected:
    void TearDown() override
    {
        BulkWindowTest::TearDown();
        m_browser.reset();
    }

    // The sign-in dialog of a non-demo window, for this method ("device-code", "browser",
    // "certificate"); null if it did not open.
    QDialog *openSignInDialog(const QString &method, const QString &name)
    {
        openWithProfiles();
        if (!m_driver->waitReadyToSignIn())
            return nullptr;
        m_driver->setMethod(method);
        m_driver->click(ui::names::SignInButton);
        return m_driver->waitForDialog(name);
    }
    // Showing the code and waiting, as nobody approves it.
    QDialog *openDeviceCodeDialog()
    {
        m_emulator->setAutoApproveAs(QString());
        QDialog *dialog
                = openSignInDialog(QStringLiteral("device-code"), ui::names::DeviceCodeDialog);
        if (!dialog || !waitFor([dialog] {
                const auto *copy = dialog->findChild<QPushButton *>(ui::names::CopyCodeButton);
                return copy && copy->isEnabled();
            }))
            return nullptr;
        return dialog;
    }
    // Showing the address the browser was given.
    QDialog *openBrowserDialog()
    {
        m_browser = std::make_unique<BrowserStandIn>();
        QDialog *dialog
                = openSignInDialog(QStringLiteral("browser"), ui::names::BrowserSignInDialog);
        if (!dialog || !waitFor([dialog] {
                const auto *address = dialog->findChild<QLineEdit *>(ui::names::BrowserAddressEdit);
                return address && address->isVisible();
            }))
            return nullptr;
        return dialog;
    }
    QDialog *openCertificateDialog()
    {
        return openSignInDialog(QStringLiteral("certificate"), ui::names::CertificateDialog);
    }

    // "Respond to a compromised account" for this user, signed in.
    QDialog *openContainDialog(const QString &query, const QString &who)
    {
        openSignedIn();
        findAndPick(query, who);
        auto *contain = m_driver->find<QPushButton>(ui::names::ContainButton);
        if (!waitFor([contain] { return contain->isEnabled(); }))
            return nullptr;
        m_driver->click(ui::names::ContainButton);
        return m_driver->waitForDialog(ui::names::ContainDialog);
    }

    // Runs the containment `dialog` shows; true once it has ended (its confirm button has given
    // way to Undo).
    bool runContainment(QDialog *dialog)
    {
        m_driver->click(ui::names::ConfirmContainButton);
        return waitFor(
                [dialog] {
                    const auto *undo
                            = dialog->findChild<QPushButton *>(ui::names::UndoContainButton);
                    return undo && undo->isVisible();
                },
                15000);
    }

    // The administrator confirmation: Lee Gu, given a role, must have their name typed.
    QDialog *openAdminConfirmation()
    {
        m_emulator->tenant().find(upn("lee.gu"))->roleTemplateIds
                = {QString::fromLatin1(RoleTemplates::ExchangeAdministrator)};
        openSignedIn();
        findAndPick(QStringLiteral("lee"), upn("lee.gu"));
        if (!waitFor([this] {
                return m_driver->cardText(ui::names::CardRoles)
                        == QStringLiteral("Exchange Administrator");
            }))
            return nullptr;
        m_driver->revoke();
        if (!m_driver->waitForConfirmDialog())
            return nullptr;
        return m_driver->dialog(ui::names::ConfirmRevokeDialog);
    }

    // History, after one sign-out so that it lists something.
    QDialog *openHistoryWithAnEntry()
    {
        openSignedIn();
        findAndPick(QStringLiteral("adele"), upn("adele.vance"));
        m_driver->revoke();
        if (!m_driver->waitForConfirmDialog())
            return nullptr;
        m_driver->confirm(QStringLiteral("INC-1"));
        if (!m_driver->waitForBanner())
            return nullptr;
        m_driver->click(ui::names::HistoryButton);
        return m_driver->waitForDialog(ui::names::HistoryView);
    }

    // The bulk window's review of `people` plus a guest and an unknown name.
    ui::BulkWindow *openBulkReview(const QStringList &people)
    {
        openSignedIn();
        if (!m_driver->openBulk())
            return nullptr;
        m_driver->pasteList(
                (people + QStringList {GuestUpn, upn("nobody.here")}).join(QLatin1Char('\n')));
        if (!m_driver->reviewBulkList())
            return nullptr;
        return m_driver->bulkWindow();
    }

private:
    std::unique_ptr<BrowserStandIn> m_browser;
};

} // namespace rc::test
