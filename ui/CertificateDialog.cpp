#include "ui/CertificateDialog.h"

#include "auth/SignInSession.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

CertificateDialog::CertificateDialog(SignInSession &session, const QString &tenant,
                                     const QString &certificatePath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(certificatePath, this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_passphrase(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(names::CertificateDialog);
    setWindowTitle(tr("Sign in to %1 with a certificate").arg(tenant));

    auto *intro = new QLabel(tr("App-only sign-in: the app registration's certificate, with its "
                                "private key, as a PEM or PFX file. The passphrase is kept in the "
                                "system keychain once the tenant accepted the certificate."),
                             this);
    intro->setWordWrap(true);
    m_path->setObjectName(names::CertificatePathEdit);
    m_path->setAccessibleName(tr("Certificate file"));
    m_path->setPlaceholderText(tr("app.pem or app.pfx"));
    m_browse->setObjectName(names::BrowseCertificateButton);
    // Named by its visible text (WCAG 2.5.3); the description says what it chooses.
    m_browse->setAccessibleDescription(tr("Choose the certificate file"));
    m_browse->setAutoDefault(false);
    m_passphrase->setObjectName(names::PassphraseEdit);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Empty if the key has none"));
    m_status->setObjectName(names::CertificateStatus);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Certificate &file:"), file);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    qobject_cast<QLabel *>(form->labelForField(file))->setBuddy(m_path);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Sign-in actions"));
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(names::CertificateSignInButton);
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(names::CancelSignInButton);
    m_cancel->setAccessibleName(tr("Cancel sign-in"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_browse, &QPushButton::clicked, this, &CertificateDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session, &SignInSession::signedIn, this, &QDialog::accept);
    connect(&session, &SignInSession::signInFailed, this,
            [this](const ServiceError &error) { showFailure(error.message); });
    (certificatePath.isEmpty() ? m_path : m_passphrase)->setFocus();
}

QString CertificateDialog::certificatePath() const
{
    const QString path = m_path->text().trimmed();
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

SecretBytes CertificateDialog::takePassphrase()
{
    SecretBytes passphrase(m_passphrase->text().toUtf8());
    // setText (unlike clear) also drops the field's undo history, which held every keystroke.
    m_passphrase->setText(QString());
    return passphrase;
}

void CertificateDialog::submit()
{
    if (m_path->text().trimmed().isEmpty()) {
        showFailure(tr("Choose the certificate file first."));
        m_path->setFocus();
        return;
    }
    setBusy(true);
    Q_EMIT submitted();
}

void CertificateDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the app's certificate"),
                                   QFileInfo(m_path->text()).absolutePath(),
                                   tr("Certificates (*.pem *.pfx *.p12);;All files (*)"));
    dialog->setObjectName(names::CertificateFileDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_path->setText(QDir::toNativeSeparators(path));
        m_passphrase->setFocus();
    });
    dialog->open();
}

void CertificateDialog::setBusy(bool busy)
{
    for (QWidget *w : QList<QWidget *> {m_path, m_browse, m_passphrase, m_signIn})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setPalette(palette());
        m_status->setText(tr("Checking the certificate with Microsoft 365\u2026"));
    }
}

void CertificateDialog::showFailure(const QString &message)
{
    setBusy(false);
    SeverityStyle::tintText(m_status, Tone::Error);
    m_status->setText(message);
    m_status->setAccessibleName(message);
    m_passphrase->setFocus();
    adjustSize();
}

} // namespace rc::ui
