#include "ui/ContainmentStepList.h"

#include "ui/SeverityStyle.h"

#include <QHeaderView>

namespace rc::ui {

namespace {

using StepState = ContainmentStepResult::State;

constexpr ContainmentStepKind Steps[]
        = {ContainmentStepKind::BlockSignIn, ContainmentStepKind::RevokeSessions,
           ContainmentStepKind::DisableDevices};

Tone toneOf(StepState state)
{
    switch (state) {
    case StepState::Verified:
        return Tone::Success;
    case StepState::NotVerified:
    case StepState::Refused:
        return Tone::Warning;
    case StepState::Failed:
        return Tone::Error;
    case StepState::Skipped:
    case StepState::Preview:
        return Tone::Info;
    }
    return Tone::Info;
}

} // namespace

ContainmentStepList::ContainmentStepList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Containment steps"));
    setColumnCount(3);
    setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    setRootIsDecorated(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setMinimumHeight(fontMetrics().height() * 9);
}

QString ContainmentStepList::stateWords(StepState state)
{
    switch (state) {
    case StepState::Verified:
        return tr("Done and verified");
    case StepState::NotVerified:
        return tr("Done, not verified");
    case StepState::Refused:
        return tr("Refused");
    case StepState::Skipped:
        return tr("Skipped");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Preview:
        return tr("What if");
    }
    return {};
}

void ContainmentStepList::start(bool running)
{
    clear();
    const QString state = running ? tr("Waiting") : tr("Not started");
    for (const ContainmentStepKind kind : Steps) {
        auto *item = new QTreeWidgetItem(this, {stepTitle(kind), state, QString()});
        item->setData(0, Qt::UserRole, int(kind));
    }
}

QTreeWidgetItem *ContainmentStepList::row(ContainmentStepKind kind) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(kind))
            return topLevelItem(i);
    }
    return nullptr;
}

void ContainmentStepList::fill(QTreeWidgetItem *item, const QString &title, StepState state,
                               const QString &detail)
{
    const Tone tone = toneOf(state);
    item->setText(0, title);
    item->setText(1, stateWords(state));
    item->setText(2, detail);
    item->setToolTip(2, detail);
    item->setIcon(1,
                  QIcon(SeverityStyle::icon(tone, fontMetrics().height(), devicePixelRatioF(),
                                            palette())));
    // What a screen reader says for the row: the state in words, never the icon's colour.
    item->setData(0, Qt::AccessibleTextRole,
                  tr("%1: %2. %3").arg(title, stateWords(state), detail).trimmed());
}

void ContainmentStepList::showStep(const ContainmentStepResult &step)
{
    QTreeWidgetItem *item = row(step.kind);
    if (!item) {
        item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, int(step.kind));
    }
    QString detail = step.message;
    if (step.state == StepState::Refused && !step.whoCan.isEmpty())
        detail += QLatin1Char(' ') + tr("Who can: %1.").arg(step.whoCan);
    if (!step.correlationId.isEmpty())
        detail += QLatin1Char(' ') + tr("Correlation id: %1").arg(step.correlationId);
    fill(item, stepTitle(step.kind), step.state, detail.trimmed());
    qDeleteAll(item->takeChildren());
    for (const auto &device : step.devices)
        fill(new QTreeWidgetItem(item), device.device.label(), device.state, device.message);
    item->setExpanded(true);
}

QString ContainmentStepList::rowText(ContainmentStepKind kind) const
{
    const QTreeWidgetItem *item = row(kind);
    return item ? item->data(0, Qt::AccessibleTextRole).toString() : QString();
}

QStringList ContainmentStepList::deviceRows(ContainmentStepKind kind) const
{
    QStringList rows;
    if (const QTreeWidgetItem *item = row(kind)) {
        for (int i = 0; i < item->childCount(); ++i)
            rows << item->child(i)->data(0, Qt::AccessibleTextRole).toString();
    }
    return rows;
}

} // namespace rc::ui
