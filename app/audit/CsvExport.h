#pragma once
// Audit rows as CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled). A cell that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with ' so it stays text.

#include "audit/AuditRecord.h"

#include <QList>

namespace rc {

QString csvField(const QString &value);
// A whole file: the header line, then one line per row, each cell through csvField.
QByteArray csvDocument(const QString &header, const QList<QStringList> &rows);
QByteArray auditCsv(const QList<AuditRecord> &records);

} // namespace rc
