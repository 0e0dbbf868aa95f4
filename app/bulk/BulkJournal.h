#pragma once
// The crash-safety record of bulk runs, in SQLite next to the audit log: each person's state is
// written before the revoking request goes out (sending) and after its answer (written: Entra
// accepted it, verification pending; done: the outcome). A run is keyed by tenant, channel and the
// list's people, so starting the same list again finds it and sends only what has no answer; a
// person whose request was in flight at a crash is sent again (revocation is idempotent). A run
// that ended with everyone answered is forgotten, so the same list next week starts afresh.
// WAL with synchronous=NORMAL: a killed process loses nothing; a power cut may lose the last
// batches, which are then simply sent again. One object per file; not thread-safe.

#include "bulk/UpnList.h"
#include "core/Result.h"
#include "revocation/RevocationOutcome.h"

#include <QHash>

#include <memory>

namespace rc {

struct JournalEntry
{
    enum class State { Sending, Written, Done };

    QString key; // the case-folded UPN
    State state = State::Sending;
    QString objectId;
    QString operation; // the audit operation of the Started row, so the outcome links to it
    QDateTime validFromBefore;
    QDateTime revokeDate; // Entra: the server's Date when the revocation was accepted
    QString correlationId;
    // Done:
    RevocationOutcome::Kind outcome = RevocationOutcome::Kind::Failure;
    int serviceState = -1;
    bool verified = false;
    QDateTime validFromAfter;
    QString errorMessage; // the error behind the outcome, when there was one
};

class BulkJournal final
{
public:
    static QString defaultPath(); // bulk-journal.sqlite, in the audit log's folder
    static Result<std::unique_ptr<BulkJournal>> open(const QString &path);
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;

    // The same tenant, channel and set of people (any order, any case, repeats and blanks
    // ignored) give the same key.
    static QString runKey(const QString &tenant, Channel channel, const QList<UpnRow> &rows);
    static QString keyOf(const QString &upn) { return upn.trimmed().toCaseFolded(); }

    Result<QHash<QString, JournalEntry>> entries(const QString &runKey) const;
    // Inserts or replaces, all in one transaction.
    Result<Done> record(const QString &runKey, const QList<JournalEntry> &entries);
    Result<Done> forget(const QString &runKey);
    QString path() const { return m_path; }

private:
    BulkJournal(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace rc
