// What a bulk run reports: one result per input row (duplicates carry the outcome of the row they
// merge into, unsent people say so), the summary sentence, the exit code, the results file (RFC
// 4180 with formula cells neutralised), and the command line's review, confirmation and progress
// words.
#include "bulk/BulkResults.h"
#include "cli/BulkProgressLine.h"
#include "cli/BulkReviewText.h"
#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rc;
using namespace rc::cli;

namespace {

User user(const char *id, const char *upn, const char *name)
{
    User u;
    u.id = QString::fromUtf8(id);
    u.userPrincipalName = QString::fromUtf8(upn);
    u.displayName = QString::fromUtf8(name);
    u.userType = QStringLiteral("Member");
    u.accountEnabled = true;
    u.signInSessionsValidFrom
            = QDateTime::fromString(QStringLiteral("2026-01-05T08:00:00Z"), Qt::ISODate);
    return u;
}

struct Fixture
{
    BulkReview review;
    QList<BulkTarget> targets;

    Fixture()
    {
        const QList<UpnRow> rows {
                {2, QStringLiteral("adele@contoso.com"), QStringLiteral("adele@contoso.com")},
                {3, QStringLiteral("-cmd@contoso.com"), QStringLiteral("-cmd@contoso.com")},
                {4, QStringLiteral("ADELE@contoso.com"), QStringLiteral("ADELE@contoso.com")},
                {5, QStringLiteral("nobody@contoso.com"), QStringLiteral("nobody@contoso.com")},
                {6, QStringLiteral("later@contoso.com"), QStringLiteral("later@contoso.com")},
        };
        QHash<QString, BulkLookup> lookups;
        lookups.insert(QStringLiteral("adele@contoso.com"),
                       {user("id-a", "adele@contoso.com", "Adele"), RoleSet::known({})});
        lookups.insert(QStringLiteral("-cmd@contoso.com"),
                       {user("id-c", "-cmd@contoso.com", "=HYPERLINK(\"x\")"), RoleSet::known({})});
        ServiceError notFound
                = ServiceError::make(ServiceError::Kind::NotFound, QStringLiteral("gone"));
        lookups.insert(QStringLiteral("nobody@contoso.com"), {notFound, RoleSet {}});
        lookups.insert(QStringLiteral("later@contoso.com"),
                       {user("id-l", "later@contoso.com", "Later"), RoleSet::known({})});
        review = rc::review(rows, lookups);
        for (int i : {0, 1, 4}) {
            BulkTarget t;
            t.row = i;
            t.upn = review.rows.at(i).row.upn;
            t.user = review.rows.at(i).user;
            t.validFromBefore = t.user->signInSessionsValidFrom;
            targets.append(t);
        }
        // adele verified, -cmd not confirmed (unchanged), later never sent.
        User after = *targets[0].user;
        after.signInSessionsValidFrom
                = QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00Z"), Qt::ISODate);
        targets[0].correlationId = QStringLiteral("req-a");
        targets[0].outcome = targets[0].verifiedOutcome(after);
        targets[0].state = BulkTarget::State::Done;
        targets[1].outcome = targets[1].verifiedOutcome(*targets[1].user);
        targets[1].state = BulkTarget::State::Done;
        targets[2].state = BulkTarget::State::NotSent;
    }
};

} // namespace

TEST(BulkResults, OneResultPerRowWithDuplicatesMergedAndUnsentSaidSo)
{
    const Fixture f;
    const auto results = bulkResults(f.review, f.targets, Channel::Entra, false);
    ASSERT_EQ(results.size(), 5);
    EXPECT_EQ(results.at(0).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_TRUE(results.at(0).revoked);
    EXPECT_EQ(results.at(0).correlationId, QStringLiteral("req-a"));
    EXPECT_EQ(results.at(1).outcome, QStringLiteral("NotConfirmed"));
    EXPECT_FALSE(results.at(1).revoked);
    EXPECT_EQ(results.at(2).category, BulkCategory::Duplicate);
    EXPECT_EQ(results.at(2).outcome, QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_TRUE(results.at(2).revoked);
    EXPECT_EQ(results.at(2).message, QStringLiteral("Same person as line 2."));
    EXPECT_EQ(results.at(3).outcome, QStringLiteral("UserNotFound"));
    EXPECT_EQ(results.at(3).message,
              QStringLiteral("We couldn't find the nobody@contoso.com. Check for typos and try "
                             "again."));
    EXPECT_EQ(results.at(4).outcome, BulkRowResult::NotSent);
    EXPECT_TRUE(results.at(4).message.startsWith(QStringLiteral("Not sent")));
}

TEST(BulkResults, SummaryAndExitCode)
{
    const Fixture f;
    BulkSummary s = summarize(f.review, bulkResults(f.review, f.targets, Channel::Entra, false),
                              Channel::Entra, false);
    EXPECT_EQ(s.text(),
              QStringLiteral("1 revoked and verified, 1 not confirmed, 1 not sent, 1 not found, "
                             "1 duplicate merged."));
    EXPECT_EQ(cli::exitCodeFor(s), cli::ExitCode::NotAllRevoked);
    s.gaveUp = ServiceError::make(ServiceError::Kind::Throttled, QStringLiteral("Gave up."));
    EXPECT_EQ(cli::exitCodeFor(s), cli::ExitCode::NetworkFailure);
    EXPECT_TRUE(s.text().endsWith(QStringLiteral(" Gave up.")));
    s.gaveUp->kind = ServiceError::Kind::SignIn;
    EXPECT_EQ(cli::exitCodeFor(s), cli::ExitCode::SignInFailed);
    // Stopped by the audit log (as one user: 5), or by SharePoint's operation being off (4).
    s.gaveUp->kind = ServiceError::Kind::Service;
    EXPECT_EQ(cli::exitCodeFor(s), cli::ExitCode::Failure);
    s.gaveUpAs = RevocationOutcome::Kind::FeatureDisabled;
    EXPECT_EQ(cli::exitCodeFor(s), cli::ExitCode::FeatureDisabled);

    // Everyone revoked, a duplicate merged: 0.
    Fixture all;
    all.targets[1].outcome.kind = RevocationOutcome::Kind::NonInstantaneousSuccess;
    all.targets[2].state = BulkTarget::State::Done;
    all.targets[2].outcome
            = all.targets[2].blankOutcome(RevocationOutcome::Kind::NonInstantaneousSuccess);
    QList<BulkRowResult> results = bulkResults(all.review, all.targets, Channel::Entra, false);
    results.removeAt(3); // without the row that was not found
    BulkReview withoutMissing = all.review;
    withoutMissing.rows.removeAt(3);
    withoutMissing.counts.at(std::size_t(BulkCategory::NotFound)) = 0;
    const BulkSummary everyone = summarize(withoutMissing, results, Channel::Entra, false);
    EXPECT_EQ(cli::exitCodeFor(everyone), cli::ExitCode::Success);
    EXPECT_EQ(everyone.text(), QStringLiteral("3 revoked and verified, 1 duplicate merged."));

    // A preview is 0, whatever it found.
    const BulkSummary preview = summarize(
            f.review, bulkResults(f.review, f.targets, Channel::Entra, true), Channel::Entra, true);
    EXPECT_EQ(cli::exitCodeFor(preview), cli::ExitCode::Success);
    EXPECT_EQ(preview.text(),
              QStringLiteral("3 people would be signed out, 1 not found, 1 duplicate merged."));
}

TEST(BulkResults, TheResultsFileIsRfc4180WithFormulasNeutralised)
{
    const Fixture f;
    const QByteArray csv = resultsCsv(bulkResults(f.review, f.targets, Channel::Entra, false));
    const QList<QByteArray> lines = csv.split('\n');
    EXPECT_EQ(lines.at(0),
              "line,user,category,outcome,message,correlationId,objectId,displayName,"
              "sessionsValidFrom\r");
    EXPECT_TRUE(csv.endsWith("\r\n"));
    // A cell a spreadsheet would run stays text; quotes are doubled inside a quoted cell.
    EXPECT_TRUE(lines.at(2).startsWith("3,'-cmd@contoso.com,ready,NotConfirmed,"));
    EXPECT_TRUE(lines.at(2).contains(",\"'=HYPERLINK(\"\"x\"\")\","));
    EXPECT_TRUE(lines.at(1).endsWith(",2026-11-26T10:00:00Z\r"));
}

TEST(BulkReviewText, CountsFlaggedPeopleAndWhatIsNotSent)
{
    const Fixture f;
    const QStringList lines = BulkReviewText::review(f.review);
    EXPECT_EQ(lines.at(0), QStringLiteral("5 rows: 3 ready, 1 not found, 1 duplicate"));
    EXPECT_TRUE(
            lines.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Not sent (not found): line 5 nobody@contoso.com")));
}

TEST(BulkReviewText, OneConfirmationAndAboveFiftyTheNumberIsTyped)
{
    const Fixture f;
    const QString text = BulkReviewText::confirmation(f.review, Channel::Entra);
    EXPECT_TRUE(text.contains(QStringLiteral("Sign out 3 people through Entra ID")));
    EXPECT_TRUE(text.contains(QStringLiteral("Adele <adele@contoso.com>")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("[Y] Yes  [N] No (default is \"N\"): ")));
    EXPECT_TRUE(BulkReviewText::confirms(QStringLiteral(" Y "), 3));
    EXPECT_TRUE(BulkReviewText::confirms(QStringLiteral("yes"), 50));
    EXPECT_FALSE(BulkReviewText::confirms(QString(), 3));
    EXPECT_FALSE(BulkReviewText::confirms(QStringLiteral("y"), 51));
    EXPECT_FALSE(BulkReviewText::confirms(QStringLiteral("50"), 51));
    EXPECT_TRUE(BulkReviewText::confirms(QStringLiteral("51"), 51));

    BulkReview many = f.review;
    for (int i = 0; i < 60; ++i) {
        BulkReviewRow r;
        r.row = {100 + i, QStringLiteral("p%1@contoso.com").arg(i), QString()};
        many.rows.append(r);
        ++many.counts.at(std::size_t(BulkCategory::Ready));
    }
    const QString typed = BulkReviewText::confirmation(many, Channel::SharePoint);
    EXPECT_TRUE(typed.contains(QStringLiteral("Sign out 63 people through SharePoint")));
    EXPECT_TRUE(typed.contains(QStringLiteral("and 58 more")));
    EXPECT_TRUE(typed.endsWith(
            QStringLiteral("Type 63 (the number of people) to confirm; anything else cancels: ")));
}

TEST(BulkProgressLine, SaysDoneRateAndTimeLeftAndWhyItWaits)
{
    BulkProgress p;
    p.done = 1200;
    p.total = 2000;
    p.ratePerSecond = 198.4;
    p.secondsLeft = 4;
    EXPECT_EQ(BulkProgressLine::text(p),
              QStringLiteral("Revoking: 1200 of 2000 (60%), 198 a second, about 4 s left"));
    p.waitingSeconds = 2;
    EXPECT_TRUE(BulkProgressLine::text(p).endsWith(
            QStringLiteral("(Microsoft 365 is throttling: resuming in 2 s)")));
    p.phase = BulkProgress::Phase::Review;
    EXPECT_EQ(BulkProgressLine::text(p), QStringLiteral("Looking up: 1200 of 2000 (60%)"));
}

TEST(BulkCommandLine, CsvIsAFileForRevokeAndASwitchForHistory)
{
    const auto bulk = parseCommandLine({QStringLiteral("revoke-console"), QStringLiteral("revoke"),
                                        QStringLiteral("--csv"), QStringLiteral("users.csv"),
                                        QStringLiteral("--results"), QStringLiteral("out.csv"),
                                        QStringLiteral("--restart"), QStringLiteral("--yes")});
    ASSERT_TRUE(bulk.ok());
    EXPECT_EQ(bulk.value().csvFile, QStringLiteral("users.csv"));
    EXPECT_EQ(bulk.value().results, QStringLiteral("out.csv"));
    EXPECT_TRUE(bulk.value().restart);
    EXPECT_FALSE(bulk.value().csv);

    const auto history = parseCommandLine(
            {QStringLiteral("revoke-console"), QStringLiteral("history"), QStringLiteral("--csv"),
             QStringLiteral("--since"), QStringLiteral("2026-01-01")});
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history.value().csv);
    EXPECT_TRUE(history.value().csvFile.isEmpty());
    EXPECT_EQ(history.value().since, QStringLiteral("2026-01-01"));

    EXPECT_FALSE(parseCommandLine({QStringLiteral("revoke-console"), QStringLiteral("revoke"),
                                   QStringLiteral("--csv")})
                         .ok());
    EXPECT_FALSE(parseCommandLine({QStringLiteral("revoke-console"), QStringLiteral("revoke"),
                                   QStringLiteral("--csv"), QStringLiteral("a.csv"),
                                   QStringLiteral("--user"), QStringLiteral("a@contoso.com")})
                         .ok());
    EXPECT_FALSE(parseCommandLine({QStringLiteral("revoke-console"), QStringLiteral("revoke"),
                                   QStringLiteral("--user"), QStringLiteral("a@contoso.com"),
                                   QStringLiteral("--restart")})
                         .ok());
}

// The results file names every person of a run: its owner's alone, whatever the umask.
TEST(BulkResultsFile, IsWrittenWholeAndOwnerOnly)
{
    const Fixture f;
    const auto results = bulkResults(f.review, f.targets, Channel::Entra, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    const mode_t saved = ::umask(022);
    const auto written = saveResultsCsv(path, results);
    ::umask(saved);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), resultsCsv(results));
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    const auto refused = saveResultsCsv(dir.path(), results); // a folder
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("The results file ")))
            << refused.error().message.toStdString();
}
