#pragma once
// What an admin should know about the picked user before acting (ContainmentChecks): one line
// per check, each in its tone, so a synced account, an administrator or the operator's own account
// stands out before any button is pressed. The card and the containment dialog both show it.

#include "containment/ContainmentChecks.h"

#include <QWidget>

class QVBoxLayout;

namespace rc::ui {

class PreCheckList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreCheckList)
public:
    explicit PreCheckList(QWidget *parent = nullptr);

    // A guest's refusal is left out when `withGuest` is false: the card says it in its notice.
    void setChecks(const QList<PreCheck> &checks, bool withGuest = true);
    QStringList sentences() const { return m_sentences; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QVBoxLayout *m_layout;
    QList<PreCheck> m_checks;
    QStringList m_sentences;
    bool m_restyling = false;
};

} // namespace rc::ui
