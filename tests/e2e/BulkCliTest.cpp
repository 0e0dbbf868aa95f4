// `revoke-console revoke --csv FILE`, the built binary against the emulator in this process: a
// list in, the summary on stdout and a results file out, exit 0 / 9 / 2, the preview, the refusal
// without a terminal, and a run killed with SIGKILL that resumes, sends only the rest and leaves
// everyone revoked once (but those in flight at the kill) with the reason in the audit log.
#include "bulk/BulkJournal.h"
#include "bulk/UpnList.h"
#include "directory/RoleTemplates.h"
#include "e2e/BulkCliFixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <iostream>

using namespace rc;
using namespace rc::test;

TEST_F(BulkCli, EveryoneRevokedIsExitZeroWithOneResultRowEach)
{
    const QStringList people {cliUpn("adele.vance"), cliUpn("alex.wilber"), cliUpn("megan.bowen")};
    const QString list = writeList(QStringLiteral("list.csv"),
                                   csvOf(people + QStringList {cliUpn("ADELE.VANCE")}));
    const QString results = m_home.filePath(QStringLiteral("results.csv"));
    const CliRun r
            = runCliServed(args(list,
                                {QStringLiteral("--yes"), QStringLiteral("--reason"),
                                 QStringLiteral("INC-77"), QStringLiteral("--results"), results}),
                           m_env);
    ASSERT_EQ(r.exitCode, 0) << dump(r).toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("3 revoked and verified, 1 duplicate merged."));
    for (const QString &p : people)
        EXPECT_EQ(m_emulator.revocationCount(p), 1) << p.toStdString();
    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 6); // header, four rows, and the empty rest after the last CRLF
    EXPECT_TRUE(lines.at(0).startsWith("line,user,category,outcome,message,correlationId"));
    EXPECT_TRUE(lines.at(1).startsWith(
            QByteArray("2," + cliUpn("adele.vance").toUtf8()
                       + ",ready,NonInstantaneousSuccess,It can take up to an hour")));
    EXPECT_TRUE(lines.at(4).contains(",duplicate,NonInstantaneousSuccess,Same person as line 2."));
    // Every person in the audit log: Started, then the outcome, with the run's reason.
    // and the line that repeats a person says so.
    int started = 0;
    int outcomes = 0;
    int duplicates = 0;
    for (const AuditRecord &row : auditRows()) {
        EXPECT_EQ(row.reason, QStringLiteral("INC-77"));
        started += row.outcome == AuditRecord::Started ? 1 : 0;
        outcomes += row.outcome == QStringLiteral("NonInstantaneousSuccess") ? 1 : 0;
        duplicates += row.outcome == AuditRecord::Duplicate ? 1 : 0;
    }
    EXPECT_EQ(started, 3);
    EXPECT_EQ(outcomes, 3);
    EXPECT_EQ(duplicates, 1);
    // Everyone answered: the journal forgot the run before the process ended.
    auto journal = BulkJournal::open(
            m_home.path() + QStringLiteral("/RevokeConsole/revoke-console/bulk-journal.sqlite"));
    ASSERT_TRUE(journal.ok());
    const auto listed = UpnList::fromFile(list);
    ASSERT_TRUE(listed.ok());
    const auto entries = journal.value()->entries(
            BulkJournal::runKey(CliDomain, Channel::Entra, listed.value().rows()));
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(entries.value().isEmpty()) << entries.value().size() << " rows left";
}

TEST_F(BulkCli, SharePointsOperationOffIsExitFourWithTheEntraHint)
{
    QStringList people;
    for (const char *name : {"adele.vance", "alex.wilber", "megan.bowen", "lee.gu",
                             "lidia.holloway", "nestor.wilke", "patti.fernandez", "lynne.robbins"})
        people << cliUpn(name);
    m_emulator.setSharePointRevocationDisabled(true);
    const QString list = writeList(QStringLiteral("list.csv"), csvOf(people));
    const CliRun r = runCliServed(
            args(list,
                 {QStringLiteral("--yes"), QStringLiteral("--channel"), QStringLiteral("spo")}),
            m_env);
    EXPECT_EQ(r.exitCode, 4) << dump(r).toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Entra ID channel"))) << dump(r).toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--channel entra"))) << dump(r).toStdString();
}

TEST_F(BulkCli, SomeoneNotRevokedIsExitNine)
{
    const QString list
            = writeList(QStringLiteral("list.csv"),
                        csvOf({cliUpn("adele.vance"), cliUpn("nobody.at.all"),
                               QStringLiteral("jane.doe_fabrikam.com#EXT#@") + CliDomain}));
    const CliRun r = runCliServed(args(list, {QStringLiteral("--yes")}), m_env);
    EXPECT_EQ(r.exitCode, 9) << dump(r).toStdString();
    EXPECT_EQ(r.out.trimmed(),
              QStringLiteral("1 revoked and verified, 1 not found, 1 guest skipped."));
}

// A Helpdesk Administrator's list with an administrator on it: the members are revoked (each
// $batch write item with its body and Content-Type), the admin is not sent, and the results file
// and the audit log say why and who could. Exit 9: not everyone was revoked.
TEST_F(BulkCli, RowsTheOperatorMayNotRevokeAreNotSentAndSayWhy)
{
    m_emulator.setAutoApproveAs(cliUpn("helpdesk"));
    m_emulator.tenant().find(cliUpn("lee.gu"))->roleTemplateIds
            = {QString::fromLatin1(RoleTemplates::ExchangeAdministrator)};
    const QString list
            = writeList(QStringLiteral("list.csv"),
                        csvOf({cliUpn("adele.vance"), cliUpn("lee.gu"), cliUpn("megan.bowen")}));
    const QString results = m_home.filePath(QStringLiteral("results.csv"));
    const CliRun r = runCliServed(
            args(list, {QStringLiteral("--yes"), QStringLiteral("--results"), results}), m_env);
    EXPECT_EQ(r.exitCode, 9) << dump(r).toStdString();
    EXPECT_EQ(r.out.trimmed(),
              QStringLiteral("2 revoked and verified, 1 not permitted for this sign-in."));
    EXPECT_EQ(m_emulator.revocationCount(cliUpn("adele.vance")), 1);
    EXPECT_EQ(m_emulator.revocationCount(cliUpn("megan.bowen")), 1);
    EXPECT_EQ(m_emulator.revocationCount(cliUpn("lee.gu")), 0);
    for (const auto &item : m_emulator.batchItems()) {
        EXPECT_FALSE(item.request.path.contains(m_emulator.tenant().find(cliUpn("lee.gu"))->id)
                     && item.request.method == "POST")
                << "the admin was sent";
        if (item.request.method == "POST") {
            EXPECT_EQ(item.request.header("content-type"), QByteArray("application/json"));
            EXPECT_EQ(item.request.body, QByteArray("{}"));
        }
    }
    EXPECT_TRUE(r.err.contains(QStringLiteral("A Privileged Authentication Administrator or Global "
                                              "Administrator can sign out: line 3 %1")
                                       .arg(cliUpn("lee.gu"))))
            << dump(r).toStdString();
    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const QByteArray leeRow = csv.mid(csv.indexOf(cliUpn("lee.gu").toUtf8()));
    EXPECT_TRUE(leeRow.startsWith(
            QByteArray(cliUpn("lee.gu").toUtf8() + ",not-permitted,NotPermitted,")))
            << csv.toStdString();
    EXPECT_TRUE(leeRow.left(leeRow.indexOf('\n')).contains("Privileged Authentication"))
            << csv.toStdString();
    bool audited = false;
    for (const AuditRecord &row : auditRows()) {
        if (row.targetUpn == cliUpn("lee.gu")) {
            EXPECT_NE(row.outcome, AuditRecord::Started) << "nothing was sent for him";
            EXPECT_EQ(row.outcome, QStringLiteral("NotPermitted"));
            EXPECT_TRUE(row.message.contains(QLatin1String("Privileged Authentication")))
                    << row.message.toStdString();
            audited = true;
        }
    }
    EXPECT_TRUE(audited);
}

TEST_F(BulkCli, BadInputIsExitTwoAndNothingIsSent)
{
    const QString noColumn = writeList(QStringLiteral("nocolumn.csv"),
                                       "Name,Department\r\nAdele,Sales\r\nAlex,Sales\r\n");
    const QString empty = writeList(QStringLiteral("empty.csv"), "");
    const QString notUtf8
            = writeList(QStringLiteral("latin1.csv"), "upn\r\nj\xF6rg@contoso.com\r\n");
    m_emulator.clearRequests();
    for (const QString &file :
         {noColumn, empty, notUtf8, m_home.filePath(QStringLiteral("nope.csv"))}) {
        const CliRun r = runCliServed(args(file, {QStringLiteral("--yes")}), m_env);
        EXPECT_EQ(r.exitCode, 2) << file.toStdString() << "\n" << dump(r).toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_TRUE(m_emulator.requests().isEmpty()); // not even a sign-in
}

TEST_F(BulkCli, WithoutATerminalOrYesItRefuses)
{
    const QString list = writeList(QStringLiteral("list.csv"), csvOf({cliUpn("adele.vance")}));
    m_emulator.clearRequests();
    const CliRun r = runCliServed(args(list), m_env);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--yes")));
    EXPECT_TRUE(m_emulator.requests().isEmpty());
}

TEST_F(BulkCli, WhatIfPrintsTheReviewWritesItAndRevokesNobody)
{
    const QString list = writeList(QStringLiteral("list.csv"),
                                   csvOf({cliUpn("adele.vance"), cliUpn("admin"),
                                          cliUpn("pradeep.gupta"), cliUpn("nobody.at.all")}));
    const QString results = m_home.filePath(QStringLiteral("preview.csv"));
    const CliRun r = runCliServed(
            args(list, {QStringLiteral("--whatif"), QStringLiteral("--results"), results}), m_env);
    ASSERT_EQ(r.exitCode, 0) << dump(r).toStdString();
    EXPECT_TRUE(
            r.out.startsWith(QStringLiteral("4 rows: 1 ready, 1 not found, 1 disabled, 1 admin")))
            << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 people would be signed out")));
    for (const auto &item : m_emulator.batchItems())
        EXPECT_EQ(item.request.method, "GET");
    EXPECT_EQ(m_emulator.writesAccepted(), 0);
    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_EQ(csv.count(",Preview,"), 3);
    EXPECT_EQ(csv.count(",UserNotFound,"), 1);
}

TEST_F(BulkCli, KilledMidRunResumesSendsOnlyTheRestAndRevokesEveryoneOnce)
{
    const int count = 600;
    const QStringList people = addPeople(count);
    const QString list = writeList(QStringLiteral("crowd.csv"), csvOf(people));
    // About six seconds of writes at this quota: time to kill it halfway.
    m_emulator.setWriteQuota(100, 50);
    m_emulator.setAnswerLatency(emu::Service::Graph, 20);
    QProcess first;
    first.setProcessEnvironment(m_env);
    first.start(binary(),
                args(list,
                     {QStringLiteral("--yes"), QStringLiteral("--reason"),
                      QStringLiteral("INC-KILL")}));
    first.closeWriteChannel();
    ASSERT_TRUE(waitFor([&] { return revocationsRun() >= 200; }, 40000))
            << first.readAllStandardError().toStdString();
    ::kill(pid_t(first.processId()), SIGKILL);
    ASSERT_TRUE(waitFor([&] { return first.state() == QProcess::NotRunning; }, 10000));
    // What the emulator still had in hand when the client died, it runs all the same.
    ASSERT_TRUE(waitFor([&] { return everyBatchRun(); }, 10000));
    const int runBefore = revocationsRun();
    ASSERT_LT(runBefore, count);

    m_emulator.setWriteQuota(0, 0);
    m_emulator.clearRequests();
    const CliRun second = runCliServed(
            args(list,
                 {QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("INC-KILL")}),
            m_env);
    ASSERT_EQ(second.exitCode, 0) << dump(second).toStdString();
    const QRegularExpression resuming(QStringLiteral("Resuming: (\\d+) of (\\d+) already done"));
    const QRegularExpressionMatch m = resuming.match(second.err);
    ASSERT_TRUE(m.hasMatch()) << second.err.toStdString();
    const int alreadyDone = m.captured(1).toInt();
    EXPECT_EQ(m.captured(2).toInt(), count);
    EXPECT_GE(alreadyDone, 150);
    EXPECT_TRUE(second.err.contains(QStringLiteral("harmless")));
    EXPECT_EQ(second.out.trimmed(), QStringLiteral("%1 revoked and verified.").arg(count));

    // Only the rest was sent; those in flight at the kill (at most four batches of 20) twice.
    const int runAfter = revocationsRun();
    EXPECT_EQ(runAfter, count - alreadyDone);
    int twice = 0;
    for (const QString &p : people) {
        const int n = m_emulator.revocationCount(p);
        ASSERT_GE(n, 1) << p.toStdString();
        ASSERT_LE(n, 2) << p.toStdString();
        twice += n == 2 ? 1 : 0;
    }
    EXPECT_EQ(twice, runBefore + runAfter - count);
    EXPECT_LE(twice, 80);
    std::cout << "[ figures  ] killed after " << runBefore << " revocations; resumed with "
              << alreadyDone << " of " << count << " done, sent " << runAfter << ", " << twice
              << " revoked twice (in flight at the kill)\n";

    // One outcome row per person, all with the reason; a Started row before each write.
    QHash<QString, int> outcomes;
    QSet<QString> started;
    for (const AuditRecord &row : auditRows()) {
        EXPECT_EQ(row.reason, QStringLiteral("INC-KILL"));
        if (row.outcome == AuditRecord::Started)
            started.insert(row.targetUpn);
        else
            ++outcomes[row.targetUpn];
    }
    EXPECT_EQ(started.size(), count);
    EXPECT_EQ(outcomes.size(), count);
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}
