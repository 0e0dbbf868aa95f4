#pragma once
// The user card's containment part, under the user's details: the containment pre-checks,
// "Respond to a compromised account..." and, after a verified revocation or containment, what
// still works; after a verified revocation, when the window asks for it, what the sign-in log says
// since. Not a widget of its own: its widgets are the card's children, made where the card's own
// were, so the accessibility tree (no unnamed container) and the Tab order stay the card's. The
// card places layout() under its details.

#include "directory/User.h"
#include "revocation/RevocationOutcome.h"
#include "revocation/RevokePermission.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QPushButton;
class QVBoxLayout;
class QWidget;

namespace rc {
class ContainmentClient;
class RevokeFlow;
} // namespace rc

namespace rc::ui {

class PreCheckList;
class SignInCheckRow;
class WhatStillWorks;

class ContainmentSection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainmentSection)
public:
    explicit ContainmentSection(QWidget *card);

    QVBoxLayout *layout() const { return m_layout; }
    QPushButton *containButton() const { return m_contain; }
    // Who is signed in (their roles feed the pre-checks).
    void setOperatorGrant(std::function<OperatorGrant()> grant);
    // A containment of this user verified its revocation at `revokedAt`: what still works.
    void setContained(const QString &userId, const QDateTime &revokedAt);
    // After each verified Entra revocation of the shown user, read the sign-in log through
    // `client` (it must outlive this, or be replaced first); null: never. False: already so.
    bool setSignInCheck(ContainmentClient *client);

    // `flow` (may be null) gives the user's roles and whether a request is under way.
    void showFor(const User &user, const std::optional<RevocationOutcome> &outcome,
                 const RevokeFlow *flow, bool signedIn);
    void hide();

Q_SIGNALS:
    void containRequested(); // "Respond to a compromised account..."

private:
    void showSignInCheck(const User &user, const std::optional<RevocationOutcome> &outcome);

    QWidget *m_card;
    PreCheckList *m_preChecks;
    WhatStillWorks *m_whatStillWorks;
    QPushButton *m_contain;
    QVBoxLayout *m_layout;
    SignInCheckRow *m_signInCheck = nullptr;
    ContainmentClient *m_signInClient = nullptr;
    QString m_checkedSignInsOf; // the user and revocation time the row reads for
    std::function<OperatorGrant()> m_grant;
    QString m_containedUser;
    QDateTime m_containedAt;
};

} // namespace rc::ui
