#include "ui/RevokePanel.h"

#include "revocation/RevokeFlow.h"
#include "ui/ConfirmRevokeDialog.h"
#include "ui/ObjectNames.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rc::ui {

RevokePanel::RevokePanel(QWidget *parent)
    : QGroupBox(tr("Sign out everywhere"), parent)
    , m_entra(new QRadioButton(tr("&Entra ID: every Microsoft 365 app (recommended)"), this))
    , m_sharePoint(new QRadioButton(tr("&SharePoint: the original Revoke-SPOUserSession"), this))
    , m_channelHelp(new QLabel(this))
    , m_preview(new QCheckBox(tr("&Preview only (what if): send nothing"), this))
    , m_revoke(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(names::RevokePanel);
    m_entra->setObjectName(names::EntraChannelRadio);
    // Named by their visible text (WCAG 2.5.3: what a person sees is what they can say); the
    // descriptions add what the text leaves out.
    m_entra->setAccessibleDescription(tr("Channel: Entra ID, every Microsoft 365 app"));
    m_sharePoint->setObjectName(names::SharePointChannelRadio);
    m_sharePoint->setAccessibleDescription(
            tr("Channel: SharePoint, the original Revoke-SPOUserSession"));
    m_preview->setObjectName(names::PreviewToggle);
    m_preview->setAccessibleDescription(
            tr("Preview only: show what would happen and send nothing"));
    m_revoke->setObjectName(names::RevokeButton);
    // Enter presses a focused button here too, not only in dialogs.
    m_revoke->setAutoDefault(true);
    m_progress->setObjectName(names::RevokeProgress);
    m_progress->setAccessibleName(tr("Revocation in progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(names::CancelRevokeButton);
    m_cancel->setAutoDefault(true);
    m_cancel->setAccessibleName(tr("Cancel the revocation in progress"));
    m_channelHelp->setWordWrap(true);
    m_channelHelp->setTextFormat(Qt::PlainText);
    m_channelHelp->setForegroundRole(QPalette::PlaceholderText); // follows palette changes
    m_progressLabel->setTextFormat(Qt::PlainText);

    auto *channels = new QButtonGroup(this);
    channels->addButton(m_entra);
    channels->addButton(m_sharePoint);
    m_entra->setChecked(true);

    auto *action = new QHBoxLayout;
    action->addWidget(m_preview, 1);
    action->addWidget(m_revoke);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entra);
    layout->addWidget(m_sharePoint);
    layout->addWidget(m_channelHelp);
    layout->addLayout(action);
    layout->addLayout(progress);

    connect(m_entra, &QRadioButton::toggled, this, [this](bool on) {
        if (m_flow && on)
            m_flow->setChannel(Channel::Entra);
    });
    connect(m_sharePoint, &QRadioButton::toggled, this, [this](bool on) {
        if (m_flow && on)
            m_flow->setChannel(Channel::SharePoint);
    });
    connect(m_preview, &QCheckBox::toggled, this, [this](bool on) {
        if (m_flow)
            m_flow->setPreview(on);
    });
    connect(m_revoke, &QPushButton::clicked, this, &RevokePanel::requestRun);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    render();
}

void RevokePanel::setFlow(RevokeFlow *flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (flow)
        connect(flow, &RevokeFlow::changed, this, &RevokePanel::render);
    render();
}

QList<QWidget *> RevokePanel::focusChain() const
{
    return {m_entra, m_sharePoint, m_preview, m_revoke, m_cancel};
}

void RevokePanel::render()
{
    const bool preview = m_flow && m_flow->isPreview();
    const bool busy = m_flow && m_flow->isBusy();
    const Channel channel = m_flow ? m_flow->channel() : Channel::Entra;
    const std::optional<User> user = m_flow ? m_flow->user() : std::nullopt;
    const QString name = user
            ? (user->displayName.isEmpty() ? user->userPrincipalName : user->displayName)
            : QString();

    // The panel acts on the picked user: with none, it is not shown (and the first frame of an
    // empty window does not lay out or paint it).
    setVisible(user.has_value());
    (channel == Channel::SharePoint ? m_sharePoint : m_entra)->setChecked(true);
    m_preview->setChecked(preview);
    m_channelHelp->setText(
            channel == Channel::SharePoint
                    ? tr("The original Revoke-SPOUserSession operation: signs the user out of "
                         "apps that access Office 365, on every device. Microsoft retired it in "
                         "November 2024, so your tenant may refuse it.")
                    : tr("Signs the user out of browser, desktop and mobile apps on every device, "
                         "then checks that it took effect. Access tokens already issued stay "
                         "valid until they expire, up to about an hour."));

    m_revoke->setText(busy ? tr("Revoking\u2026")
                           : (preview ? tr("Preview sign-out") : tr("Revoke sessions\u2026")));
    if (name.isEmpty())
        m_revoke->setAccessibleName(preview ? tr("Preview sign-out") : tr("Revoke sessions"));
    else
        m_revoke->setAccessibleName(preview ? tr("Preview sign-out of %1").arg(name)
                                            : tr("Revoke sessions of %1").arg(name));
    const bool canRun = m_flow && m_flow->canRun();
    m_revoke->setEnabled(canRun);
    const QString why = user && m_flow ? m_flow->blockedReason() : QString();
    m_revoke->setToolTip(canRun ? QString() : why);
    m_revoke->setAccessibleDescription(canRun ? QString() : why);

    for (QWidget *w : QList<QWidget *> {m_entra, m_sharePoint, m_preview})
        w->setEnabled(!busy);
    m_progressLabel->setText(busy ? tr("Signing out %1\u2026").arg(name) : QString());
    for (QWidget *w : QList<QWidget *> {m_progress, m_progressLabel, m_cancel})
        w->setVisible(busy);
}

void RevokePanel::requestRun()
{
    if (!m_flow || !m_flow->canRun())
        return;
    if (m_flow->isPreview()) {
        m_flow->run(); // -WhatIf: nothing is sent, so nothing to confirm
        return;
    }
    auto *dialog = new ConfirmRevokeDialog(*m_flow->user(), m_flow->targetRoles(),
                                           m_flow->channel(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_flow)
            return;
        Q_EMIT confirmed(dialog->reason());
        m_flow->run();
    });
    dialog->open();
}

} // namespace rc::ui
