#pragma once
// Reads a file someone hands in with a bound that holds whatever the file is. A FIFO, a pipe,
// /dev/stdin or a device report a size of 0 (or anything), so the bound is on the bytes read,
// never on what QFileInfo::size() says.

#include "core/Result.h"

#include <QByteArray>

class QIODevice;

namespace rc {

// The rest of `device` (open for reading, blocking: a QFile), up to its end. Never reads more
// than cap + 1 bytes: when more than cap arrive it stops and refuses (isTooLarge() tells), and a
// read error is refused with the device's own words. The caller names the file in its message.
Result<QByteArray> readCapped(QIODevice &device, qint64 cap);
bool isTooLarge(const ServiceError &error);

} // namespace rc
