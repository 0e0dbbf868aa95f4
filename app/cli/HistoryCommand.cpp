#include "cli/HistoryCommand.h"

#include "audit/AuditActionText.h"
#include "audit/AuditExport.h"
#include "cli/Console.h"
#include "core/ProcessGuard.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class HistoryCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::HistoryCommand)
};

QString tableLine(const AuditRecord &r)
{
    const QString kind = r.preview ? HistoryCommandTr::tr("preview") : r.channel;
    QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(r.recordedAt.toString(Qt::ISODate), r.outcome.leftJustified(23),
                                kind.leftJustified(7), r.targetUpn);
    if (!r.reason.isEmpty())
        line += QStringLiteral("  [%1]").arg(r.reason);
    if (!r.correlationId.isEmpty())
        line += QStringLiteral("  %1").arg(r.correlationId);
    // Last, so a reader of the earlier columns keeps finding them where they were.
    line += QStringLiteral("  %1").arg(auditActionText(r));
    return line;
}

} // namespace

ExitCode runHistory(const CliOptions &options)
{
    AuditQuery query;
    if (!options.since.isEmpty()) {
        const QDate day = QDate::fromString(options.since, Qt::ISODate);
        query.since = day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC)
                                    : QDateTime::fromString(options.since, Qt::ISODate);
        if (!query.since.isValid()) {
            Console::err(HistoryCommandTr::tr(
                    "--since needs a date such as 2026-11-01 (or 2026-11-01T09:00:00Z)."));
            return ExitCode::Usage;
        }
    }
    // A stdout the process was started without is /dev/null now (main): an export there is lost.
    const QString destination = HistoryCommandTr::tr("standard output");
    QFile out;
    if (standardOutputWasClosed() || !out.open(stdout, QIODevice::WriteOnly)) {
        Console::err(HistoryCommandTr::tr("Could not write %1: %2")
                             .arg(destination, HistoryCommandTr::tr("it is closed")));
        return ExitCode::Failure;
    }
    auto log = AuditLog::open(AuditLog::defaultPath());
    if (!log) {
        Console::err(log.error().message);
        return ExitCode::Failure;
    }
    // Every matching row, whatever the window shows at once: an export is the whole record.
    if (options.csv) {
        const auto exported = exportAuditCsv(*log.value(), query, out, destination);
        if (!exported) {
            Console::err(exported.error().message);
            return ExitCode::Failure;
        }
        return ExitCode::Success;
    }
    qint64 rows = 0;
    const auto printed = log.value()->eachPage(query, [&](const QList<AuditRecord> &page) {
        QByteArray text;
        for (const AuditRecord &r : page)
            text += (Console::printable(tableLine(r)) + QLatin1Char('\n')).toLocal8Bit();
        rows += page.size();
        if (out.write(text) != text.size() || !out.flush())
            return Result<Done>(ServiceError::make(ServiceError::Kind::Service,
                                                   HistoryCommandTr::tr("Could not write %1: %2")
                                                           .arg(destination, out.errorString())));
        return Result<Done>(Done {});
    });
    if (!printed) {
        Console::err(printed.error().message);
        return ExitCode::Failure;
    }
    if (rows == 0)
        Console::err(HistoryCommandTr::tr("Nothing recorded yet (%1).").arg(log.value()->path()));
    return ExitCode::Success;
}

} // namespace rc::cli
