// MainWindow and the picked user: picking them, the outcome of their sign-out in the banner, the
// containment dialog and what its steps read back, and "Use Entra ID instead".
#include "ui/MainWindow.h"

#include "containment/ContainmentChecks.h"
#include "revocation/RevokeFlow.h"

#include "ui/ContainDialog.h"
#include "ui/HistoryLauncher.h"
#include "ui/StatusBanner.h"
#include "ui/UserCard.h"

namespace rc::ui {

void MainWindow::pick(const User &user)
{
    m_reason.clear();
    m_banner->withdrawOffer();
    m_connection->flow().setUser(user);
}

void MainWindow::showOutcome(const RevocationOutcome &outcome)
{
    const bool preview = outcome.kind == RevocationOutcome::Kind::Preview;
    StatusMessage message = StatusMessage::describe(outcome);
    if (const auto unrecorded = m_connection->flow().auditError()) {
        // The revocation stands, but the record is missing: never let that pass as plain success.
        message.details << unrecorded->message;
        if (message.severity == StatusMessage::Severity::Success)
            message.severity = StatusMessage::Severity::Warning;
    }
    m_banner->showMessage(message, preview ? QString() : m_reason);
    m_history->refreshIfShown(); // the outcome row is already in the log
}

void MainWindow::openContainDialog()
{
    RevokeFlow &flow = m_connection->flow();
    const std::optional<User> user = flow.user();
    if (!user || m_containDialog)
        return;
    TenantConnection &c = *m_connection;
    ContainDialog::Target target {
            *user, flow.targetRoles(),
            ContainmentChecks::of(*user, flow.targetRoles(), c.revoker().operatorGrant()),
            m_settings.tenant.id()};
    // Its own trail over the window's log: the reason typed in the dialog goes with its rows.
    m_containDialog
            = new ContainDialog(target, c.revoker(), c.containment(), c.separateAuditTrail(), this);
    m_containDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_containDialog, &ContainDialog::contained, this,
            [this](const User &after, const QDateTime &revokedAt) {
                showReadBack(after);
                m_card->setContained(after.id, revokedAt);
            });
    connect(m_containDialog, &ContainDialog::restored, this, &MainWindow::showReadBack);
    m_containDialog->open();
}

void MainWindow::showReadBack(const User &after)
{
    // The card shows what the steps read back, if this person is still picked.
    RevokeFlow &picked = m_connection->flow();
    if (picked.user() && picked.user()->id == after.id)
        picked.setUser(after);
    m_history->refreshIfShown(); // the steps' rows are in the log
}

void MainWindow::useEntraInstead()
{
    // The person already confirmed this user's sign-out: switch channel and run it, no second ask.
    RevokeFlow &flow = m_connection->flow();
    flow.setChannel(Channel::Entra);
    flow.run();
}

} // namespace rc::ui
