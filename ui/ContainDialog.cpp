#include "ui/ContainDialog.h"

#include "audit/AuditTrail.h"
#include "ui/ConfirmLayout.h"
#include "ui/ContainmentStepList.h"
#include "ui/ObjectNames.h"
#include "ui/PreCheckList.h"
#include "ui/SignInCheckRow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rc::ui {

ContainDialog::ContainDialog(const Target &target, Revoker &revoker, ContainmentClient &client,
                             std::unique_ptr<AuditTrail> trail, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_trail(std::move(trail))
    , m_containment(revoker, client)
    , m_restore(client)
    , m_after(target.user)
    , m_preview(new QCheckBox(tr("&Preview only (what if): send nothing"), this))
    , m_undo(new QPushButton(tr("&Undo the containment"), this))
    , m_steps(new ContainmentStepList(this))
    , m_signIns(new SignInCheckRow(client, this))
{
    setObjectName(names::ContainDialog);
    const User &user = m_target.user;
    const QString name = user.displayName.isEmpty() ? user.userPrincipalName : user.displayName;
    setWindowTitle(tr("Respond to a compromised account: %1").arg(name));
    m_containment.setAuditTrail(m_trail.get());
    m_restore.setAuditTrail(m_trail.get());

    ConfirmLayout frame(this);
    QLabel *heading = frame.addHeading(tr("Contain %1's account?").arg(name));
    QFont larger = heading->font();
    if (larger.pointSizeF() > 0)
        larger.setPointSizeF(larger.pointSizeF() * 1.15);
    heading->setFont(larger);
    frame.addParagraph(user.userPrincipalName)->setForegroundRole(QPalette::PlaceholderText);
    frame.addSpacing();
    frame.addParagraph(tr("Three steps, in the order Microsoft gives for a compromised account. "
                          "Each is read back and recorded in the audit log; a step that is "
                          "refused does not stop the next."));
    frame.addParagraph(tr("1. Block sign-in: the account is disabled, so no one can sign in "
                          "with it or refresh a token."));
    frame.addParagraph(tr("2. Revoke sessions: every refresh token and browser session is "
                          "invalidated, on every device."));
    frame.addParagraph(tr("3. Disable devices: each device registered to them is disabled in "
                          "Microsoft Entra ID, so it cannot be used to sign in. Wipe them in "
                          "Intune afterwards."));
    auto *checks = new PreCheckList(this);
    checks->setChecks(m_target.checks);
    frame.addWidget(checks);
    frame.addSpacing();
    m_preview->setObjectName(names::ContainPreviewToggle);
    // Named by its visible text (WCAG 2.5.3); the description says what a preview shows.
    m_preview->setAccessibleDescription(
            tr("Preview only: list the steps and devices, send nothing"));
    frame.addWidget(m_preview);
    QList<QWidget *> fields {m_preview};
    if (needsTypedName()) {
        m_name = frame.addTypedName(user, m_target.roles, names::ContainNameEdit);
        fields << m_name;
        connect(m_name, &QLineEdit::textChanged, this, &ContainDialog::render);
    }
    m_reason = frame.addReason(names::ContainReasonEdit, QString(),
                               tr("For example INC-12345: phishing"));
    m_steps->setObjectName(names::ContainStepList);
    m_steps->start(false);
    frame.addWidget(m_steps);
    frame.addWidget(m_signIns);
    m_undo->setObjectName(names::UndoContainButton);
    m_undo->setAccessibleName(tr("Undo the containment of %1").arg(name));
    m_undo->setAccessibleDescription(tr("Re-enables sign-in and the devices this app disabled. "
                                        "Revoked sessions stay revoked: they sign in again."));
    m_undo->setToolTip(m_undo->accessibleDescription());
    m_undo->setAutoDefault(false);
    m_undo->hide();
    auto *undoRow = new QWidget(this);
    undoRow->setAccessibleName(tr("Undo"));
    auto *undoLayout = new QHBoxLayout(undoRow);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undo);
    undoLayout->addStretch(1);
    frame.addWidget(undoRow);
    m_confirm = frame.addConfirm(tr("&Contain"), names::ConfirmContainButton,
                                 tr("Contain %1").arg(name));
    m_cancel = frame.cancel();
    m_cancel->setObjectName(names::CancelContainButton);
    frame.finish(fields, 110);
    // After a run: the step list, then "Check again", are reached from Close.
    setTabOrder(m_cancel, m_steps);
    setTabOrder(m_steps, m_signIns->checkAgainButton());
    setTabOrder(m_signIns->checkAgainButton(), m_undo);

    connect(m_preview, &QCheckBox::toggled, this, &ContainDialog::render);
    connect(&m_containment, &Containment::stepFinished, m_steps, &ContainmentStepList::showStep);
    connect(&m_containment, &Containment::finished, this, &ContainDialog::finished);
    connect(&m_restore, &Restore::stepFinished, m_steps, &ContainmentStepList::showStep);
    connect(&m_restore, &Restore::finished, this, &ContainDialog::undone);
    connect(m_undo, &QPushButton::clicked, this, &ContainDialog::undo);
    render();
}

ContainDialog::~ContainDialog()
{
    // A run cut short by closing says so in the audit log; nothing here listens any more.
    m_containment.disconnect();
    m_containment.cancel();
    m_restore.disconnect();
    m_restore.cancel();
}

bool ContainDialog::needsTypedName() const
{
    return m_target.roles.holdsAnyRole();
}

bool ContainDialog::typedNameMatches() const
{
    return !m_name || ConfirmLayout::typedNameMatches(m_name, m_target.user);
}

QString ContainDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ContainDialog::render()
{
    const bool running = m_containment.isRunning() || m_restoring;
    const bool preview = m_preview->isChecked();
    const bool refused = ContainmentChecks::refuses(m_target.checks);
    const bool mayRun = !running && !m_ranForReal && !refused;
    m_confirm->setVisible(!m_ranForReal);
    m_confirm->setText(preview ? tr("&Preview") : tr("&Contain"));
    m_confirm->setEnabled(mayRun && (preview || typedNameMatches()));
    QString why;
    if (refused)
        why = tr("Nothing can be sent for this account.");
    else if (!preview && !typedNameMatches())
        why = tr("Type the user name or display name first.");
    m_confirm->setToolTip(m_confirm->isEnabled() ? QString() : why);
    m_confirm->setAccessibleDescription(m_confirm->toolTip());
    for (QWidget *w : QList<QWidget *> {m_preview, m_name, m_reason}) {
        if (w)
            w->setEnabled(!running && !m_ranForReal);
    }
    m_undo->setVisible(m_ranForReal);
    m_undo->setEnabled(m_ranForReal && !running && !m_undone);
    if (running) {
        m_cancel->setText(tr("&Stop"));
        m_cancel->setAccessibleName(tr("Stop after the request under way"));
    } else if (m_ranOnce) {
        m_cancel->setText(tr("Close"));
        m_cancel->setAccessibleName(tr("Close"));
    }
}

void ContainDialog::accept()
{
    if (!m_confirm->isEnabled())
        return;
    const bool preview = m_preview->isChecked();
    if (m_trail)
        m_trail->setReason(reason());
    m_steps->start(true);
    m_signIns->hide();
    m_ranOnce = true;
    RevokeTarget target {m_target.user.userPrincipalName, Channel::Entra, m_target.user,
                         m_target.roles};
    m_containment.run(target, preview);
    render();
    m_steps->setFocus();
}

void ContainDialog::reject()
{
    if (m_containment.isRunning()) {
        m_containment.cancel();
        return;
    }
    if (m_restoring) {
        m_restore.cancel();
        return;
    }
    QDialog::reject();
}

void ContainDialog::finished(const ContainmentReport &report)
{
    if (!report.preview) {
        m_ranForReal = true;
        for (const ContainmentStepResult &step : report.steps) {
            if (step.kind == ContainmentStepKind::BlockSignIn
                && step.state == ContainmentStepResult::State::Verified)
                m_after.accountEnabled = false;
        }
        if (report.revokedAt.isValid())
            m_after.signInSessionsValidFrom = report.revokedAt;
        Q_EMIT contained(m_after, report.revokedAt);
        // Read once now; the log lags, so later reads are the person's "Check again".
        if (report.revokedAt.isValid())
            m_signIns->check(m_target.user.id, report.revokedAt);
    }
    ConfirmLayout::fitToContent(this); // room for the device rows and the sign-in line
    render();
    m_cancel->setFocus();
}

void ContainDialog::undo()
{
    if (!m_ranForReal || m_restoring || m_undone || m_containment.isRunning())
        return;
    if (m_trail)
        m_trail->setReason(reason());
    m_steps->clear();
    m_restoring = true;
    render();
    m_restore.run(m_after, m_target.user.userPrincipalName, m_target.tenant, false);
}

void ContainDialog::undone(const ContainmentReport &report)
{
    m_restoring = false;
    m_undone = true;
    User after = m_after;
    for (const ContainmentStepResult &step : report.steps) {
        if (step.kind == ContainmentStepKind::UnblockSignIn
            && step.state == ContainmentStepResult::State::Verified)
            after.accountEnabled = true;
    }
    Q_EMIT restored(after);
    render();
    ConfirmLayout::fitToContent(this);
    m_cancel->setFocus();
}

} // namespace rc::ui
