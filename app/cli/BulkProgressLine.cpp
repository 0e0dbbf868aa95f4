#include "cli/BulkProgressLine.h"

#include "cli/Console.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class BulkProgressLineTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::BulkProgressLine)
};

} // namespace

BulkProgressLine::BulkProgressLine(bool terminal)
    : m_terminal(terminal)
{ }

bool BulkProgressLine::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

QString BulkProgressLine::text(const BulkProgress &p)
{
    const int percent = p.total > 0 ? int(qint64(p.done) * 100 / p.total) : 100;
    if (p.phase == BulkProgress::Phase::Review)
        return BulkProgressLineTr::tr("Looking up: %1 of %2 (%3%)")
                .arg(p.done)
                .arg(p.total)
                .arg(percent);
    QString line = BulkProgressLineTr::tr("Revoking: %1 of %2 (%3%)")
                           .arg(p.done)
                           .arg(p.total)
                           .arg(percent);
    if (p.ratePerSecond > 0)
        line += BulkProgressLineTr::tr(", %1 a second").arg(qRound(p.ratePerSecond));
    if (p.secondsLeft >= 0 && p.done < p.total)
        line += BulkProgressLineTr::tr(", about %1 s left").arg(p.secondsLeft);
    if (p.paused)
        line += BulkProgressLineTr::tr(" (paused)");
    else if (p.waitingSeconds > 0)
        line += BulkProgressLineTr::tr(" (Microsoft 365 is throttling: resuming in %1 s)")
                        .arg(p.waitingSeconds);
    return line;
}

void BulkProgressLine::show(const BulkProgress &progress)
{
    const QString line = text(progress);
    // A terminal line may change often (up to a few times a second); a log gets one a second.
    const int minimumMs = m_terminal ? 200 : 1000;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < minimumMs) {
        m_pending = line;
        return;
    }
    m_pending.clear();
    write(line);
}

void BulkProgressLine::finish()
{
    if (!m_pending.isEmpty())
        write(m_pending);
    m_pending.clear();
    if (m_terminal && m_lastWidth > 0) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    m_lastWidth = 0;
}

void BulkProgressLine::write(const QString &line)
{
    m_sinceLast.start();
    if (!m_terminal) {
        Console::err(line);
        return;
    }
    // Rewritten in place; blanks wipe what a longer previous line left behind.
    QString padded = Console::printable(line);
    const int width = int(padded.size());
    if (width < m_lastWidth)
        padded += QString(m_lastWidth - width, QLatin1Char(' '));
    m_lastWidth = width;
    std::fputc('\r', stderr);
    std::fputs(padded.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace rc::cli
