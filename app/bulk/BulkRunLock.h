#pragma once
// One run of a list at a time. Two processes, or two windows, running the same list (the same
// run key) would send everyone twice and write one journal from both sides. The run holds a
// QLockFile next to the journal, named by its run key, from its start to its end; the second is
// refused with a message naming who holds it (program, PID, host) and since when. A lock left by
// a process that died, or before a reboot, is taken over (QLockFile checks the PID); one that is
// merely old never is: a run may take hours.

#include "core/Result.h"

#include <QLockFile>

#include <memory>

namespace rc {

class BulkRunLock final
{
    Q_DISABLE_COPY_MOVE(BulkRunLock)
public:
    // The lock of `runKey` beside the journal at `journalPath`, or why it cannot be had.
    static Result<std::unique_ptr<BulkRunLock>> take(const QString &journalPath,
                                                     const QString &runKey);
    static QString pathFor(const QString &journalPath, const QString &runKey);
    // Keeps `held` when it is the lock of `runKey`; otherwise lets it go and takes that one.
    static Result<Done> hold(std::unique_ptr<BulkRunLock> &held, const QString &journalPath,
                             const QString &runKey);
    ~BulkRunLock() = default; // releases it

    const QString &runKey() const { return m_runKey; }

private:
    BulkRunLock(const QString &path, QString runKey);

    QLockFile m_file;
    QString m_runKey;
};

} // namespace rc
