#pragma once
// The browser sign-in, shown while SignInSession waits for the browser's redirect: "Finish signing
// in in your browser", the sign-in address with Copy (for when no browser opened, or the wrong one
// did), and Cancel. It closes by itself once signed in and shows a failure in place. Cancel (or
// Escape) rejects it; WindowSignIn then calls SignInSession::cancelSignIn(), which also closes the
// loopback port. A minute before the app stops waiting it says so, with "Keep waiting" (WCAG
// 2.2.1).

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rc {
class SignInSession;
struct ServiceError;
} // namespace rc

namespace rc::ui {

class BrowserSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInDialog)
public:
    BrowserSignInDialog(SignInSession &session, const QString &tenant, QWidget *parent = nullptr);

    QUrl address() const { return m_url; }

private:
    void showAddress(const QUrl &url, bool browserOpened);
    void showFailure(const ServiceError &error);
    void warnWaitEnding();
    void copyAddress();

    QUrl m_url;
    QLabel *m_instructions;
    QLineEdit *m_address; // one line that scrolls: addresses are long and have no spaces
    QLabel *m_status;
    QLabel *m_ending;
    QPushButton *m_copy;
    QPushButton *m_keepWaiting;
    QPushButton *m_cancel;
};

} // namespace rc::ui
