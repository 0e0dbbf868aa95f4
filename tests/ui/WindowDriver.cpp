#include "WindowDriver.h"

#include "connection/TenantConnection.h"
#include "directory/UserSearch.h"
#include "support/WaitFor.h"
#include "ui/ObjectNames.h"
#include "ui/StatusBanner.h"
#include "ui/UserResultDelegate.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace rc::test {

namespace names = rc::ui::names;

WindowDriver::WindowDriver(QWidget &window)
    : m_window(&window)
    , m_context(std::make_unique<QObject>())
{
    // Counted from the start (before activate() runs the event loop), so a test can wait for
    // "the next message" at any time.
    auto *banner = find<ui::StatusBanner>(names::StatusBanner);
    QObject::connect(banner, &ui::StatusBanner::shown, m_context.get(),
                     [this] { ++m_bannerCount; });
    window.show();
    activate();
}

void WindowDriver::activate()
{
    // Offscreen there is no window manager to hand focus back when a dialog closes: do what a
    // person's click on the window would do. A modal dialog on screen keeps the focus.
    waitFor(
            [this] {
                QWidget *modal = QApplication::activeModalWidget();
                QWidget *wanted = modal ? modal : m_window.data();
                if (QApplication::activeWindow() == wanted)
                    return true;
                wanted->activateWindow();
                return false;
            },
            5000);
}

QDialog *WindowDriver::dialog(const QString &name) const
{
    for (QDialog *d : m_window->findChildren<QDialog *>(name)) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

QDialog *WindowDriver::waitForDialog(const QString &name, int timeoutMs) const
{
    waitFor([this, &name] { return dialog(name) != nullptr; }, timeoutMs);
    return dialog(name);
}

bool WindowDriver::waitSignedIn(int timeoutMs) const
{
    // Looked up on every check: a profile switch replaces the connection.
    return waitFor(
            [this] {
                auto *connection = m_window->findChild<TenantConnection *>();
                if (!connection || !connection->session().isSignedIn())
                    return false;
                if (!connection->session().isAppOnly() && !connection->admin().isLoaded())
                    return false;
                for (const QString &name : {names::DeviceCodeDialog, names::BrowserSignInDialog,
                                            names::CertificateDialog}) {
                    if (dialog(name))
                        return false;
                }
                // In the language installed (the pseudo-locale run's too): the words before the
                // name.
                const QString signedInAs
                        = QCoreApplication::translate("rc::ui::TenantPane", "Signed in as %1: %2.")
                                  .section(QLatin1String("%1"), 0, 0);
                auto *account = find<QLabel>(names::AccountLabel);
                return account->isVisible() && account->text().startsWith(signedInAs);
            },
            timeoutMs);
}

bool WindowDriver::waitReadyToSignIn(int timeoutMs) const
{
    return waitFor(
            [this] {
                auto *signIn = find<QPushButton>(names::SignInButton);
                return signIn->isVisible() && signIn->isEnabled()
                        && signIn->text()
                        == QCoreApplication::translate("rc::ui::TenantPane", "Sign in")
                        && !dialog(names::DeviceCodeDialog) && !dialog(names::BrowserSignInDialog)
                        && !dialog(names::CertificateDialog);
            },
            timeoutMs);
}

void WindowDriver::setMethod(const QString &flowName)
{
    auto *combo = find<QComboBox>(names::SignInMethodCombo);
    combo->setCurrentIndex(combo->findData(flowName));
}

void WindowDriver::setTenant(const QString &tenant)
{
    auto *edit = find<QLineEdit>(names::TenantEdit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, tenant);
}

QStringList WindowDriver::profileNames() const
{
    QStringList names;
    auto *combo = find<QComboBox>(names::ProfileCombo);
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemText(i);
    return names;
}

QString WindowDriver::currentProfile() const
{
    auto *combo = find<QComboBox>(names::ProfileCombo);
    return combo->currentIndex() >= 0 ? combo->currentText() : QString();
}

bool WindowDriver::chooseProfile(const QString &name)
{
    auto *combo = find<QComboBox>(names::ProfileCombo);
    const int index = combo->findText(name);
    if (index < 0 || !combo->isEnabled() || !combo->isVisible())
        return false;
    // What the list does when a person picks an entry: select it, then say it was activated.
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    return true;
}

void WindowDriver::triggerAction(const QString &name)
{
    if (auto *action = find<QAction>(name); action && action->isEnabled())
        action->trigger();
}

bool WindowDriver::answerFileDialog(const QString &name, const QString &path)
{
    QPointer<QFileDialog> fileDialog; // deletes itself on close
    waitFor([&] {
        for (auto *d : m_window->findChildren<QFileDialog *>(name)) {
            if (d->isVisible())
                fileDialog = d;
        }
        return fileDialog != nullptr;
    });
    if (!fileDialog)
        return false;
    fileDialog->selectFile(path);
    // What Open / Save does (the slot is protected in QFileDialog).
    QMetaObject::invokeMethod(fileDialog, "accept");
    return waitFor([&] { return !fileDialog || !fileDialog->isVisible(); }, 5000);
}

QString WindowDriver::accountText() const
{
    return find<QLabel>(names::AccountLabel)->text();
}

QString WindowDriver::roleWarning() const
{
    auto *warning = find<QLabel>(names::RoleWarning);
    return warning->isVisible() ? warning->text() : QString();
}

void WindowDriver::search(const QString &text)
{
    // Count the presenter's answers from here on: the field shows them once they arrive.
    m_searchContext = std::make_unique<QObject>();
    UserSearch &presenter = m_window->findChild<TenantConnection *>()->search();
    QObject::connect(&presenter, &UserSearch::resultsChanged, m_searchContext.get(),
                     [this] { ++m_answers; });
    QObject::connect(&presenter, &UserSearch::failed, m_searchContext.get(),
                     [this] { ++m_answers; });
    m_answersBefore = m_answers;
    key(Qt::Key_F, Qt::ControlModifier);
    type(text);
}

bool WindowDriver::waitForResults(int timeoutMs) const
{
    auto *connection = m_window->findChild<TenantConnection *>();
    return waitFor(
            [this, connection] {
                return m_answers > m_answersBefore && !connection->search().isBusy()
                        && (!resultUpns().isEmpty() || !searchMessage().isEmpty());
            },
            timeoutMs);
}

QStringList WindowDriver::resultUpns() const
{
    QStringList upns;
    auto *list = find<QListView>(names::ResultsList);
    if (!list->isVisible())
        return upns;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        upns << list->model()->index(row, 0).data(ui::UpnRole).toString();
    return upns;
}

QString WindowDriver::searchMessage() const
{
    auto *label = find<QLabel>(names::SearchMessage);
    return label->isVisible() ? label->text() : QString();
}

bool WindowDriver::pick(const QString &upn)
{
    auto *list = find<QListView>(names::ResultsList);
    if (!waitFor([this, &upn] { return resultUpns().contains(upn, Qt::CaseInsensitive); }))
        return false;
    const int row = int(resultUpns().indexOf(upn));
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    return waitFor([this, &upn] { return cardShows(upn); }, 5000);
}

QString WindowDriver::cardText(const QString &name) const
{
    auto *label = find<QLabel>(name);
    return label && label->isVisible() ? label->text() : QString();
}

bool WindowDriver::cardShows(const QString &upn) const
{
    return cardText(names::CardUpn).compare(upn, Qt::CaseInsensitive) == 0;
}

void WindowDriver::setChannel(Channel channel)
{
    click(channel == Channel::SharePoint ? names::SharePointChannelRadio
                                         : names::EntraChannelRadio);
}

void WindowDriver::setPreview(bool on)
{
    if (find<QCheckBox>(names::PreviewToggle)->isChecked() != on)
        click(names::PreviewToggle);
}

QPushButton *WindowDriver::revokeButton() const
{
    return find<QPushButton>(names::RevokeButton);
}

void WindowDriver::revoke()
{
    QTest::mouseClick(revokeButton(), Qt::LeftButton);
}

bool WindowDriver::waitForConfirmDialog(int timeoutMs) const
{
    return waitFor([this] { return dialog(names::ConfirmRevokeDialog) != nullptr; }, timeoutMs);
}

void WindowDriver::confirm(const QString &reason)
{
    QDialog *d = dialog(names::ConfirmRevokeDialog);
    if (!d)
        return;
    if (!reason.isEmpty())
        QTest::keyClicks(d->findChild<QLineEdit *>(names::ReasonEdit), reason);
    QTest::mouseClick(d->findChild<QPushButton *>(names::ConfirmRevokeButton), Qt::LeftButton);
}

void WindowDriver::cancelConfirm()
{
    if (QDialog *d = dialog(names::ConfirmRevokeDialog))
        QTest::mouseClick(d->findChild<QPushButton *>(names::CancelConfirmButton), Qt::LeftButton);
}

bool WindowDriver::isBusy() const
{
    return find<QWidget>(names::RevokeProgress)->isVisible();
}

QString spokenName(QWidget *widget)
{
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(widget);
    return a11y ? a11y->text(QAccessible::Name) : QString();
}

QString WindowDriver::bannerText() const
{
    auto *banner = find<QWidget>(names::StatusBanner);
    return banner->isVisible() ? find<QLabel>(names::BannerText)->text() : QString();
}

QString WindowDriver::bannerDetails() const
{
    return find<QLabel>(names::BannerDetails)->text();
}

bool WindowDriver::waitForBanner(int timeoutMs)
{
    if (!waitFor([this] { return m_bannerCount > m_bannerSeen; }, timeoutMs))
        return false;
    m_bannerSeen = m_bannerCount;
    return true;
}

void WindowDriver::click(const QString &name)
{
    auto *button = find<QAbstractButton>(name);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!button && top->isVisible())
            button = top->findChild<QAbstractButton *>(name);
    }
    if (button)
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

void WindowDriver::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focused();
    QTest::keyClick(target ? target : m_window.data(), key, modifiers);
}

void WindowDriver::type(const QString &text)
{
    QWidget *target = focused();
    QTest::keyClicks(target ? target : m_window.data(), text);
}

QWidget *WindowDriver::focused()
{
    activate();
    return QApplication::focusWidget();
}

bool WindowDriver::tabTo(const QString &name, int maxTabs)
{
    for (int i = 0; i <= maxTabs; ++i) {
        if (focused() && focused()->objectName() == name)
            return true;
        key(Qt::Key_Tab);
    }
    return false;
}

} // namespace rc::test
