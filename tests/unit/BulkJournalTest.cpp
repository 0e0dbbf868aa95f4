// The crash-safety journal: one key per run (tenant, channel, the same people in any order or
// case), each person's state replaced as it moves (sending, written, done), outcomes read back as
// they were, other runs untouched, and a completed run forgotten.
#include "bulk/BulkJournal.h"
#include "bulk/BulkTarget.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

QList<UpnRow> rows(const QStringList &names)
{
    QList<UpnRow> out;
    int line = 1;
    for (const QString &n : names)
        out.append({++line, n.trimmed(), n});
    return out;
}

std::unique_ptr<BulkJournal> openIn(const QTemporaryDir &dir)
{
    auto journal = BulkJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    EXPECT_TRUE(journal.ok());
    return journal ? std::move(journal).value() : nullptr;
}

const QString A = QStringLiteral("a@contoso.com");
const QString B = QStringLiteral("b@contoso.com");

} // namespace

TEST(BulkJournal, TheRunKeyIsTheTenantTheChannelAndThePeople)
{
    const QString t = QStringLiteral("contoso.onmicrosoft.com");
    const QString key = BulkJournal::runKey(t, Channel::Entra, rows({A, B}));
    EXPECT_EQ(
            key,
            BulkJournal::runKey(t, Channel::Entra, rows({QStringLiteral(" B@Contoso.com"), A, A})));
    EXPECT_EQ(key, BulkJournal::runKey(t.toUpper(), Channel::Entra, rows({B, A})));
    EXPECT_NE(key, BulkJournal::runKey(t, Channel::SharePoint, rows({A, B})));
    EXPECT_NE(key,
              BulkJournal::runKey(QStringLiteral("fabrikam.com"), Channel::Entra, rows({A, B})));
    EXPECT_NE(key, BulkJournal::runKey(t, Channel::Entra, rows({A})));
    EXPECT_EQ(key.size(), 64); // SHA-256: no name is stored in the key itself
}

TEST(BulkJournal, StatesAreReplacedAsAPersonMovesAndReadBackAsTheyWere)
{
    QTemporaryDir dir;
    auto journal = openIn(dir);
    ASSERT_TRUE(journal);
    const QString run = QStringLiteral("run-1");

    BulkTarget t;
    t.upn = A;
    User u;
    u.id = QStringLiteral("id-a");
    u.displayName = QStringLiteral("A");
    t.user = u;
    t.validFromBefore = QDateTime::fromString(QStringLiteral("2026-01-05T08:00:00Z"), Qt::ISODate);
    t.operation = QStringLiteral("op-a");
    t.state = BulkTarget::State::Sending;
    ASSERT_TRUE(journal->record(run, {t.journalEntry()}).ok());
    auto entries = journal->entries(run);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 1);
    EXPECT_EQ(entries.value().value(BulkJournal::keyOf(A)).state, JournalEntry::State::Sending);

    t.state = BulkTarget::State::Written;
    t.revokeDate = QDateTime::fromString(QStringLiteral("2026-11-26T10:00:01Z"), Qt::ISODate);
    t.correlationId = QStringLiteral("req-1");
    ASSERT_TRUE(journal->record(run, {t.journalEntry()}).ok());
    t.state = BulkTarget::State::Done;
    User after = u;
    after.signInSessionsValidFrom = t.revokeDate;
    t.outcome = t.verifiedOutcome(after);
    ASSERT_TRUE(journal->record(run, {t.journalEntry()}).ok());

    entries = journal->entries(run);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().size(), 1); // replaced, not added
    const JournalEntry e = entries.value().value(BulkJournal::keyOf(A));
    EXPECT_EQ(e.state, JournalEntry::State::Done);
    EXPECT_EQ(e.outcome, RevocationOutcome::Kind::NonInstantaneousSuccess);
    EXPECT_TRUE(e.verified);
    EXPECT_EQ(e.operation, QStringLiteral("op-a"));
    EXPECT_EQ(e.correlationId, QStringLiteral("req-1"));

    // What a resumed run makes of it: the same outcome, nothing left to send.
    BulkTarget resumed;
    resumed.upn = A;
    resumed.user = u;
    resumed.restore(e);
    EXPECT_EQ(resumed.state, BulkTarget::State::Done);
    EXPECT_EQ(resumed.outcome.kind, RevocationOutcome::Kind::NonInstantaneousSuccess);
    EXPECT_TRUE(resumed.outcome.verified);
    EXPECT_EQ(resumed.outcome.sessionsValidFromAfter, t.revokeDate);
    EXPECT_EQ(resumed.outcome.sessionsValidFromBefore, t.validFromBefore);
    EXPECT_EQ(resumed.operation, QStringLiteral("op-a"));
}

TEST(BulkJournal, ASentPersonWithoutAnswerGoesAgainAndAWrittenOneIsOnlyVerified)
{
    JournalEntry sending;
    sending.key = BulkJournal::keyOf(A);
    sending.state = JournalEntry::State::Sending;
    sending.operation = QStringLiteral("op-1");
    BulkTarget t;
    t.upn = A;
    t.restore(sending);
    EXPECT_EQ(t.state, BulkTarget::State::Pending);
    EXPECT_FALSE(t.isAnswered());
    // Sent again as the same operation: its Started row is already in the audit log.
    EXPECT_EQ(t.operation, QStringLiteral("op-1"));

    // A run that ended on the sign-in or the network said nothing about the person: again, as
    // a new operation. Any other answer is theirs and stays.
    for (const auto kind :
         {RevocationOutcome::Kind::SignInFailed, RevocationOutcome::Kind::NetworkFailure,
          RevocationOutcome::Kind::Failure}) {
        JournalEntry ended = sending;
        ended.state = JournalEntry::State::Done;
        ended.outcome = kind;
        BulkTarget e;
        e.upn = A;
        e.restore(ended);
        const bool again = kind != RevocationOutcome::Kind::Failure;
        EXPECT_EQ(e.state, again ? BulkTarget::State::Pending : BulkTarget::State::Done)
                << outcomeName(kind).toStdString();
        EXPECT_EQ(e.operation, again ? QString() : QStringLiteral("op-1"));
    }

    JournalEntry written = sending;
    written.state = JournalEntry::State::Written;
    written.validFromBefore
            = QDateTime::fromString(QStringLiteral("2026-01-05T08:00:00Z"), Qt::ISODate);
    BulkTarget w;
    w.upn = A;
    w.restore(written);
    EXPECT_EQ(w.state, BulkTarget::State::Written);
    EXPECT_TRUE(w.isAnswered());
    EXPECT_EQ(w.validFromBefore, written.validFromBefore); // the value before the first write
}

TEST(BulkJournal, RunsAreKeptApartAndACompletedRunIsForgotten)
{
    QTemporaryDir dir;
    auto journal = openIn(dir);
    ASSERT_TRUE(journal);
    JournalEntry a;
    a.key = BulkJournal::keyOf(A);
    JournalEntry b;
    b.key = BulkJournal::keyOf(B);
    ASSERT_TRUE(journal->record(QStringLiteral("one"), {a, b}).ok());
    ASSERT_TRUE(journal->record(QStringLiteral("two"), {a}).ok());
    EXPECT_EQ(journal->entries(QStringLiteral("one")).value().size(), 2);
    ASSERT_TRUE(journal->forget(QStringLiteral("one")).ok());
    EXPECT_TRUE(journal->entries(QStringLiteral("one")).value().isEmpty());
    EXPECT_EQ(journal->entries(QStringLiteral("two")).value().size(), 1);

    // It survives being closed and opened again (what a restarted process does).
    journal.reset();
    journal = openIn(dir);
    ASSERT_TRUE(journal);
    EXPECT_EQ(journal->entries(QStringLiteral("two")).value().size(), 1);
}

TEST(BulkJournal, AnUnwritableFolderIsAClearError)
{
    const auto journal = BulkJournal::open(QStringLiteral("/proc/no-such-place/journal.sqlite"));
    ASSERT_FALSE(journal.ok());
    EXPECT_TRUE(journal.error().message.contains(QStringLiteral("journal")));
}
