#pragma once
// Certificate (app-only) sign-in: the app registration's certificate file (PEM with its key, or
// PFX) and the key's passphrase. The passphrase goes from the field straight into SecretBytes and
// the field is cleared (takePassphrase): the dialog keeps no copy and nothing writes it to the
// settings; the keychain gets it only once the tenant accepted the certificate. The dialog stays
// open while the tenant checks the certificate, shows a failure in place (a wrong passphrase can be
// typed again) and closes itself once signed in. Cancel rejects it.

#include "core/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rc {
class SignInSession;
struct ServiceError;
} // namespace rc

namespace rc::ui {

class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    CertificateDialog(SignInSession &session, const QString &tenant, const QString &certificatePath,
                      QWidget *parent = nullptr);

    QString certificatePath() const;
    // The typed passphrase (empty: the key has none); the field is empty afterwards.
    SecretBytes takePassphrase();

Q_SIGNALS:
    // "Sign in" with a certificate file named: read certificatePath() and takePassphrase().
    void submitted();

private:
    void submit();
    void browse();
    void setBusy(bool busy);
    void showFailure(const QString &message);

    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace rc::ui
