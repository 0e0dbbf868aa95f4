#pragma once
// The first gate for a typed user name: refuse what cannot be a UPN before any request is sent.

#include "core/Result.h"

namespace rc {

// Trims surrounding blanks; refuses a missing or doubled '@', inner whitespace or control
// characters, '<', '>', '&', and anything over 113 characters (Entra's UPN limit).
Result<QString> checkUpn(const QString &text);

} // namespace rc
