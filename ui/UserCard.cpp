#include "ui/UserCard.h"

#include "revocation/RevokeFlow.h"
#include "ui/ContainmentSection.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"
#include "ui/UserResultDelegate.h"
#include "ui/WrappedLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // directory data is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString localTime(const QDateTime &time, bool withSeconds)
{
    return time.toLocalTime().toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                   : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString initials(const User &user)
{
    const QStringList words = user.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString letters;
    for (const QString &word : words) {
        if (word.at(0).isLetter())
            letters += word.at(0).toUpper();
        if (letters.size() == 2)
            break;
    }
    if (letters.isEmpty() && !user.userPrincipalName.isEmpty())
        letters = user.userPrincipalName.at(0).toUpper();
    return letters;
}

QPixmap avatar(const QString &letters, int size, qreal dpr, const QPalette &palette,
               const QFont &font)
{
    QPixmap pixmap(qRound(size * dpr), qRound(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const ToneColors c = SeverityStyle::colors(Tone::Info, palette);
    p.setPen(c.border);
    p.setBrush(c.background);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont f = font;
    f.setBold(true);
    f.setPixelSize(qMax(1, size * 2 / 5));
    p.setFont(f);
    p.setPen(c.accent);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letters);
    return pixmap;
}

QLabel *badge(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void tint(QLabel *label, Tone tone, const QPalette &palette, bool pill)
{
    const ToneColors c = SeverityStyle::colors(tone, palette);
    label->setStyleSheet(
            QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px "
                           "solid %3; border-radius: %4; padding: %5; }")
                    .arg(c.background.name(),
                         pill ? c.accent.name() : palette.color(QPalette::WindowText).name(),
                         c.border.name(), pill ? QStringLiteral("0.6em") : QStringLiteral("4px"),
                         pill ? QStringLiteral("1px 0.6em") : QStringLiteral("0.5em 0.8em")));
}

} // namespace

UserCard::UserCard(QWidget *parent)
    : QFrame(parent)
    , m_avatar(new QLabel(this))
    , m_name(valueLabel(this))
    , m_upn(valueLabel(this))
    , m_guestBadge(badge(UserResultDelegate::guestBadgeText(), this))
    , m_disabledBadge(badge(UserResultDelegate::disabledBadgeText(), this))
    , m_empty(new WrappedLabel(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_notice(valueLabel(this))
    , m_containment(new ContainmentSection(this))
{
    setObjectName(names::UserCard);
    // Inside the "Selected user" scroll area: named for what it is, the user in its description.
    setAccessibleName(tr("User details"));
    m_details->setAccessibleName(tr("Directory details"));
    m_name->setObjectName(names::CardDisplayName);
    m_upn->setObjectName(names::CardUpn);
    m_notice->setObjectName(names::CardNotice);
    connect(m_containment, &ContainmentSection::containRequested, this,
            &UserCard::containRequested);
    QFont big = m_name->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    // A hint, not directory data: nothing to select, so it lays out as plain text (a selectable
    // label lays out a whole text document at every width the layout asks about).
    m_empty->setObjectName(names::CardHint);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Pick a user from the search results to check who they are before you "
                        "sign them out."));

    auto *title = new QVBoxLayout;
    title->setSpacing(0);
    title->addWidget(m_name);
    title->addWidget(m_upn);
    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(title, 1);
    header->addWidget(m_guestBadge, 0, Qt::AlignTop);
    header->addWidget(m_disabledBadge, 0, Qt::AlignTop);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mail = addRow(tr("Mail"));
    m_jobTitle = addRow(tr("Job title"));
    m_department = addRow(tr("Department"));
    m_enabled = addRow(tr("Account"));
    m_userType = addRow(tr("User type"));
    m_created = addRow(tr("Created"));
    m_sessions = addRow(tr("Sessions valid from"), names::CardSessionsValidFrom);
    m_sessions->setToolTip(tr("Sign-ins and refresh tokens issued before this time are refused. "
                              "Revoking sessions moves it to now."));
    m_lastSignIn = addRow(tr("Last sign-in"), names::CardLastSignIn);
    m_roles = addRow(tr("Directory roles"), names::CardRoles);
    for (QLabel *secondary : {m_upn, m_empty, m_lastSignIn})
        secondary->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addLayout(m_containment->layout());
    layout->addStretch(1);
    showEmpty();
}

QLabel *UserCard::addRow(const QString &label, const QString &objectName)
{
    // The caption first: children are read in the order they were made (WCAG 1.3.2).
    auto *caption = new QLabel(label, m_details);
    QLabel *value = valueLabel(m_details);
    value->setObjectName(objectName);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void UserCard::setFlow(RevokeFlow *flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (flow)
        connect(flow, &RevokeFlow::changed, this, &UserCard::render);
    render();
}

QPushButton *UserCard::containButton() const
{
    return m_containment->containButton();
}

void UserCard::setOperatorGrant(std::function<OperatorGrant()> grant)
{
    m_containment->setOperatorGrant(std::move(grant));
    render();
}

void UserCard::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    render();
}

void UserCard::setContained(const QString &userId, const QDateTime &revokedAt)
{
    m_containment->setContained(userId, revokedAt);
    render();
}

void UserCard::setSignInCheck(ContainmentClient *client)
{
    if (m_containment->setSignInCheck(client))
        render();
}

void UserCard::render()
{
    if (!m_flow || !m_flow->user()) {
        showEmpty();
        return;
    }
    showUser(*m_flow->user(), m_flow->lastOutcome());
}

void UserCard::showEmpty()
{
    for (QWidget *w : QList<QWidget *> {m_avatar, m_name, m_upn, m_guestBadge, m_disabledBadge,
                                        m_details, m_notice})
        w->hide();
    m_containment->hide();
    // Signed out, there is nothing to pick yet: the search box says to sign in, and the card
    // stays blank (which also spares the first frame laying this paragraph out).
    m_empty->setVisible(m_signedIn);
    setAccessibleDescription(m_signedIn ? m_empty->text() : QString());
}

void UserCard::showUser(const User &user, const std::optional<RevocationOutcome> &outcome)
{
    m_empty->hide();
    const int avatarSize = fontMetrics().height() * 3;
    m_avatar->setPixmap(avatar(initials(user), avatarSize, devicePixelRatioF(), palette(), font()));
    m_avatar->setAccessibleName(tr("Initials of %1").arg(user.displayName));
    m_name->setText(orDash(user.displayName));
    m_upn->setText(user.userPrincipalName);
    const bool disabled = user.accountEnabled.has_value() && !*user.accountEnabled;
    if (!m_badgesStyled) {
        m_badgesStyled = true;
        restyle();
    }
    m_guestBadge->setVisible(user.isGuest());
    m_disabledBadge->setVisible(disabled);

    m_mail->setText(orDash(user.mail));
    m_jobTitle->setText(orDash(user.jobTitle));
    m_department->setText(orDash(user.department));
    if (!user.accountEnabled.has_value())
        m_enabled->setText(tr("Unknown"));
    else
        m_enabled->setText(*user.accountEnabled ? tr("Enabled") : tr("Disabled: cannot sign in"));
    m_userType->setText(user.isGuest() ? tr("Guest") : orDash(user.userType));
    m_created->setText(user.createdDateTime.isValid() ? localTime(user.createdDateTime, false)
                                                      : QStringLiteral("\u2014"));
    m_sessions->setText(sessionsText(user, outcome));
    m_lastSignIn->setText(lastSignInText());
    m_roles->setText(rolesText(user));
    for (QWidget *w : QList<QWidget *> {m_avatar, m_name, m_upn, m_details})
        w->show();
    showNotice(user);
    m_containment->showFor(user, outcome, m_flow, m_signedIn);
    QStringList spoken {user.displayName, user.userPrincipalName};
    if (!m_notice->text().isEmpty())
        spoken << m_notice->text();
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

QString UserCard::lastSignInText() const
{
    const RevokeFlow::LastSignIn last = m_flow ? m_flow->lastSignIn() : RevokeFlow::LastSignIn {};
    switch (last.state) {
    case RevokeFlow::LastSignIn::State::Known:
        return last.at.isValid() ? localTime(last.at, true) : tr("Never");
    case RevokeFlow::LastSignIn::State::NotAvailable:
        return last.why;
    case RevokeFlow::LastSignIn::State::Loading:
        return tr("Loading\u2026");
    case RevokeFlow::LastSignIn::State::Unknown:
        break;
    }
    return QStringLiteral("\u2014");
}

QString UserCard::rolesText(const User &user) const
{
    if (!m_flow || user.isGuest())
        return QStringLiteral("\u2014");
    if (m_flow->areTargetRolesLoading())
        return tr("Loading\u2026");
    const RoleSet roles = m_flow->targetRoles();
    if (!roles.isKnown())
        return tr("Unknown: %1").arg(roles.unknownReason());
    return roles.holdsAnyRole() ? roles.names().join(tr(", ")) : tr("None");
}

void UserCard::showNotice(const User &user)
{
    const QString blocked = m_flow ? m_flow->blockedReason() : QString();
    const RevokeVerdict verdict = m_flow ? m_flow->verdict() : RevokeVerdict {};
    const RoleSet roles = m_flow ? m_flow->targetRoles() : RoleSet {};
    if (!blocked.isEmpty()) {
        m_notice->setText(user.isGuest() ? blocked + QLatin1Char('\n')
                                          + tr("A guest's sessions belong to their home "
                                               "organization, whose admins can sign them out.")
                                         : blocked);
        tint(m_notice, Tone::Warning, palette(), false);
        m_notice->show();
    } else if (roles.holdsAnyRole()) {
        m_notice->setText(tr("%1 holds an administrator role (%2). Check that signing them out "
                             "is intended.")
                                  .arg(user.displayName, roles.names().join(tr(", "))));
        tint(m_notice, Tone::Warning, palette(), false);
        m_notice->show();
    } else if (verdict.kind == RevokeVerdict::Kind::Unknown && !verdict.reason.isEmpty()
               && !m_flow->isJudging()) {
        m_notice->setText(verdict.reason);
        tint(m_notice, Tone::Info, palette(), false);
        m_notice->show();
    } else if (user.accountEnabled.has_value() && !*user.accountEnabled) {
        m_notice->setText(tr("This account is disabled, so it cannot sign in again. Revoke its "
                             "sessions too, so that apps signed in earlier are signed out."));
        tint(m_notice, Tone::Info, palette(), false);
        m_notice->show();
    } else {
        m_notice->clear();
        m_notice->hide();
    }
}

QString UserCard::sessionsText(const User &user,
                               const std::optional<RevocationOutcome> &outcome) const
{
    if (outcome && outcome->sessionsValidFromBefore.isValid()
        && outcome->sessionsValidFromAfter.isValid()) {
        const QString before = localTime(outcome->sessionsValidFromBefore, true);
        if (outcome->sessionsValidFromAfter == outcome->sessionsValidFromBefore)
            return tr("%1 (unchanged by the revocation)").arg(before);
        return tr("%1 \u2192 %2 (moved by the revocation)")
                .arg(before, localTime(outcome->sessionsValidFromAfter, true));
    }
    if (!user.signInSessionsValidFrom.isValid())
        return tr("Never revoked");
    return localTime(user.signInSessionsValidFrom, true);
}

void UserCard::restyle()
{
    // Style sheets are costly to set up, and the empty card of the first frame shows no badge.
    if (!m_badgesStyled)
        return;
    tint(m_guestBadge, Tone::Info, palette(), true);
    tint(m_disabledBadge, Tone::Warning, palette(), true);
}

void UserCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        restyle();
        render();
        m_restyling = false;
    }
}

} // namespace rc::ui
