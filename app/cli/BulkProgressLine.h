#pragma once
// A bulk run's progress on stderr: on a terminal one line rewritten in place (\r), otherwise plain
// lines at most once a second, so that a log file stays readable. text() is the pure part.

#include "bulk/BulkProgress.h"

#include <QElapsedTimer>
#include <QString>

namespace rc::cli {

class BulkProgressLine final
{
public:
    explicit BulkProgressLine(bool terminal);
    static bool stderrIsTerminal();

    void show(const BulkProgress &progress);
    void finish(); // ends a line rewritten in place; shows the last progress if it was held back

    // "Revoking: 1200 of 2000 (60%), 198 a second, about 4 s left"
    static QString text(const BulkProgress &progress);

private:
    void write(const QString &line);

    bool m_terminal;
    QElapsedTimer m_sinceLast;
    QString m_pending; // held back by the once-a-second limit
    int m_lastWidth = 0;
};

} // namespace rc::cli
