#pragma once
// Where a bulk run stands, under the table: a bar (done of total), a line with the rate, the time
// left, a throttling wait or the pause, and the Pause/Resume and Cancel buttons. Bound to one
// BulkRun at a time; it only renders the run's progress and forwards the buttons to it.

#include "bulk/BulkProgress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rc {
class BulkRun;
}

namespace rc::ui {

class BulkProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkProgressPanel)
public:
    explicit BulkProgressPanel(QWidget *parent = nullptr);

    void setRun(BulkRun *run); // null: nothing under way
    void showProgress(const BulkProgress &progress);
    // The run is over: the bar stays at where it ended, the buttons go.
    void showEnded();
    QList<QWidget *> focusChain() const;

    static QString describe(const BulkProgress &progress);
    static QString duration(int seconds);

private:
    void togglePause();

    QPointer<BulkRun> m_run;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_pause;
    QPushButton *m_cancel;
};

} // namespace rc::ui
