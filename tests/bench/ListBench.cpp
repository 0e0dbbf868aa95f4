#include "ListBench.h"

#include "bulk/UpnList.h"

#include <QElapsedTimer>

#include <ctime>

namespace rc::bench {

namespace {

// A header of `columns` names none of which says "user name", then rows of two columns, neither
// of user names: the worst case for the search of a column by its values.
QByteArray wideFirstLine(int columns, int rows)
{
    QByteArray bytes;
    for (int c = 0; c < columns; ++c)
        bytes += (c ? ",Field " : "Field ") + QByteArray::number(c);
    bytes += "\r\n";
    for (int r = 0; r < rows; ++r)
        bytes += "Person " + QByteArray::number(r) + ",Sales\r\n";
    return bytes;
}

// `columns` fields on every row, the user names in the last one.
QByteArray wideEveryLine(int columns, int rows)
{
    QByteArray filler;
    for (int c = 1; c < columns; ++c)
        filler += "x,";
    QByteArray bytes;
    for (int r = 0; r < rows; ++r)
        bytes += filler + "user" + QByteArray::number(r) + "@contoso.onmicrosoft.com\r\n";
    return bytes;
}

void measure(const QString &key, const QString &label, const QByteArray &bytes, Report &report)
{
    const std::clock_t cpu = std::clock();
    QElapsedTimer wall;
    wall.start();
    const Result<UpnList> list = UpnList::fromBytes(bytes, QStringLiteral("wide.csv"));
    const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const qint64 wallMs = wall.elapsed();
    report.add(key + QStringLiteral("CpuMs"), label + QStringLiteral(" (CPU)"), cpuMs,
               QStringLiteral("ms"));
    report.add(key + QStringLiteral("WallMs"), label + QStringLiteral(" (wall)"), double(wallMs),
               QStringLiteral("ms"));
    report.addText(key + QStringLiteral("Result"), label + QStringLiteral(" (result)"),
                   list ? QStringLiteral("%1 rows read").arg(list.value().rows().size())
                        : QStringLiteral("refused: ") + list.error().message);
}

} // namespace

void benchList(const ListLoad &load, Report &report)
{
    report.beginSection(QStringLiteral("list"), QStringLiteral("Reading a list of people"));
    const QByteArray first = wideFirstLine(load.columns, load.rows);
    measure(QStringLiteral("wideFirstLine"),
            QStringLiteral("%1-column first line + %2 rows (%3 KiB)")
                    .arg(load.columns)
                    .arg(load.rows)
                    .arg(first.size() / 1024),
            first, report);
    const QByteArray every = wideEveryLine(load.wideColumns, load.wideRows);
    measure(QStringLiteral("wideEveryLine"),
            QStringLiteral("%1 columns x %2 rows (%3 KiB)")
                    .arg(load.wideColumns)
                    .arg(load.wideRows)
                    .arg(every.size() / 1024),
            every, report);
    const QByteArray both = wideEveryLine(load.columns, load.wideRows / 10);
    measure(QStringLiteral("wideEveryLineOfAWideFile"),
            QStringLiteral("%1 columns x %2 rows (%3 KiB)")
                    .arg(load.columns)
                    .arg(load.wideRows / 10)
                    .arg(both.size() / 1024),
            both, report);
}

} // namespace rc::bench
