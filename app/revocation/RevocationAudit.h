#pragma once
// What the audit log says of a revocation: the rows of its audited action (audit/AuditedAction)
// filled in from the target and the outcome. Previews and revocations that end before any
// request (guest, not found) have an outcome row only.

#include "audit/AuditRecord.h"
#include "revocation/Revoker.h"

namespace rc::revocationAudit {

// Whom and through what: the row a revocation's Started row is made of.
AuditRecord subject(const RevokeTarget &target);
// How it ended: its outcome row, with the banner's one-line message.
AuditRecord outcome(const RevocationOutcome &outcome);
// A line of a bulk list that repeats a person, merged into the line `firstLine`: a row saying so.
AuditRecord duplicate(const RevokeTarget &line, int firstLine, bool preview);
// "Cancelled (may have reached the service)...": a revocation cancelled while in flight.
QString cancelledMessage();

} // namespace rc::revocationAudit
