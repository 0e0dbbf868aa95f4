#pragma once
// Where a bulk run stands, under the table: a bar (done of total), a line with the rate, the time
// left, a throttling wait or the pause, and the Pause/Resume and Cancel buttons. Bound to one
// BulkRun at a time; it only renders the run's progress and forwards the buttons to it. The bar
// and the line show every step; what assistive technology is told (the bar's value and
// description, the line's name) follows AnnouncePace: the first step, then at most every 5 s,
// and at once on a pause, a resume, a cancel and the end.

#include "bulk/BulkProgress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rc {
class BulkRun;
class Clock;
} // namespace rc

namespace rc::ui {

class AnnouncePace;
class PacedProgressBar;

class BulkProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkProgressPanel)
public:
    // clock: what paces the announcements; it must outlive the panel.
    explicit BulkProgressPanel(Clock &clock, QWidget *parent = nullptr);

    void setRun(BulkRun *run); // null: nothing under way
    void showProgress(const BulkProgress &progress);
    // The run is over: the bar stays at where it ended, the buttons go.
    void showEnded();
    QList<QWidget *> focusChain() const;

    static QString describe(const BulkProgress &progress);
    static QString duration(int seconds);

private:
    void togglePause();
    void announce(); // the latest step, to assistive technology

    QPointer<BulkRun> m_run;
    BulkProgress m_latest;
    QString m_latestText;
    bool m_announcedPaused = false;
    PacedProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    AnnouncePace *m_pace;
};

} // namespace rc::ui
