#pragma once
// The picked user, as an admin checks them before acting: name, sign-in name, mail, job, account
// state, type, dates and "sessions valid from" (before → after once an Entra revocation moved it).
// Renders from the RevokeFlow presenter's user and last outcome; guests get the cmdlet's notice.
// Under it, its ContainmentSection: the containment pre-checks, "Respond to a compromised
// account...", what still works and what the sign-in log says since.

#include "directory/User.h"
#include "revocation/RevocationOutcome.h"
#include "revocation/RevokePermission.h"

#include <QFrame>
#include <QPointer>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace rc {
class ContainmentClient;
class RevokeFlow;
} // namespace rc

namespace rc::ui {

class ContainmentSection;

class UserCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserCard)
public:
    explicit UserCard(QWidget *parent = nullptr);

    void setFlow(RevokeFlow *flow);
    // Who is signed in (their roles feed the pre-checks); the window's connection answers.
    void setOperatorGrant(std::function<OperatorGrant()> grant);
    void setSignedIn(bool signedIn);
    // A containment of this user verified its revocation at `revokedAt`: what still works.
    void setContained(const QString &userId, const QDateTime &revokedAt);
    QPushButton *containButton() const;
    // After each verified Entra revocation of the picked user, read the sign-in log through
    // `client` (it must outlive this, or be replaced first); null: never.
    void setSignInCheck(ContainmentClient *client);

Q_SIGNALS:
    void containRequested(); // "Respond to a compromised account..."

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
    ContainmentSection *m_containment; // made after m_notice: the card's children in order
    bool m_signedIn = false;
    bool m_restyling = false;
    bool m_badgesStyled = false; // from the first user shown
};

} // namespace rc::ui
