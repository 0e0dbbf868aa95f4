#include "ui/PreCheckList.h"

#include "ui/SeverityStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

Tone toneOf(PreCheck::Kind kind)
{
    switch (kind) {
    case PreCheck::Kind::AlreadyDisabled:
    case PreCheck::Kind::DevicesNotPermitted: // "may not": the service has the last word
        return Tone::Info;
    case PreCheck::Kind::Guest:
    case PreCheck::Kind::Synced:
    case PreCheck::Kind::AdminTarget:
    case PreCheck::Kind::Self:
    case PreCheck::Kind::BlockNotPermitted:
    case PreCheck::Kind::RevokeNotPermitted:
        return Tone::Warning;
    }
    return Tone::Info;
}

} // namespace

PreCheckList::PreCheckList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setAccessibleName(tr("Before you act"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void PreCheckList::setChecks(const QList<PreCheck> &checks, bool withGuest)
{
    m_checks.clear();
    for (const PreCheck &check : checks) {
        if (withGuest || check.kind != PreCheck::Kind::Guest)
            m_checks.append(check);
    }
    render();
}

void PreCheckList::render()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sentences.clear();
    const int iconSize = fontMetrics().height();
    for (const PreCheck &check : m_checks) {
        const Tone tone = toneOf(check.kind);
        // The icon's shape carries the tone too, so the meaning does not rest on colour alone.
        auto *icon = new QLabel(this);
        icon->setPixmap(SeverityStyle::icon(tone, iconSize, devicePixelRatioF(), palette()));
        icon->setAccessibleName(SeverityStyle::toneName(tone));
        auto *text = new QLabel(check.sentence, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setAccessibleName(tr("%1: %2").arg(SeverityStyle::toneName(tone), check.sentence));
        auto *line = new QWidget(this);
        line->setAccessibleName(
                tr("Check %1 of %2").arg(m_sentences.size() + 1).arg(m_checks.size()));
        auto *row = new QHBoxLayout(line);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_layout->addWidget(line);
        m_sentences << check.sentence;
    }
    setAccessibleDescription(m_sentences.join(QLatin1Char('\n')));
    setVisible(!m_sentences.isEmpty());
}

void PreCheckList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        render();
        m_restyling = false;
    }
}

} // namespace rc::ui
