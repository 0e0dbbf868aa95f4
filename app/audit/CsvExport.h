#pragma once
// Audit rows as CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled). A cell that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with ' so it stays text.

#include "audit/AuditRecord.h"

#include <QList>

namespace rc {

QString csvField(const QString &value);
QByteArray auditCsv(const QList<AuditRecord> &records);

} // namespace rc
