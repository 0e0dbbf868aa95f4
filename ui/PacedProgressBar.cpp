#include "ui/PacedProgressBar.h"

#include <QStyleOptionProgressBar>
#include <QStylePainter>

namespace rc::ui {

PacedProgressBar::PacedProgressBar(QWidget *parent)
    : QProgressBar(parent)
{ }

void PacedProgressBar::draw(int done, int total)
{
    m_total = qMax(1, total);
    m_done = qBound(0, done, m_total);
    update();
}

void PacedProgressBar::announce(int done, int total)
{
    draw(done, total);
    setRange(0, m_total);
    setValue(m_done);
}

void PacedProgressBar::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionProgressBar option;
    initStyleOption(&option);
    option.minimum = 0;
    option.maximum = m_total;
    option.progress = m_done;
    // QProgressBar::text() for the drawn step rather than the announced one.
    QString text = format();
    text.replace(QLatin1String("%m"), locale().toString(m_total));
    text.replace(QLatin1String("%v"), locale().toString(m_done));
    text.replace(QLatin1String("%p"), locale().toString(m_done * 100 / m_total));
    option.text = text;
    painter.drawControl(QStyle::CE_ProgressBar, option);
}

} // namespace rc::ui
