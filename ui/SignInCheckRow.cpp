#include "ui/SignInCheckRow.h"

#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rc::ui {

namespace {

Tone toneOf(SignInCheckResult::State state)
{
    switch (state) {
    case SignInCheckResult::State::NoSignIn:
        return Tone::Success;
    case SignInCheckResult::State::SignedIn: // something still works: worth a look
        return Tone::Warning;
    case SignInCheckResult::State::Unavailable:
        return Tone::Info;
    case SignInCheckResult::State::Failed:
        return Tone::Error;
    }
    return Tone::Info;
}

} // namespace

SignInCheckRow::SignInCheckRow(ContainmentClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_again(new QPushButton(tr("C&heck again"), this))
{
    setAccessibleName(tr("Sign-ins since the revocation"));
    m_text->setObjectName(names::SignInCheckText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again->setObjectName(names::CheckSignInsAgainButton);
    m_again->setAccessibleName(tr("Check the sign-in log again"));
    m_again->setAccessibleDescription(
            tr("The sign-in log shows a sign-in a few minutes after it happens."));
    m_again->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_again, 0, Qt::AlignTop);
    connect(m_again, &QPushButton::clicked, this, &SignInCheckRow::read);
    hide();
}

SignInCheckRow::~SignInCheckRow()
{
    m_call.cancel();
}

void SignInCheckRow::check(const QString &userId, const QDateTime &since)
{
    m_userId = userId;
    m_since = since;
    show();
    read();
}

void SignInCheckRow::read()
{
    m_call.cancel();
    m_again->setEnabled(false);
    m_icon->clear();
    m_text->setText(tr("Reading the sign-in log since %1\u2026")
                            .arg(m_since.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_call = SignInCheck::run(m_client, m_userId, m_since, this,
                              [this](SignInCheckResult result) { showResult(result); });
}

void SignInCheckRow::showResult(const SignInCheckResult &result)
{
    const Tone tone = toneOf(result.state);
    m_icon->setPixmap(
            SeverityStyle::icon(tone, fontMetrics().height(), devicePixelRatioF(), palette()));
    m_icon->setAccessibleName(SeverityStyle::toneName(tone));
    QString text = tr("Sign-ins since the revocation: %1").arg(result.message);
    if (!result.correlationId.isEmpty())
        text += QLatin1Char(' ') + tr("Correlation id: %1").arg(result.correlationId);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_again->setEnabled(true);
}

void SignInCheckRow::nameParts(const QString &text, const QString &checkAgain)
{
    m_text->setObjectName(text);
    m_again->setObjectName(checkAgain);
}

QString SignInCheckRow::text() const
{
    return m_text->text();
}

} // namespace rc::ui
