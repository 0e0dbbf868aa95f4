#pragma once
// Drives the real main window the way a person does, through user-intent methods (search, pick,
// preview, revoke, confirm) that find widgets by objectName and click or type into them. Every
// wait is on a predicate, never a sleep. Methods return false (and tests assert) when the window
// does not get where a person would expect it to.

#include "bulk/BulkReview.h"
#include "revocation/RevocationOutcome.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QDialog;
class QPushButton;

namespace rc::ui {
class BulkWindow;
}

namespace rc::test {

class WindowDriver final
{
public:
    explicit WindowDriver(QWidget &window);

    template<typename T> T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    // A dialog the window opened (by objectName), if it is on screen.
    QDialog *dialog(const QString &name) const;

    // A visible dialog the window opened (by objectName), once it is there; null after the wait.
    QDialog *waitForDialog(const QString &name, int timeoutMs = 5000) const;

    // Sign-in
    // The pane names the account and its roles (app-only: the app), no sign-in dialog is open.
    bool waitSignedIn(int timeoutMs = 20000) const;
    QString accountText() const;
    QString roleWarning() const; // empty when hidden
    void setMethod(const QString &flowName); // "device-code", "browser", "certificate"
    void setTenant(const QString &tenant); // types over the tenant field
    // The pane is ready for "Sign in": signed out, nothing under way, no dialog.
    bool waitReadyToSignIn(int timeoutMs = 10000) const;

    // Profiles
    QStringList profileNames() const; // what the switcher lists, in order
    QString currentProfile() const; // the switcher's selection; empty: none
    bool chooseProfile(const QString &name); // picks it from the switcher's list, as a click does
    void triggerAction(const QString &name); // a menu action, by objectName
    // Answers the file dialog (by objectName) with this path, as typing it and pressing Save or
    // Open does. False when no such dialog opened.
    bool answerFileDialog(const QString &name, const QString &path);

    // Search
    void search(const QString &text); // Ctrl+F, then type over what is there
    bool waitForResults(int timeoutMs = 10000) const; // a list or a message, not busy
    QStringList resultUpns() const;
    QString searchMessage() const; // "No users match ..." / an error; empty when the list shows
    bool pick(const QString &upn); // clicks the row; true once the card shows that user

    // Card
    QString cardText(const QString &name) const; // a label of the card, by objectName
    bool cardShows(const QString &upn) const;

    // Revoke panel
    void setChannel(Channel channel);
    void setPreview(bool on);
    QPushButton *revokeButton() const;
    void revoke(); // clicks the Revoke / Preview button
    bool waitForConfirmDialog(int timeoutMs = 5000) const;
    void confirm(const QString &reason = {});
    void cancelConfirm();
    bool isBusy() const; // the panel shows progress

    // Banner
    QString bannerText() const; // empty when hidden
    QString bannerDetails() const;
    int bannerCount() const { return m_bannerCount; }
    // Waits for a message newer than the last one seen (by this call or an earlier one).
    bool waitForBanner(int timeoutMs = 15000);
    void click(const QString &name); // any button of the window or an open dialog, by objectName

    // Keyboard
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    QWidget *focused(); // after activate(): what a person's keystrokes reach
    void activate(); // the window (or its open modal dialog) has the keyboard
    bool tabTo(const QString &name, int maxTabs = 20);

    // Bulk sign-out ("Sign out many people"), defined in WindowDriverBulk.cpp
    ui::BulkWindow *openBulk(); // Ctrl+Shift+B; the bulk window once it is on screen, else null
    ui::BulkWindow *bulkWindow() const; // null before the first openBulk()
    void pasteList(const QString &text); // replaces the list field's text, as a paste does
    bool reviewBulkList(int timeoutMs = 30000); // clicks Review; true once the review shows
    bool openBulkFile(const QString &path); // Open CSV..., answered with this path
    bool waitForBulkReview(int timeoutMs = 30000) const; // the review's counts and table show
    QString bulkListMessage() const; // why a list was refused; empty when none
    int bulkCount(BulkCategory category) const; // the count label's number; -1 when unreadable
    QStringList bulkColumn(int role) const; // one value per table row (BulkTableModel roles)
    QString bulkStatus() const;
    QString bulkProgressText() const;
    bool requestBulkRun(int timeoutMs = 5000); // clicks Sign out N people; the dialog opened
    QDialog *bulkConfirmDialog() const;
    QPushButton *bulkConfirmButton() const;
    void typeBulkCount(const QString &text); // the "type the number of people" field
    void confirmBulk(const QString &reason = {}); // types the reason, clicks confirm
    bool waitForBulkRunning(int timeoutMs = 5000) const;
    bool waitForBulkEnd(int timeoutMs = 120000) const; // the run finished (or was cancelled)
    int bulkDone() const; // the progress bar's value
    void pauseOrResumeBulk();
    void cancelBulk();
    bool exportBulk(const QString &path); // Export CSV..., answered with this path

private:
    QPointer<QWidget> m_window;
    std::unique_ptr<QObject> m_context; // connections to the window die with the driver
    std::unique_ptr<QObject> m_searchContext;
    int m_answers = 0; // results or failures the search presenter delivered
    int m_answersBefore = 0;
    int m_bannerCount = 0;
    int m_bannerSeen = 0;
};

// What a screen reader reads as the widget's name: its accessible interface's, which falls back
// to the visible text when no accessible name is set.
QString spokenName(QWidget *widget);

} // namespace rc::test
