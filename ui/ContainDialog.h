#pragma once
// "Respond to a compromised account": names the person, lists the three steps in Microsoft's
// order with what each does, and the pre-checks; a preview (what if) toggle, an optional reason
// kept in the audit log and, for an administrator, a risk-scaled confirmation: Contain stays off
// until their user name or display name is typed. Cancel is the default and Escape cancels. Once
// confirmed the dialog stays open and shows the step list as each step ends, then the sign-in log
// since the revocation with "Check again", and "Undo": re-enable sign-in and the devices this app
// disabled (Restore; revoked sessions stay revoked). Open it with open().

#include "containment/Containment.h"
#include "containment/ContainmentChecks.h"
#include "containment/Restore.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rc::ui {

class ContainmentStepList;
class SignInCheckRow;

class ContainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainDialog)
public:
    struct Target
    {
        User user;
        RoleSet roles; // the user's directory roles: an administrator gets the typed-name gate
        QList<PreCheck> checks;
        QString tenant; // as the audit log names it: Undo reads what this app did from there
    };
    // trail: where each step is recorded (null: previews only, as everywhere in the app).
    ContainDialog(const Target &target, Revoker &revoker, ContainmentClient &client,
                  std::unique_ptr<AuditTrail> trail, QWidget *parent = nullptr);
    ~ContainDialog() override;

    QString reason() const;
    // An administrator target: what must be typed before Contain is enabled.
    bool needsTypedName() const;

public Q_SLOTS:
    void accept() override; // Contain: runs the steps and keeps the dialog open
    void reject() override; // Cancel, Close, Escape; while running: stop after the request

Q_SIGNALS:
    // A real run ended. user: as the steps read it back (sign-in blocked, sessions valid from the
    // revocation) for the card; revokedAt: the verified revocation time (invalid when not).
    void contained(const rc::User &user, const QDateTime &revokedAt);
    // Undo ended: the user as its steps read them back.
    void restored(const rc::User &user);

private:
    void render();
    bool typedNameMatches() const;
    void finished(const ContainmentReport &report);
    void undo();
    void undone(const ContainmentReport &report);

    Target m_target;
    std::unique_ptr<AuditTrail> m_trail;
    Containment m_containment;
    Restore m_restore;
    User m_after; // as the containment's steps read it back: what Undo starts from
    QCheckBox *m_preview;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_undo;
    ContainmentStepList *m_steps;
    SignInCheckRow *m_signIns;
    bool m_ranOnce = false; // Cancel says Close from then on
    bool m_ranForReal = false;
    bool m_restoring = false;
    bool m_undone = false;
};

} // namespace rc::ui
