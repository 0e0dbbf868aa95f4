#include "bulk/BulkJournal.h"

#include "audit/AuditLog.h"
#include "core/Logging.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rc {

namespace {

ServiceError storageError(const QString &path, const QString &why, const QString &detail = {})
{
    return ServiceError::make(
            ServiceError::Kind::Service,
            QCoreApplication::translate("rc::BulkJournal",
                                        "The bulk run journal %1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(path), why),
            detail);
}

ServiceError storageError(const QString &path, const QSqlError &error)
{
    return storageError(path, error.text(), error.nativeErrorCode());
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString stateName(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Sending:
        return QStringLiteral("sending");
    case JournalEntry::State::Written:
        return QStringLiteral("written");
    case JournalEntry::State::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("sending");
}

JournalEntry::State stateFrom(const QString &name)
{
    if (name == QLatin1String("done"))
        return JournalEntry::State::Done;
    if (name == QLatin1String("written"))
        return JournalEntry::State::Written;
    return JournalEntry::State::Sending;
}

const char *const Schema[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS bulk_rows ("
        " run TEXT NOT NULL, upn TEXT NOT NULL, state TEXT NOT NULL, object_id TEXT,"
        " operation TEXT, valid_from_before TEXT, revoke_date TEXT, correlation_id TEXT,"
        " outcome TEXT, service_state INTEGER, verified INTEGER, valid_from_after TEXT,"
        " error_message TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (run, upn))",
};

} // namespace

QString BulkJournal::defaultPath()
{
    return QFileInfo(AuditLog::defaultPath()).absolutePath()
            + QLatin1String("/bulk-journal.sqlite");
}

BulkJournal::BulkJournal(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

BulkJournal::~BulkJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<BulkJournal>> BulkJournal::open(const QString &path)
{
    // The journal names the people of every run: only its owner may read it (0600 in a 0700
    // folder, created so before SQLite opens it; what an older version left open is tightened).
    const Result<Done> made = preparePrivateDatabase(path);
    if (!made)
        return storageError(path, made.error().message);
    const QString name
            = QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<BulkJournal> journal(new BulkJournal(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(path, db.lastError());
    for (const char *statement : Schema) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(statement)))
            return storageError(path, q.lastError());
    }
    return journal;
}

QString BulkJournal::runKey(const QString &tenant, Channel channel, const QList<UpnRow> &rows)
{
    QSet<QString> seen;
    QStringList people;
    for (const UpnRow &row : rows) {
        const QString key = keyOf(row.upn);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            people.append(key);
        }
    }
    people.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(tenant.trimmed().toCaseFolded().toUtf8() + '\n'));
    hash.addData(QByteArray(channelName(channel).toUtf8() + '\n'));
    hash.addData(people.join(QLatin1Char('\n')).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<QHash<QString, JournalEntry>> BulkJournal::entries(const QString &runKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral(
            "SELECT upn, state, object_id, operation, valid_from_before, revoke_date,"
            " correlation_id, outcome, service_state, verified, valid_from_after, error_message"
            " FROM bulk_rows WHERE run = ?"));
    q.addBindValue(runKey);
    if (!q.exec())
        return storageError(m_path, q.lastError());
    QHash<QString, JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.key = q.value(0).toString();
        e.state = stateFrom(q.value(1).toString());
        e.objectId = q.value(2).toString();
        e.operation = q.value(3).toString();
        e.validFromBefore = fromIso(q.value(4));
        e.revokeDate = fromIso(q.value(5));
        e.correlationId = q.value(6).toString();
        e.outcome = outcomeKindNamed(q.value(7).toString());
        e.serviceState = q.value(8).isNull() ? -1 : q.value(8).toInt();
        e.verified = q.value(9).toInt() != 0;
        e.validFromAfter = fromIso(q.value(10));
        e.errorMessage = q.value(11).toString();
        out.insert(e.key, e);
    }
    return out;
}

Result<Done> BulkJournal::record(const QString &runKey, const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return Done {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return storageError(m_path, db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO bulk_rows (run, upn, state, object_id, operation,"
            " valid_from_before, revoke_date, correlation_id, outcome, service_state, verified,"
            " valid_from_after, error_message, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QString now = iso(QDateTime::currentDateTimeUtc());
    for (const JournalEntry &e : entries) {
        const bool done = e.state == JournalEntry::State::Done;
        for (const QVariant &v :
             {QVariant(runKey), QVariant(e.key), QVariant(stateName(e.state)), QVariant(e.objectId),
              QVariant(e.operation), QVariant(iso(e.validFromBefore)), QVariant(iso(e.revokeDate)),
              QVariant(e.correlationId), QVariant(done ? outcomeName(e.outcome) : QString()),
              QVariant(e.serviceState), QVariant(e.verified ? 1 : 0),
              QVariant(iso(e.validFromAfter)), QVariant(e.errorMessage), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec()) {
            const ServiceError error = storageError(m_path, q.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const ServiceError error = storageError(m_path, db.lastError());
        db.rollback();
        return error;
    }
    return Done {};
}

Result<Done> BulkJournal::forget(const QString &runKey)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM bulk_rows WHERE run = ?"));
    q.addBindValue(runKey);
    if (!q.exec())
        return storageError(m_path, q.lastError());
    return Done {};
}

} // namespace rc
