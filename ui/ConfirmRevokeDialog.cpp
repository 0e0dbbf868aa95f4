#include "ui/ConfirmRevokeDialog.h"

#include "ui/ConfirmLayout.h"
#include "ui/ObjectNames.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rc::ui {

namespace {

QString channelSentence(Channel channel)
{
    return channel == Channel::SharePoint
            ? ConfirmRevokeDialog::tr("Channel: SharePoint (the original Revoke-SPOUserSession "
                                      "operation).")
            : ConfirmRevokeDialog::tr("Channel: Entra ID (every Microsoft 365 app; the result is "
                                      "verified).");
}

} // namespace

ConfirmRevokeDialog::ConfirmRevokeDialog(const User &user, const RoleSet &roles, Channel channel,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(names::ConfirmRevokeDialog);
    const QString name = user.displayName.isEmpty() ? user.userPrincipalName : user.displayName;
    setWindowTitle(tr("Sign out %1 everywhere?").arg(name));

    ConfirmLayout frame(this);
    QLabel *heading = frame.addHeading(tr("Sign out %1 from every session?").arg(name));
    heading->setObjectName(names::ConfirmMessage);
    QFont larger = heading->font();
    if (larger.pointSizeF() > 0)
        larger.setPointSizeF(larger.pointSizeF() * 1.15);
    heading->setFont(larger);
    frame.addParagraph(user.userPrincipalName)->setForegroundRole(QPalette::PlaceholderText);
    frame.addSpacing();
    frame.addParagraph(tr("They will be signed out of browser, desktop and mobile apps across "
                          "all their devices, and will have to sign in again."));
    frame.addParagraph(tr("Access tokens already issued stay valid until they expire, up to about "
                          "an hour."));
    frame.addParagraph(channelSentence(channel));
    frame.addSpacing();
    if (roles.holdsAnyRole())
        m_typedName = frame.addTypedName(user, roles, names::ConfirmTypedNameEdit);
    m_reason = frame.addReason(names::ReasonEdit, QString(),
                               tr("For example INC-12345: laptop stolen"));
    QPushButton *confirm = frame.addConfirm(tr("Re&voke sessions"), names::ConfirmRevokeButton,
                                            tr("Revoke sessions of %1").arg(name));
    frame.cancel()->setObjectName(names::CancelConfirmButton);
    frame.finish({m_typedName});
    if (m_typedName) {
        const auto gate = [confirm, field = m_typedName, user] {
            const bool typed = ConfirmLayout::typedNameMatches(field, user);
            confirm->setEnabled(typed);
            confirm->setToolTip(typed ? QString()
                                      : tr("Type their user name or display name "
                                           "first."));
        };
        connect(m_typedName, &QLineEdit::textChanged, this, gate);
        gate();
    }
}

QString ConfirmRevokeDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace rc::ui
