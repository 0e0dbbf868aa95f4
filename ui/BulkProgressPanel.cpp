#include "ui/BulkProgressPanel.h"

#include "bulk/BulkRun.h"
#include "ui/AnnouncePace.h"
#include "ui/ObjectNames.h"
#include "ui/PacedProgressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

BulkProgressPanel::BulkProgressPanel(Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_bar(new PacedProgressBar(this))
    , m_label(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Cancel run"), this))
    , m_pace(new AnnouncePace(
              clock, [this] { announce(); }, this))
{
    setAccessibleName(tr("Progress")); // named, as every container (WCAG 1.3.1)
    m_bar->setObjectName(names::BulkProgress);
    m_bar->setAccessibleName(tr("Bulk sign-out progress"));
    m_bar->setFormat(tr("%v of %m"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_label->setObjectName(names::BulkProgressLabel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_pause->setObjectName(names::BulkPauseButton);
    m_pause->setAccessibleName(tr("Pause: send no more sign-outs for now"));
    m_pause->setAutoDefault(true);
    m_cancel->setObjectName(names::BulkCancelButton);
    // Named by its visible text (WCAG 2.5.3); the description says what it stops.
    m_cancel->setAccessibleDescription(tr("Cancel the run: send no more sign-outs"));
    m_cancel->setAutoDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_label);

    connect(m_pause, &QPushButton::clicked, this, &BulkProgressPanel::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_cancel->setEnabled(false);
        m_pause->setEnabled(false);
        m_latestText = tr("Cancelling: waiting for the answers already on the way\u2026");
        m_pace->step(true);
        m_label->setText(m_latestText);
    });
    setRun(nullptr);
}

QList<QWidget *> BulkProgressPanel::focusChain() const
{
    return {m_pause, m_cancel};
}

void BulkProgressPanel::setRun(BulkRun *run)
{
    m_run = run;
    m_pace->reset();
    m_latest = BulkProgress();
    m_latestText.clear();
    m_announcedPaused = false;
    m_bar->announce(0, 1);
    m_bar->setAccessibleDescription(QString());
    m_label->clear();
    m_label->setAccessibleName(QString());
    m_pause->setText(tr("&Pause"));
    m_pause->setEnabled(false);
    m_cancel->setEnabled(run != nullptr);
    m_pause->setVisible(run != nullptr);
    m_cancel->setVisible(run != nullptr);
}

void BulkProgressPanel::showProgress(const BulkProgress &p)
{
    m_latest = p;
    m_latestText = describe(p);
    m_bar->draw(p.done, p.total);
    // Told at once: a pause or resume, and everyone answered; any other step waits its turn.
    m_pace->step(p.paused != m_announcedPaused || p.done >= p.total);
    m_label->setText(m_latestText); // after the announcement: a named label raises no event
    const bool revoking = p.phase == BulkProgress::Phase::Revoke && m_run && m_run->isRunning();
    m_pause->setEnabled(revoking && p.writing && m_cancel->isEnabled());
    m_pause->setText(p.paused ? tr("&Resume") : tr("&Pause"));
    // Set only when it changes: a new name is news to a screen reader, the same one every step
    // is not.
    const QString pauseName
            = p.paused ? tr("Resume: send the rest") : tr("Pause: send no more sign-outs for now");
    if (m_pause->accessibleName() != pauseName)
        m_pause->setAccessibleName(pauseName);
}

void BulkProgressPanel::showEnded()
{
    m_pause->hide();
    m_cancel->hide();
    m_latestText = describe(m_latest); // the final counts, after a "Cancelling" line
    m_pace->step(true);
    m_label->setText(m_latestText);
}

void BulkProgressPanel::announce()
{
    m_announcedPaused = m_latest.paused;
    m_bar->announce(m_latest.done, m_latest.total);
    m_bar->setAccessibleDescription(m_latestText);
    // The line's name is what it says when announced; its text may run ahead (a label with a
    // name raises no event when its text changes).
    m_label->setAccessibleName(m_latestText);
}

void BulkProgressPanel::togglePause()
{
    if (!m_run)
        return;
    if (m_run->isPaused())
        m_run->resume();
    else
        m_run->pause();
}

QString BulkProgressPanel::describe(const BulkProgress &p)
{
    if (p.phase == BulkProgress::Phase::Review)
        return tr("Looking up people: %1 of %2").arg(p.done).arg(p.total);
    QStringList parts {tr("%1 of %2 done").arg(p.done).arg(p.total)};
    if (p.paused) {
        parts << tr("Paused: nothing new is sent; answers already on the way are still taken");
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    if (p.ratePerSecond > 0)
        parts << tr("%1 per second").arg(p.ratePerSecond, 0, 'f', 1);
    if (p.secondsLeft >= 0 && p.done < p.total)
        parts << tr("about %1 left").arg(duration(p.secondsLeft));
    if (p.waitingSeconds > 0)
        parts << tr("Microsoft 365 is throttling requests, resuming in %n s", nullptr,
                    p.waitingSeconds);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString BulkProgressPanel::duration(int seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, seconds);
    const int minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace rc::ui
