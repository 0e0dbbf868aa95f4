#include "cli/HistoryCommand.h"

#include "audit/AuditLog.h"
#include "audit/CsvExport.h"
#include "cli/Console.h"

#include <QCoreApplication>

#include <cstdio>

namespace rc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::cli::HistoryCommand", text);
}

QString tableLine(const AuditRecord &r)
{
    const QString kind = r.preview ? tr("preview") : r.channel;
    QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(r.recordedAt.toString(Qt::ISODate), r.outcome.leftJustified(23),
                                kind.leftJustified(7), r.targetUpn);
    if (!r.reason.isEmpty())
        line += QStringLiteral("  [%1]").arg(r.reason);
    if (!r.correlationId.isEmpty())
        line += QStringLiteral("  %1").arg(r.correlationId);
    return line;
}

} // namespace

int runHistory(const CliOptions &options)
{
    AuditQuery query;
    if (!options.since.isEmpty()) {
        const QDate day = QDate::fromString(options.since, Qt::ISODate);
        query.since = day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC)
                                    : QDateTime::fromString(options.since, Qt::ISODate);
        if (!query.since.isValid()) {
            Console::err(tr("--since needs a date such as 2026-11-01 (or 2026-11-01T09:00:00Z)."));
            return 2;
        }
    }
    auto log = AuditLog::open(AuditLog::defaultPath());
    if (!log) {
        Console::err(log.error().message);
        return 5;
    }
    const auto records = log.value()->records(query);
    if (!records) {
        Console::err(records.error().message);
        return 5;
    }
    if (options.csv) {
        const QByteArray csv = auditCsv(records.value());
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return 0;
    }
    if (records.value().isEmpty())
        Console::err(tr("Nothing recorded yet (%1).").arg(log.value()->path()));
    for (const AuditRecord &r : records.value())
        Console::out(tableLine(r));
    return 0;
}

} // namespace rc::cli
