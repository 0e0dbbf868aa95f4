#include "ui/StatusBanner.h"

#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    // Service messages are shown as plain text, never interpreted as markup.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Assistive technology sees the banner as an alert (AT-SPI's "alert" role), not a plain frame:
// screen readers speak an alert when it appears. Qt 6.4 has no announcement event, and its
// AT-SPI bridge forwards no QAccessible::Alert event.
QAccessibleInterface *bannerAsAlert(const QString &className, QObject *object)
{
    if (className == QLatin1String(StatusBanner::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(plainLabel(this))
    , m_details(plainLabel(this))
    , m_meta(plainLabel(this))
    , m_useEntra(new QPushButton(tr("Use Entra ID instead"), this))
    , m_copy(new QPushButton(tr("Copy details"), this))
    , m_dismiss(new QToolButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(bannerAsAlert);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(names::StatusBanner);
    m_text->setObjectName(names::BannerText);
    m_details->setObjectName(names::BannerDetails);
    m_meta->setObjectName(names::BannerMeta);
    m_useEntra->setObjectName(names::UseEntraButton);
    m_copy->setObjectName(names::CopyDetailsButton);
    m_copy->setAutoDefault(true); // Enter presses a focused button, as in dialogs
    m_useEntra->setAutoDefault(true);
    m_dismiss->setObjectName(names::DismissBannerButton);

    QFont headline = m_text->font();
    headline.setBold(true);
    m_text->setFont(headline);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_useEntra->setAccessibleName(tr("Use Entra ID instead: sign the same user out of every "
                                     "Microsoft 365 app"));
    m_copy->setAccessibleName(tr("Copy details of this message"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);

    // Time and correlation id share a line with the actions: the banner stays short.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_meta, 1);
    footer->addWidget(m_useEntra);
    footer->addWidget(m_copy);

    auto *body = new QVBoxLayout;
    body->addWidget(m_text);
    body->addWidget(m_details);
    body->addLayout(footer);

    auto *row = new QHBoxLayout(this);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(body, 1);
    row->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_useEntra, &QPushButton::clicked, this, [this] {
        withdrawOffer(); // one click, one revocation
        Q_EMIT entraChannelRequested();
    });
    connect(m_copy, &QPushButton::clicked, this, &StatusBanner::copyDetails);
    connect(m_dismiss, &QToolButton::clicked, this, &StatusBanner::dismiss);
    hide();
}

void StatusBanner::showMessage(const StatusMessage &message, const QString &reason)
{
    m_message = message;
    m_reason = reason.trimmed();
    m_developerDetail.clear();
    m_shownAt = QDateTime::currentDateTime();
    render();
}

void StatusBanner::showError(const ServiceError &error)
{
    StatusMessage message;
    message.severity = StatusMessage::Severity::Error;
    message.text = error.message;
    message.correlationId = error.correlationId;
    showMessage(message);
    // Only for the clipboard: what support staff need, never shown as the headline.
    QStringList developer;
    if (!error.serviceCode.isEmpty())
        developer << tr("Service code: %1").arg(error.serviceCode);
    if (!error.detail.isEmpty())
        developer << error.detail;
    m_developerDetail = developer.join(QLatin1Char('\n'));
}

void StatusBanner::showText(StatusMessage::Severity severity, const QString &text)
{
    StatusMessage message;
    message.severity = severity;
    message.text = text;
    showMessage(message);
}

bool StatusBanner::showsProblem() const
{
    return !isHidden()
            && (m_message.severity == StatusMessage::Severity::Warning
                || m_message.severity == StatusMessage::Severity::Error);
}

void StatusBanner::dismiss()
{
    hide();
    m_message = {};
}

void StatusBanner::withdrawOffer()
{
    m_message.offerEntraChannel = false;
    m_useEntra->hide();
}

void StatusBanner::render()
{
    m_text->setText(m_message.text);
    QStringList details = m_message.details;
    if (!m_reason.isEmpty())
        details << tr("Reason or ticket: %1").arg(m_reason);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());

    QString meta = QLocale().toString(m_shownAt.time(), QStringLiteral("HH:mm:ss"));
    if (!m_message.correlationId.isEmpty())
        meta += QStringLiteral("  ·  ") + tr("Correlation id: %1").arg(m_message.correlationId);
    m_meta->setText(meta);
    m_useEntra->setVisible(m_message.offerEntraChannel);
    m_copy->setText(tr("Copy details"));
    // On first show, not at start-up: the banner starts hidden, and the icon theme's first
    // look-up is dear.
    if (m_dismiss->icon().isNull())
        m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    restyle();
    show();
    announce();
    Q_EMIT shown(m_message);
}

void StatusBanner::restyle()
{
    // Setting a style sheet can itself deliver a palette change: do not recurse.
    if (m_restyling)
        return;
    const QScopedValueRollback<bool> guard(m_restyling, true);
    const Tone tone = SeverityStyle::toneOf(m_message.severity);
    const ToneColors c = SeverityStyle::colors(tone, palette());
    // Selectors by objectName, so the tint stays on the banner frame and not its children.
    setStyleSheet(
            QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3;"
                           " border-left: 4px solid %4; border-radius: 4px; }")
                    .arg(objectName(), c.background.name(), c.border.name(), c.accent.name()));
    const int size = qRound(fontMetrics().height() * 1.5);
    m_icon->setPixmap(SeverityStyle::icon(tone, size, devicePixelRatioF(), palette()));
    m_icon->setMinimumWidth(size);
    m_icon->setAccessibleName(SeverityStyle::toneName(tone));
}

void StatusBanner::announce()
{
    // The banner speaks for itself: its accessible name is the message, so a screen reader that
    // is told about the alert reads exactly what a sighted person sees.
    setAccessibleName(SeverityStyle::toneName(SeverityStyle::toneOf(m_message.severity))
                      + QStringLiteral(": ") + m_message.text);
    setAccessibleDescription(m_details->text());
    m_text->setAccessibleName(m_message.text);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent nameChanged(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString StatusBanner::detailsForClipboard() const
{
    QStringList lines {m_message.text};
    lines << m_message.details;
    if (!m_reason.isEmpty())
        lines << tr("Reason or ticket: %1").arg(m_reason);
    lines << tr("Time: %1 (%2)")
                     .arg(QLocale().toString(m_shownAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          formatUtc(m_shownAt));
    if (!m_message.correlationId.isEmpty())
        lines << tr("Correlation id: %1").arg(m_message.correlationId);
    if (!m_developerDetail.isEmpty())
        lines << m_developerDetail;
    return lines.join(QLatin1Char('\n'));
}

void StatusBanner::copyDetails()
{
    QGuiApplication::clipboard()->setText(detailsForClipboard());
    m_copy->setText(tr("Copied"));
}

void StatusBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible())
        restyle();
}

} // namespace rc::ui
