#include "ui/BrowserSignInDialog.h"

#include "auth/SignInSession.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the address and errors come from outside
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BrowserSignInDialog::BrowserSignInDialog(SignInSession &session, const QString &tenant,
                                         QWidget *parent)
    : QDialog(parent)
    , m_instructions(textLabel(this))
    , m_address(new QLineEdit(this))
    , m_status(textLabel(this))
    , m_ending(textLabel(this))
{
    setObjectName(names::BrowserSignInDialog);
    setWindowTitle(tr("Sign in to %1").arg(tenant));
    m_instructions->setText(tr("Opening your browser\u2026"));
    m_address->setObjectName(names::BrowserAddressEdit);
    m_address->setAccessibleName(tr("Sign-in address"));
    m_address->setReadOnly(true);
    m_address->hide();
    m_status->setObjectName(names::BrowserSignInStatus);
    m_ending->setObjectName(names::BrowserWaitEnding);
    SeverityStyle::tintText(m_ending, Tone::Warning);
    m_ending->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Sign-in actions"));
    m_copy = buttons->addButton(tr("&Copy address"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(names::CopyAddressButton);
    // Named by its visible text (WCAG 2.5.3); the description says what it copies.
    m_copy->setAccessibleDescription(tr("Copy the sign-in address"));
    m_copy->setEnabled(false);
    // Beside the warning it answers, not in the button box (which shows every button it holds).
    m_keepWaiting = new QPushButton(tr("&Keep waiting"), this);
    m_keepWaiting->setObjectName(names::KeepWaitingButton);
    m_keepWaiting->setAccessibleDescription(tr("Wait for the browser as long again"));
    m_keepWaiting->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(names::CancelSignInButton);
    m_cancel->setAccessibleName(tr("Cancel sign-in"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instructions);
    layout->addWidget(m_address);
    layout->addWidget(m_status);
    auto *ending = new QHBoxLayout;
    ending->addWidget(m_ending, 1);
    ending->addWidget(m_keepWaiting, 0, Qt::AlignTop);
    layout->addLayout(ending);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    connect(m_copy, &QPushButton::clicked, this, &BrowserSignInDialog::copyAddress);
    connect(m_keepWaiting, &QPushButton::clicked, this, [this, &session] {
        session.keepWaitingForBrowser();
        m_ending->hide();
        m_keepWaiting->hide();
        m_copy->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session, &SignInSession::browserWaitEnding, this,
            &BrowserSignInDialog::warnWaitEnding);
    connect(&session, &SignInSession::authorizeUrlReady, this, &BrowserSignInDialog::showAddress);
    connect(&session, &SignInSession::signedIn, this, &QDialog::accept);
    connect(&session, &SignInSession::signInFailed, this, &BrowserSignInDialog::showFailure);
}

void BrowserSignInDialog::showAddress(const QUrl &url, bool browserOpened)
{
    m_url = url;
    m_instructions->setText(browserOpened
                                    ? tr("Finish signing in in your browser, with an admin "
                                         "account.\nThis window closes by itself once you are "
                                         "signed in.\nIf no browser opened, open this address:")
                                    : tr("No browser could be opened. Open this address in a "
                                         "browser\non this computer and sign in with an admin "
                                         "account:"));
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_address->show();
    m_status->setText(tr("Waiting for you to sign in\u2026"));
    m_copy->setEnabled(true);
    m_copy->setDefault(true);
    m_copy->setFocus();
    adjustSize();
}

void BrowserSignInDialog::warnWaitEnding()
{
    m_ending->setText(tr("Revoke Console stops waiting for the browser in less than a minute. "
                         "Choose Keep waiting for more time."));
    m_ending->setAccessibleName(m_ending->text());
    m_ending->show();
    m_keepWaiting->show();
    // Where Enter or Space keeps waiting, and a screen reader reads why.
    m_keepWaiting->setFocus();
    adjustSize();
}

void BrowserSignInDialog::showFailure(const ServiceError &error)
{
    SeverityStyle::tintText(m_status, Tone::Error);
    m_status->setText(error.message);
    m_status->setAccessibleName(error.message);
    m_address->setEnabled(false);
    m_copy->setEnabled(false);
    m_ending->hide();
    m_keepWaiting->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_cancel->setFocus();
    adjustSize();
}

void BrowserSignInDialog::copyAddress()
{
    QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
    m_copy->setText(tr("Copied"));
}

} // namespace rc::ui
