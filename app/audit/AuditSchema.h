#pragma once
// The audit table, created or brought up to date when a log is opened. A log written by an older
// version gains the columns added since (each version's ALTERs run once, counted by
// PRAGMA user_version) and keeps every row it holds: the table stays append-only throughout.

#include <QSqlError>

class QSqlDatabase;

namespace rc {

// The schema version this build writes (PRAGMA user_version).
inline constexpr int AuditSchemaVersion = 1;

// Creates the table, its index and its append-only triggers when missing, then applies the
// migrations the file has not had yet, in one transaction. An invalid QSqlError when it went well.
QSqlError prepareAuditSchema(QSqlDatabase &db);

} // namespace rc
