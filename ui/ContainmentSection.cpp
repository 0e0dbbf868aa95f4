#include "ui/ContainmentSection.h"

#include "containment/ContainmentChecks.h"
#include "revocation/RevokeFlow.h"
#include "ui/ObjectNames.h"
#include "ui/PreCheckList.h"
#include "ui/SignInCheckRow.h"
#include "ui/UserCard.h"
#include "ui/WhatStillWorks.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

// The strings keep the card's translation context (UserCard::tr): they are the card's text.
ContainmentSection::ContainmentSection(QWidget *card)
    : QObject(card)
    , m_card(card)
    , m_preChecks(new PreCheckList(card))
    , m_whatStillWorks(new WhatStillWorks(card))
    , m_contain(new QPushButton(UserCard::tr("Respond to a &compromised account\u2026"), card))
    , m_layout(new QVBoxLayout)
{
    m_preChecks->setObjectName(names::CardPreChecks);
    m_whatStillWorks->setObjectName(names::CardWhatStillWorks);
    m_contain->setObjectName(names::ContainButton);
    m_contain->setAutoDefault(true); // Enter presses it when it has the focus
    m_contain->setAccessibleName(UserCard::tr("Respond to a compromised account"));
    connect(m_contain, &QPushButton::clicked, this, &ContainmentSection::containRequested);

    // A sub-layout, not a widget: it inherits the card's spacing and adds no margin.
    m_layout->addWidget(m_preChecks);
    auto *respond = new QHBoxLayout;
    respond->addWidget(m_contain);
    respond->addStretch(1);
    m_layout->addLayout(respond);
    m_layout->addWidget(m_whatStillWorks);
}

void ContainmentSection::setOperatorGrant(std::function<OperatorGrant()> grant)
{
    m_grant = std::move(grant);
}

void ContainmentSection::setContained(const QString &userId, const QDateTime &revokedAt)
{
    m_containedUser = userId;
    m_containedAt = revokedAt;
}

bool ContainmentSection::setSignInCheck(ContainmentClient *client)
{
    if (client == m_signInClient)
        return false;
    delete m_signInCheck; // bound to the old client
    m_signInCheck = nullptr;
    m_signInClient = client;
    m_checkedSignInsOf.clear();
    if (client) {
        m_signInCheck = new SignInCheckRow(*client, m_card);
        m_signInCheck->setObjectName(names::CardSignInCheck);
        // The containment dialog's row keeps the plain names.
        m_signInCheck->nameParts(names::CardSignInCheckText, names::CardCheckSignInsAgainButton);
        m_layout->insertWidget(m_layout->indexOf(m_whatStillWorks) + 1, m_signInCheck);
    }
    return true;
}

void ContainmentSection::hide()
{
    m_preChecks->hide();
    m_whatStillWorks->hide();
    if (m_signInCheck)
        m_signInCheck->hide();
    m_checkedSignInsOf.clear();
    // Nothing to respond to yet; hidden rather than disabled, which also spares the first frame.
    m_contain->hide();
}

void ContainmentSection::showFor(const User &user, const std::optional<RevocationOutcome> &outcome,
                                 const RevokeFlow *flow, bool signedIn)
{
    const OperatorGrant grant = m_grant ? m_grant() : OperatorGrant {};
    const RoleSet roles = flow ? flow->targetRoles() : RoleSet {};
    m_preChecks->setChecks(ContainmentChecks::of(user, roles, grant), false);

    QString why;
    if (!signedIn)
        why = UserCard::tr("Sign in first.");
    else if (user.isGuest())
        why = UserCard::tr(
                "A guest's sessions belong to their home organization: they sign them out.");
    else if (flow && (flow->isBusy() || flow->isJudging()))
        why = UserCard::tr("Wait for the request under way.");
    m_contain->show();
    m_contain->setEnabled(why.isEmpty());
    m_contain->setToolTip(why);
    m_contain->setAccessibleDescription(
            why.isEmpty() ? UserCard::tr("Block sign-in, revoke every session and disable the "
                                         "devices of %1")
                                    .arg(user.displayName)
                          : why);

    // The verified "sessions valid from" of the last revocation, or of this user's containment.
    QDateTime revokedAt = outcome ? outcome->verifiedRevocationTime() : QDateTime();
    if (m_containedUser == user.id && m_containedAt.isValid()
        && (!revokedAt.isValid() || m_containedAt > revokedAt))
        revokedAt = m_containedAt;
    m_whatStillWorks->showFor(user, revokedAt);
    showSignInCheck(user, outcome);
}

void ContainmentSection::showSignInCheck(const User &user,
                                         const std::optional<RevocationOutcome> &outcome)
{
    if (!m_signInCheck)
        return;
    // A containment reads the log in its own dialog; here only the panel's own revocation.
    const QDateTime revokedAt = outcome ? outcome->verifiedRevocationTime() : QDateTime();
    if (!revokedAt.isValid()) {
        m_checkedSignInsOf.clear();
        m_signInCheck->hide();
        return;
    }
    // Read once per revocation: the card renders again on every change of the flow.
    const QString key = user.id + QLatin1Char(' ') + revokedAt.toString(Qt::ISODateWithMs);
    if (key == m_checkedSignInsOf)
        return;
    m_checkedSignInsOf = key;
    m_signInCheck->check(user.id, revokedAt);
}

} // namespace rc::ui
