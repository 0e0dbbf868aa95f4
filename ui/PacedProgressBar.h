#pragma once
// A progress bar that draws a step at once while the value it reports to assistive technology
// (QProgressBar's own, whose every change raises an accessibility event) is set only when the
// owner announces it: the eye sees every answer, a screen reader hears them at a limited pace.

#include <QProgressBar>

namespace rc::ui {

class PacedProgressBar final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedProgressBar)
public:
    explicit PacedProgressBar(QWidget *parent = nullptr);

    void draw(int done, int total); // shown at once, reported to nobody
    void announce(int done, int total); // what assistive technology reads from now on, and drawn

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_done = 0;
    int m_total = 1;
};

} // namespace rc::ui
