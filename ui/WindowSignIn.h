#pragma once
// One sign-in of the window: a tenant profile on the window's current connection, either silently
// (the keychain's refresh token or certificate passphrase, through ProfileSignIn, as the command
// line does) or with the dialog of the profile's method: the device code, the browser, or the
// certificate file and its passphrase. The window makes one per attempt and drops it before the
// connection it signs in on; an open dialog goes with it.

#include "profile/ProfileSignIn.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace rc::ui {

class CertificateDialog;

class WindowSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowSignIn)
public:
    // Dialogs open over dialogParent (the window).
    WindowSignIn(TenantConnection &connection, TenantProfile profile, QWidget *dialogParent);
    ~WindowSignIn() override;

    // The profile being signed in, with the certificate file the person chose.
    const TenantProfile &profile() const { return m_profile; }
    bool isInteractive() const { return m_dialog && m_dialog->isVisible(); }

    // Ends in the session's signedIn, interactionRequired or signInFailed; no dialog.
    void signInSilently();
    // Opens the dialog of the profile's method and starts that flow.
    void signInInteractively();

Q_SIGNALS:
    // The dialog closed: signed in, or given up on (the flow is cancelled then).
    void dialogClosed();

private:
    void open(QDialog *dialog);
    void signInWithCertificate(CertificateDialog *dialog);

    TenantConnection &m_connection;
    TenantProfile m_profile;
    std::unique_ptr<ProfileSignIn> m_profileSignIn;
    QWidget *m_dialogParent;
    QPointer<QDialog> m_dialog;
};

} // namespace rc::ui
