#pragma once
// The containment's steps as they end: one row per step in Microsoft's order (block sign-in,
// revoke sessions, disable devices), a sub-row per device, each in one of the states the CLI
// prints (done and verified, done but not verified, refused with who can, skipped with why,
// failed, what if). Rows wait as "Waiting" until their step's stepFinished arrives.

#include "containment/ContainmentStep.h"

#include <QTreeWidget>

namespace rc::ui {

class ContainmentStepList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainmentStepList)
public:
    explicit ContainmentStepList(QWidget *parent = nullptr);

    // The three steps' rows: "Not started" before a run, "Waiting" once it starts.
    void start(bool running);
    void showStep(const ContainmentStepResult &step);
    // The text of a step's row ("Disable devices: refused. ..."), and of its device rows.
    QString rowText(ContainmentStepKind kind) const;
    QStringList deviceRows(ContainmentStepKind kind = ContainmentStepKind::DisableDevices) const;

    static QString stateWords(ContainmentStepResult::State state);

private:
    QTreeWidgetItem *row(ContainmentStepKind kind) const;
    void fill(QTreeWidgetItem *item, const QString &title, ContainmentStepResult::State state,
              const QString &detail);
};

} // namespace rc::ui
