#pragma once
// After a real containment: what the sign-in log says since the verified revocation (a
// successful sign-in names its app and time), with "Check again". The log lags by minutes and is
// throttled hard, so it is read once when the steps end and then only when the person asks.

#include "containment/SignInCheck.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rc::ui {

class SignInCheckRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInCheckRow)
public:
    SignInCheckRow(ContainmentClient &client, QWidget *parent = nullptr);
    ~SignInCheckRow() override;

    void check(const QString &userId, const QDateTime &since);
    QString text() const;
    QPushButton *checkAgainButton() const { return m_again; }
    // The object names of its text and button, when another row shares the window.
    void nameParts(const QString &text, const QString &checkAgain);

private:
    void read();
    void showResult(const SignInCheckResult &result);

    ContainmentClient &m_client;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_again;
    QString m_userId;
    QDateTime m_since;
    Call m_call;
};

} // namespace rc::ui
