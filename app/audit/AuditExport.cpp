#include "audit/AuditExport.h"

#include "audit/CsvExport.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace rc {

namespace {

ServiceError writeError(const QIODevice &out, const QString &destination)
{
    return ServiceError::make(
            ServiceError::Kind::Service,
            QCoreApplication::translate("rc::AuditExport", "Could not write %1: %2")
                    .arg(destination, out.errorString()));
}

} // namespace

Result<qint64> exportAuditCsv(const AuditLog &log, const AuditQuery &query, QIODevice &out,
                              const QString &destination)
{
    qint64 rows = 0;
    auto write = [&out, &destination](const QByteArray &bytes) -> Result<Done> {
        if (out.write(bytes) != bytes.size())
            return writeError(out, destination);
        return Done {};
    };
    const auto header = write((auditCsvHeader() + QLatin1String("\r\n")).toUtf8());
    if (!header)
        return header.error();
    const auto walked = log.eachPage(query, [&](const QList<AuditRecord> &page) {
        QByteArray chunk;
        for (const AuditRecord &r : page)
            chunk += csvLine(auditCsvCells(r));
        rows += page.size();
        return write(chunk);
    });
    if (!walked)
        return walked.error();
    // A full disk or a closed pipe often shows only when the buffers are flushed.
    auto *file = qobject_cast<QFileDevice *>(&out);
    if (file && !file->flush())
        return writeError(out, destination);
    return rows;
}

} // namespace rc
