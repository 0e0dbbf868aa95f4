#include "ui/WhatStillWorks.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

// Continuous access evaluation: "latency of up to 15 minutes might be observed".
constexpr int CaeMinutes = 15;
// An access token lives 60 to 90 minutes by default: the latest it can still be used.
constexpr int TokenMinutes = 90;

QString clock(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

WhatStillWorks::WhatStillWorks(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("What still works"), this))
    , m_body(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("What still works"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    hide();
}

QStringList WhatStillWorks::lines(const User &user, const QDateTime &revokedAt)
{
    QStringList lines;
    lines << tr("New sign-ins and token refreshes are blocked since %1.").arg(clock(revokedAt));
    lines << tr("Exchange Online, SharePoint Online and Teams use continuous access evaluation: "
                "they react within minutes, by about %1 at the latest.")
                     .arg(clock(revokedAt.addSecs(CaeMinutes * 60)));
    lines << tr("Other apps keep an access token they already hold until it expires, typically "
                "60 to 90 minutes: until about %1.")
                     .arg(clock(revokedAt.addSecs(TokenMinutes * 60)));
    lines << tr("Office web apps and the OneDrive sync client do not use continuous access "
                "evaluation: they keep working like the other apps until their token expires.");
    if (user.isGuest())
        lines << tr("A guest is not affected here: their home organization has to sign them "
                    "out.");
    if (user.onPremisesSyncEnabled == true)
        lines << tr("The account is synced from on-premises Active Directory: it stays usable "
                    "on-premises until it is blocked there.");
    return lines;
}

void WhatStillWorks::showFor(const User &user, const QDateTime &revokedAt)
{
    if (!revokedAt.isValid()) {
        m_body->clear();
        hide();
        return;
    }
    QStringList bullets;
    for (const QString &line : lines(user, revokedAt))
        bullets << QStringLiteral("\u2022 ") + line;
    m_body->setText(bullets.join(QLatin1Char('\n')));
    setAccessibleDescription(m_body->text());
    show();
}

QString WhatStillWorks::text() const
{
    return m_body->text();
}

} // namespace rc::ui
