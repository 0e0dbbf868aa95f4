#include "ui/ConfirmRevokeDialog.h"

#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names come from the directory: never markup
    label->setWordWrap(true);
    return label;
}

QString channelSentence(Channel channel)
{
    return channel == Channel::SharePoint
            ? ConfirmRevokeDialog::tr("Channel: SharePoint (the original Revoke-SPOUserSession "
                                      "operation).")
            : ConfirmRevokeDialog::tr("Channel: Entra ID (every Microsoft 365 app; the result is "
                                      "verified).");
}

} // namespace

ConfirmRevokeDialog::ConfirmRevokeDialog(const User &user, Channel channel, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(names::ConfirmRevokeDialog);
    const QString name = user.displayName.isEmpty() ? user.userPrincipalName : user.displayName;
    setWindowTitle(tr("Sign out %1 everywhere?").arg(name));

    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 2;
    icon->setPixmap(SeverityStyle::icon(Tone::Warning, iconSize, devicePixelRatioF(), palette()));
    icon->setAccessibleName(SeverityStyle::toneName(Tone::Warning));

    auto *heading = paragraph(tr("Sign out %1 from every session?").arg(name), this);
    heading->setObjectName(names::ConfirmMessage);
    QFont bold = heading->font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto *upn = paragraph(user.userPrincipalName, this);
    upn->setForegroundRole(QPalette::PlaceholderText);

    auto *what = paragraph(tr("They will be signed out of browser, desktop and mobile apps across "
                              "all their devices, and will have to sign in again."),
                           this);
    auto *timing = paragraph(tr("Access tokens already issued stay valid until they expire, up "
                                "to about an hour."),
                             this);
    auto *via = paragraph(channelSentence(channel), this);

    m_reason->setObjectName(names::ReasonEdit);
    m_reason->setAccessibleName(tr("Reason or ticket number, optional"));
    m_reason->setPlaceholderText(tr("For example INC-12345: laptop stolen"));
    auto *reasonLabel = new QLabel(tr("&Reason or ticket number (optional):"), this);
    reasonLabel->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Re&voke sessions"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(names::ConfirmRevokeButton);
    m_confirm->setAccessibleName(tr("Revoke sessions of %1").arg(name));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(names::CancelConfirmButton);
    m_cancel->setAccessibleName(tr("Cancel: send nothing"));
    // The safe choice is the default: Enter anywhere but on "Revoke sessions" cancels.
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(upn);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(what);
    text->addWidget(timing);
    text->addWidget(via);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(reasonLabel);
    text->addWidget(m_reason);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, m_cancel);
    m_reason->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString ConfirmRevokeDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace rc::ui
