#include "ui/WindowSignIn.h"

#include "ui/BrowserSignInDialog.h"
#include "ui/CertificateDialog.h"
#include "ui/DeviceCodeDialog.h"

#include <QDesktopServices>

namespace rc::ui {

WindowSignIn::WindowSignIn(TenantConnection &connection, TenantProfile profile,
                           QWidget *dialogParent)
    : m_connection(connection)
    , m_profile(std::move(profile))
    , m_profileSignIn(std::make_unique<ProfileSignIn>(m_profile, connection.session()))
    , m_dialogParent(dialogParent)
{ }

WindowSignIn::~WindowSignIn()
{
    if (m_dialog) {
        disconnect(m_dialog, nullptr, this, nullptr);
        delete m_dialog.data(); // it is bound to a session that is about to go
    }
}

void WindowSignIn::signInSilently()
{
    m_profileSignIn->signInSilently();
}

void WindowSignIn::signInInteractively()
{
    SignInSession &session = m_connection.session();
    const QString tenant = session.tenant().id();
    switch (m_profile.flow) {
    case SignInFlow::DeviceCode:
        open(new DeviceCodeDialog(session, tenant, m_dialogParent));
        session.signInWithDeviceCode();
        return;
    case SignInFlow::Browser:
        open(new BrowserSignInDialog(session, tenant, m_dialogParent));
        session.signInWithBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); });
        return;
    case SignInFlow::Certificate: {
        auto *dialog
                = new CertificateDialog(session, tenant, m_profile.certificatePath, m_dialogParent);
        connect(dialog, &CertificateDialog::submitted, this,
                [this, dialog] { signInWithCertificate(dialog); });
        open(dialog);
        return;
    }
    }
}

void WindowSignIn::open(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        // Closed before the sign-in completed: stop it, nothing is left half signed in.
        SignInSession &session = m_connection.session();
        if (result != QDialog::Accepted && !session.isSignedIn())
            session.cancelSignIn();
        Q_EMIT dialogClosed();
    });
    m_dialog = dialog;
    dialog->open();
}

void WindowSignIn::signInWithCertificate(CertificateDialog *dialog)
{
    // The file is part of the profile (saved once signed in); the passphrase never is.
    m_profile.certificatePath = dialog->certificatePath();
    m_profileSignIn = std::make_unique<ProfileSignIn>(m_profile, m_connection.session());
    m_profileSignIn->signInWithCertificate(dialog->takePassphrase());
}

} // namespace rc::ui
