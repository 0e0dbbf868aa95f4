#pragma once
// What every libFuzzer target shares: one QCoreApplication for the process (Qt's translation and
// text codecs want one), Qt's messages kept off the fuzzer's output, invariants that abort with a
// reason, and the switch for known open findings.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace rc::fuzz {

// Creates the application once; call first in LLVMFuzzerTestOneInput (or its Initialize).
void ensureApplication();

// An invariant of the parser under test: on failure prints `what` and the input, and aborts
// (libFuzzer then saves the input as a crash).
void check(bool condition, const char *what);

// The input as the bytes and the UTF-8 text a parser would be handed.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace rc::fuzz
