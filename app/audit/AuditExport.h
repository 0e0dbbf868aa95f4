#pragma once
// The audit log as CSV: every row a query matches, whatever the History view's display limit,
// read and written a page at a time so a log of a million rows costs the memory of one page. What
// `history --csv` and the History window's export write.

#include "audit/AuditLog.h"

class QIODevice;

namespace rc {

// Writes the header and every row `query` matches (its limit ignored), newest first, to `out`
// (open for writing), then flushes it. A write that fails (disk full, a closed pipe, a file that
// cannot grow) stops it with a message naming `destination`. Returns how many rows were written.
Result<qint64> exportAuditCsv(const AuditLog &log, const AuditQuery &query, QIODevice &out,
                              const QString &destination);

} // namespace rc
