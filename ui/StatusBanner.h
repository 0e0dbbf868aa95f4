#pragma once
// The outcome banner above the user pane: one message at a time (an outcome's StatusMessage, or a
// sign-in / network error), with a severity colour and icon, the time, the correlation id, "Copy
// details", a dismiss button and, after SharePoint's FeatureDisabled, "Use Entra ID instead".
// Hidden until the first message; screen readers are told when a message arrives.

#include "revocation/StatusMessage.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace rc::ui {

class StatusBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBanner)
public:
    explicit StatusBanner(QWidget *parent = nullptr);

    // Replaces whatever is shown. `reason` is the ticket the person typed when confirming.
    void showMessage(const StatusMessage &message, const QString &reason = {});
    void showError(const ServiceError &error);
    // A sentence of the app's own (a profile imported, the keychain unavailable).
    void showText(StatusMessage::Severity severity, const QString &text);
    // Showing a warning or an error right now (which a mere note should not replace).
    bool showsProblem() const;
    void dismiss();
    // The "Use Entra ID instead" offer no longer applies (another user was picked).
    void withdrawOffer();

    StatusMessage message() const { return m_message; }
    // What "Copy details" puts on the clipboard: message, details, time and correlation id.
    QString detailsForClipboard() const;

Q_SIGNALS:
    void shown(const rc::StatusMessage &message); // a new message is on screen
    void entraChannelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void restyle();
    void announce();
    void copyDetails();

    StatusMessage m_message;
    QString m_reason;
    QString m_developerDetail;
    QDateTime m_shownAt;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QLabel *m_meta;
    QPushButton *m_useEntra;
    QPushButton *m_copy;
    QToolButton *m_dismiss;
    bool m_restyling = false;
};

} // namespace rc::ui
