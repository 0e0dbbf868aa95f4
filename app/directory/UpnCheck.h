#pragma once
// The first gate for a typed user name: refuse what cannot be a UPN before any request is sent.

#include "core/Result.h"

namespace rc {

// Trims surrounding blanks, then accepts only what Microsoft Entra accepts as a user principal
// name: one '@' between a name and a domain; only A-Z a-z 0-9 and ' . - _ ! # ^ ~ $; at most 113
// characters, 64 before the '@' and 48 after it; no '.' first, last, doubled or just before the
// '@'. So an accepted name is always a single, harmless URL path segment.
Result<QString> checkUpn(const QString &text);

} // namespace rc
