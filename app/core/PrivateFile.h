#pragma once
// Files and folders only their owner may open (0600 / 0700): the audit log and its folder, the
// settings file, exported profiles and history. Created that way whatever the umask (the mode is
// given when they are made, not fixed afterwards), and tightened when an older version or another
// tool left them open to the group or to others; what was tightened is logged (rc.files).

#include "core/Result.h"

class QFileDevice;

namespace rc {

// A folder only its owner may list or enter: missing folders on the way are created 0700, and
// `path` itself loses any group or other access. Parents that already exist are left alone.
Result<Done> ensurePrivateDir(const QString &path);

enum class IfMissing { Create, Skip };
// A file only its owner may read or write: created empty and 0600 when missing (unless Skip), and
// stripped of group and other access when it has any. Its folder is the caller's to make private.
Result<Done> ensurePrivateFile(const QString &path, IfMissing missing = IfMissing::Create);

// An SQLite database only its owner may open: its folder private, the file created 0600 before
// SQLite opens it (SQLite gives the -wal and -shm files the database's mode), and existing -wal
// and -shm files tightened as well.
Result<Done> preparePrivateDatabase(const QString &path);

// Owner-only access for an open file: a QSaveFile's temporary file before commit(), so the file
// never appears under its name with more.
Result<Done> makePrivate(QFileDevice &file);

} // namespace rc
