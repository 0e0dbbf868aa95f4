#pragma once
// The action area under the card: channel (Entra ID by default, or SharePoint as the cmdlet did),
// the Preview toggle (-WhatIf) and the one button that previews or, after the confirmation
// dialog, revokes. Bound to the RevokeFlow presenter; while a request is in flight it shows
// progress and a Cancel.

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rc {
class RevokeFlow;
}

namespace rc::ui {

class RevokePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokePanel)
public:
    explicit RevokePanel(QWidget *parent = nullptr);

    void setFlow(RevokeFlow *flow);

    // In tab order, for the window to chain them after the search results.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // The person confirmed a revocation (not a preview); the flow is about to run.
    void confirmed(const QString &reason);

private:
    void render();
    void requestRun();

    QPointer<RevokeFlow> m_flow;
    QRadioButton *m_entra;
    QRadioButton *m_sharePoint;
    QLabel *m_channelHelp;
    QCheckBox *m_preview;
    QPushButton *m_revoke;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
};

} // namespace rc::ui
