#pragma once
// The picked user, as an admin checks them before acting: name, sign-in name, mail, job, account
// state, type, dates and "sessions valid from" (before → after once an Entra revocation moved it).
// Renders from the RevokeFlow presenter's user and last outcome; guests get the cmdlet's notice.

#include "directory/User.h"
#include "revocation/RevocationOutcome.h"

#include <QFrame>
#include <QPointer>

#include <optional>

class QFormLayout;
class QLabel;

namespace rc {
class RevokeFlow;
}

namespace rc::ui {

class UserCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserCard)
public:
    explicit UserCard(QWidget *parent = nullptr);

    void setFlow(RevokeFlow *flow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showUser(const User &user, const std::optional<RevocationOutcome> &outcome);
    void showEmpty();
    QString lastSignInText() const;
    QString rolesText(const User &user) const;
    void showNotice(const User &user);
    void restyle();
    QLabel *addRow(const QString &label, const QString &objectName = {});
    QString sessionsText(const User &user, const std::optional<RevocationOutcome> &outcome) const;

    QPointer<RevokeFlow> m_flow;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_upn;
    QLabel *m_guestBadge;
    QLabel *m_disabledBadge;
    QLabel *m_empty;
    QWidget *m_details;
    QFormLayout *m_form;
    QLabel *m_mail = nullptr;
    QLabel *m_jobTitle = nullptr;
    QLabel *m_department = nullptr;
    QLabel *m_enabled = nullptr;
    QLabel *m_userType = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_sessions = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_lastSignIn = nullptr;
    QLabel *m_notice;
    bool m_restyling = false;
};

} // namespace rc::ui
