#pragma once
// What an audit row is about, in words: the History window's Action column and the `history`
// table share it so both read the same.

#include "audit/AuditRecord.h"

namespace rc {

// "Revoke sessions" (also for a row older than actions), "Block sign-in", ...; a row about a
// device names it: "Disable device: ADELE-LAPTOP". An action this build does not know is shown
// as stored.
QString auditActionText(const AuditRecord &record);

} // namespace rc
