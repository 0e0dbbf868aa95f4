#include "audit/CsvExport.h"

namespace rc {

namespace {

// Where a reader splitting on ',', ';' or tab, or ending a line, may begin a new cell.
bool isCellBoundary(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case 0xFF1D: // full-width = + - @
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
    case 0xFE66: // small = + - @
    case 0xFE62:
    case 0xFE63:
    case 0xFE6B:
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

// What a spreadsheet may skip before it looks at the first character: blanks, the quotes of a
// reader that unquotes mid-cell, invisible format characters.
bool isSkipped(QChar c)
{
    return (c.isSpace() && !isCellBoundary(c)) || c == u'"' || c.category() == QChar::Other_Format;
}

bool pieceNeedsMark(const QString &value, qsizetype from)
{
    if (from < value.size() && value.at(from) == u'\'')
        return true; // so that one leading ' always comes off again
    for (qsizetype i = from; i < value.size() && !isCellBoundary(value.at(i)); ++i) {
        if (!isSkipped(value.at(i)))
            return isFormulaStart(value.at(i));
    }
    return false;
}

} // namespace

QString formulaSafe(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    // A leading tab or line break: spreadsheets that trim it would meet what follows.
    if (!value.isEmpty() && isCellBoundary(value.at(0)) && value.at(0) != u','
        && value.at(0) != u';')
        out += u'\'';
    for (qsizetype i = 0; i < value.size(); ++i) {
        if ((i == 0 || isCellBoundary(value.at(i - 1))) && pieceNeedsMark(value, i))
            out += u'\'';
        out += value.at(i);
    }
    return out;
}

QString csvField(const QString &value)
{
    QString v = formulaSafe(value);
    bool quote = false;
    for (const QChar c : std::as_const(v))
        quote = quote || c == u'"' || isCellBoundary(c);
    if (!quote)
        return v;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields << csvField(c);
    return (fields.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

QByteArray csvDocument(const QString &header, const QList<QStringList> &rows)
{
    QByteArray out = (header + QLatin1String("\r\n")).toUtf8();
    for (const QStringList &cells : rows)
        out += csvLine(cells);
    return out;
}

QString auditCsvHeader()
{
    return QStringLiteral("time,operator,tenant,user,objectId,channel,preview,outcome,message,"
                          "correlationId,sessionsValidFromBefore,sessionsValidFromAfter,reason,"
                          "operation,appVersion,action,actedOnId,actedOnName");
}

QStringList auditCsvCells(const AuditRecord &r)
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    // A row older than actions was a revocation: every revocation row exports the same.
    const QString action = r.action.isEmpty() ? AuditRecord::RevokeSessions : r.action;
    return {time(r.recordedAt),
            r.operatorUpn,
            r.tenant,
            r.targetUpn,
            r.targetObjectId,
            r.channel,
            r.preview ? QStringLiteral("yes") : QStringLiteral("no"),
            r.outcome,
            r.message,
            r.correlationId,
            time(r.sessionsValidFromBefore),
            time(r.sessionsValidFromAfter),
            r.reason,
            r.operation,
            r.appVersion,
            action,
            r.objectId,
            r.objectName};
}

QByteArray auditCsv(const QList<AuditRecord> &records)
{
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const AuditRecord &r : records)
        rows.append(auditCsvCells(r));
    return csvDocument(auditCsvHeader(), rows);
}

} // namespace rc
