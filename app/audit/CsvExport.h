#pragma once
// Rows as CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled) that no spreadsheet runs
// as a formula, whichever of ',', ';' or tab it splits lines on (German and French Excel split on
// ';'). Every CSV the app writes goes through csvField().

#include "audit/AuditRecord.h"

#include <QList>
#include <QStringList>

namespace rc {

// A spreadsheet cell can begin at the start of a value or after any ',', ';', tab or line break
// inside it. Each such piece whose first visible character (past blanks and quotes) is =, +, -
// or @ (or a full-width or small form of one) starts with one added ', and so does a piece that
// already began with ': removing one leading ' from each piece gives the value back. A value
// that begins with a tab or a line break gets one too.
QString formulaSafe(const QString &value);
// formulaSafe(), then quoted when it holds ',', ';', a tab, a quote or a line break.
QString csvField(const QString &value);
// One line of the file: the cells through csvField, joined by ',', ended by CRLF (UTF-8).
QByteArray csvLine(const QStringList &cells);
// A whole file: the header line, then one line per row.
QByteArray csvDocument(const QString &header, const QList<QStringList> &rows);

// The audit log's columns, and one row's cells in that order. Columns added later go at the end,
// so a reader that counts columns keeps working.
QString auditCsvHeader();
QStringList auditCsvCells(const AuditRecord &record);
QByteArray auditCsv(const QList<AuditRecord> &records);

} // namespace rc
