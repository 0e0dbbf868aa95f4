#pragma once
// "What still works" after a verified revocation or containment, in plain words with times
// counted from the verified revocation time: new sign-ins and refreshes are blocked at once; apps
// with continuous access evaluation react within minutes; other apps keep the access token they
// hold until it expires. Microsoft's pages behind each sentence are cited in docs/, not here.

#include "directory/User.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace rc::ui {

class WhatStillWorks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatStillWorks)
public:
    explicit WhatStillWorks(QWidget *parent = nullptr);

    // Shows the sentences for this user revoked at `revokedAt`; an invalid time hides them.
    void showFor(const User &user, const QDateTime &revokedAt);
    QString text() const;

    static QStringList lines(const User &user, const QDateTime &revokedAt);

private:
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace rc::ui
