#include "audit/CsvExport.h"

#include <QStringList>

namespace rc {

QString csvField(const QString &value)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
            || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray csvDocument(const QString &header, const QList<QStringList> &rows)
{
    QStringList lines {header};
    lines.reserve(rows.size() + 1);
    for (const QStringList &cells : rows) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray auditCsv(const QList<AuditRecord> &records)
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const AuditRecord &r : records) {
        rows.append({time(r.recordedAt), r.operatorUpn, r.tenant, r.targetUpn, r.targetObjectId,
                     r.channel, r.preview ? QStringLiteral("yes") : QStringLiteral("no"), r.outcome,
                     r.message, r.correlationId, time(r.sessionsValidFromBefore),
                     time(r.sessionsValidFromAfter), r.reason, r.operation, r.appVersion});
    }
    return csvDocument(QStringLiteral("time,operator,tenant,user,objectId,channel,preview,outcome,"
                                      "message,correlationId,sessionsValidFromBefore,"
                                      "sessionsValidFromAfter,reason,operation,appVersion"),
                       rows);
}

} // namespace rc
