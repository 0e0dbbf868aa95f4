#pragma once
// The device-code sign-in, shown while SignInSession waits: the code in large type with "Copy
// code" and "Open browser", the service's instructions, and Cancel. It closes by itself once the
// sign-in completes and shows the reason in place when it fails. Cancel (or Escape) cancels the
// sign-in cleanly: WindowSignIn then calls SignInSession::cancelSignIn(). It says until when the
// code works; a minute before it expires it says so, and "New code" (there from the start)
// replaces it, as often as wanted (WCAG 2.2.1).

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QPushButton;

namespace rc {
class SignInSession;
struct ServiceError;
} // namespace rc

namespace rc::ui {

class DeviceCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeDialog)
public:
    DeviceCodeDialog(SignInSession &session, const QString &tenant, QWidget *parent = nullptr);

    QString userCode() const { return m_code; }

private:
    void showCode(const QString &userCode, const QUrl &verificationUri, const QString &message,
                  const QDateTime &expiresAt);
    void warnExpiry();
    void showFailure(const ServiceError &error);
    void copyCode();

    QString m_code;
    QUrl m_verificationUri;
    QLabel *m_instructions;
    QLabel *m_codeLabel;
    QLabel *m_link;
    QLabel *m_status;
    QLabel *m_expiry;
    QPushButton *m_copy;
    QPushButton *m_renew;
    QPushButton *m_open;
    QPushButton *m_cancel;
};

} // namespace rc::ui
