#include "ui/DeviceCodeDialog.h"

#include "auth/DeviceCodeSignIn.h"
#include "auth/SignInSession.h"
#include "core/LocalTime.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // everything here comes from the service
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeviceCodeDialog::DeviceCodeDialog(SignInSession &session, const QString &tenant, QWidget *parent)
    : QDialog(parent)
    , m_instructions(textLabel(this))
    , m_codeLabel(textLabel(this))
    , m_link(textLabel(this))
    , m_status(textLabel(this))
    , m_expiry(textLabel(this))
{
    setObjectName(names::DeviceCodeDialog);
    setWindowTitle(tr("Sign in to %1").arg(tenant));

    m_instructions->setText(tr("Asking Microsoft 365 for a sign-in code\u2026"));
    m_codeLabel->setObjectName(names::DeviceCodeLabel);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        big.setPointSizeF(font().pointSizeF() * 2.6);
    big.setBold(true);
    big.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_codeLabel->setFont(big);
    m_codeLabel->setText(QStringLiteral("\u2026"));
    m_codeLabel->setMinimumHeight(QFontMetrics(big).height() * 3 / 2);
    m_link->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(names::DeviceCodeStatus);
    m_expiry->setObjectName(names::DeviceCodeExpiry);
    m_expiry->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Sign-in actions"));
    m_copy = buttons->addButton(tr("&Copy code"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(names::CopyCodeButton);
    // Named by their visible text (WCAG 2.5.3); the descriptions say what they act on.
    m_copy->setAccessibleDescription(tr("Copy the sign-in code"));
    m_open = buttons->addButton(tr("&Open browser"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(names::OpenBrowserButton);
    m_open->setAccessibleDescription(tr("Open the sign-in page in a browser"));
    // Beside the line on the code's expiry it answers, which keeps the button row short enough
    // for a narrow screen at 200%.
    m_renew = new QPushButton(tr("&New code"), this);
    m_renew->setObjectName(names::NewCodeButton);
    m_renew->setAccessibleDescription(tr("Replace the code with a new one that works longer"));
    m_renew->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(names::CancelSignInButton);
    m_cancel->setAccessibleName(tr("Cancel sign-in"));
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_copy->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instructions);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_link);
    layout->addWidget(m_status);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiry, 1);
    expiry->addWidget(m_renew, 0, Qt::AlignTop);
    layout->addLayout(expiry);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    connect(m_copy, &QPushButton::clicked, this, &DeviceCodeDialog::copyCode);
    connect(m_open, &QPushButton::clicked, this, [this] {
        // DeviceCodeSignIn refuses any other page before it is shown; this is the second lock.
        if (!DeviceCodeSignIn::isAllowedVerificationUri(m_verificationUri))
            return;
        if (!QDesktopServices::openUrl(m_verificationUri))
            m_status->setText(tr("No browser could be opened. On any device, go to %1 and enter "
                                 "the code.")
                                      .arg(m_verificationUri.toDisplayString()));
    });
    connect(m_renew, &QPushButton::clicked, this, [this, &session] {
        m_renew->setEnabled(false); // until the new code is shown
        m_status->setText(tr("Asking for a new code\u2026"));
        session.renewDeviceCode();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session, &SignInSession::deviceCodeExpiring, this, &DeviceCodeDialog::warnExpiry);
    connect(&session, &SignInSession::deviceCodeIssued, this, &DeviceCodeDialog::showCode);
    connect(&session, &SignInSession::signedIn, this, &QDialog::accept);
    connect(&session, &SignInSession::signInFailed, this, &DeviceCodeDialog::showFailure);
}

void DeviceCodeDialog::showCode(const QString &userCode, const QUrl &verificationUri,
                                const QString &message, const QDateTime &expiresAt)
{
    const bool renewed = !m_code.isEmpty();
    m_code = userCode;
    m_verificationUri = verificationUri;
    m_instructions->setText(tr("1. Copy this code.\n2. Open the sign-in page and paste it.\n3. "
                               "Sign in with an admin account.\nThis window closes by itself once "
                               "you are signed in."));
    m_codeLabel->setText(userCode);
    m_codeLabel->setAccessibleName(tr("Sign-in code: %1").arg(userCode));
    m_link->setText(tr("Sign-in page: %1").arg(verificationUri.toDisplayString()));
    m_status->setText(renewed ? tr("This is a new code; the one before no longer works. Waiting "
                                   "for you to sign in\u2026")
                              : tr("Waiting for you to sign in\u2026"));
    SeverityStyle::tintText(m_expiry, Tone::Info);
    m_expiry->setText(tr("The code works until %1.").arg(localShortTime(expiresAt)));
    m_expiry->setAccessibleName(m_expiry->text());
    m_expiry->show();
    setAccessibleDescription(message);
    m_copy->setText(tr("&Copy code"));
    m_copy->setEnabled(true);
    m_open->setEnabled(DeviceCodeSignIn::isAllowedVerificationUri(verificationUri));
    m_renew->setEnabled(true);
    m_copy->setFocus();
    adjustSize(); // the instructions grew from one line to four
}

void DeviceCodeDialog::warnExpiry()
{
    SeverityStyle::tintText(m_expiry, Tone::Warning);
    m_expiry->setText(tr("The code expires in less than a minute. Choose New code for another "
                         "one."));
    m_expiry->setAccessibleName(m_expiry->text());
    // Where Enter or Space takes the new code, and a screen reader reads why.
    m_renew->setFocus();
}

void DeviceCodeDialog::showFailure(const ServiceError &error)
{
    SeverityStyle::tintText(m_status, Tone::Error);
    m_status->setText(error.message);
    m_status->setAccessibleName(error.message);
    m_codeLabel->setEnabled(false);
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_renew->setEnabled(false);
    m_expiry->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_cancel->setFocus();
    adjustSize();
}

void DeviceCodeDialog::copyCode()
{
    QGuiApplication::clipboard()->setText(m_code);
    m_copy->setText(tr("Copied"));
}

} // namespace rc::ui
