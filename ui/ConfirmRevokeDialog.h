#pragma once
// The revocation's "-Confirm": names the person by display name and UPN and says what will happen,
// with an optional reason or ticket number. Cancel is the default button and Escape cancels, so
// only a deliberate choice sends anything; for an administrator target the Revoke button stays
// off until their name is typed (risk-scaled). Open it with open(); accepted() means "go ahead".

#include "directory/DirectoryRole.h"
#include "directory/User.h"
#include "revocation/RevocationOutcome.h"

#include <QDialog>

class QLineEdit;

namespace rc::ui {

class ConfirmRevokeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmRevokeDialog)
public:
    // roles: the target's directory roles; holding any asks for the typed name.
    ConfirmRevokeDialog(const User &user, const RoleSet &roles, Channel channel,
                        QWidget *parent = nullptr);

    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_typedName = nullptr; // administrator targets only
};

} // namespace rc::ui
