#include "BulkBench.h"

#include "BenchSession.h"
#include "StallMeter.h"
#include "cli/ExitCode.h"
#include "emulator/TenantEmulator.h"
#include "support/BatchItems.h"
#include "support/WaitFor.h"

#include <QElapsedTimer>

namespace rc::bench {

namespace {

// What the emulator saw of the writes.
struct WriteRecord
{
    int accepted = 0;
    int throttled = 0;
    double spanSeconds = 0; // first write received to the last accepted one
    int lost = 0; // revocable rows never revoked
    int twice = 0; // people revoked more than once
};

WriteRecord readWrites(EmulatorHost &host, const QStringList &people)
{
    WriteRecord w;
    host.with([&](emu::TenantEmulator &emulator) {
        w.accepted = emulator.writesAccepted();
        w.throttled = emulator.writesThrottled();
        QDateTime first;
        QDateTime last;
        for (const auto &item : test::revokingBatchItems(emulator)) {
            const QDateTime at = item.request.receivedAt;
            if (!first.isValid() || at < first)
                first = at;
            if (item.status == 200 && (!last.isValid() || at > last))
                last = at;
        }
        w.spanSeconds = first.isValid() && last.isValid() ? first.msecsTo(last) / 1000.0 : 0;
        for (const QString &person : people) {
            const int n = emulator.revocationCount(person);
            w.lost += n == 0 ? 1 : 0;
            w.twice += n > 1 ? 1 : 0;
        }
    });
    return w;
}

} // namespace

QString describeLoad(const BulkLoad &load)
{
    return QStringLiteral("%1/s, burst %2, %3 ms answers")
            .arg(load.ratePerSecond)
            .arg(load.burst)
            .arg(load.latencyMs);
}

void benchBulk(const BulkLoad &load, bool emulatorThread, Report &report)
{
    report.beginSection(QStringLiteral("bulk"),
                        QStringLiteral("Bulk: %1 revocations, BulkRun against the emulator (%2)")
                                .arg(load.people)
                                .arg(describeLoad(load)));
    report.addJson(QStringLiteral("people"), load.people);
    report.addJson(QStringLiteral("quotaPerSecond"), load.ratePerSecond);
    report.addJson(QStringLiteral("burst"), load.burst);
    report.addJson(QStringLiteral("latencyMs"), load.latencyMs);
    report.addJson(QStringLiteral("emulatorInOwnThread"), emulatorThread);

    EmulatorHost host(emulatorThread);
    QString why;
    if (!host.start(&why)) {
        report.fail(why);
        return;
    }
    const QStringList people = host.addPeople(load.people, QStringLiteral("bench"));
    BenchSession session(host);
    if (!session.open(&why)) {
        report.fail(why);
        return;
    }
    host.with([&](emu::TenantEmulator &e) {
        e.setAnswerLatency(emu::Service::Graph, load.latencyMs);
    });
    auto run = session.makeRun();

    std::optional<BulkReview> reviewed;
    std::optional<BulkSummary> summary;
    QObject context;
    QObject::connect(run.get(), &BulkRun::reviewReady, &context,
                     [&](const BulkReview &r) { reviewed = r; });
    QObject::connect(run.get(), &BulkRun::reviewFailed, &context,
                     [&](const ServiceError &e) { why = e.message; });
    QObject::connect(run.get(), &BulkRun::finished, &context,
                     [&](const BulkSummary &s) { summary = s; });
    QElapsedTimer clock;
    clock.start();
    run->review(rowsOf(people));
    test::waitFor([&] { return reviewed || !why.isEmpty(); }, 600000);
    const qint64 reviewMs = clock.elapsed();
    if (!reviewed || reviewed->count(BulkCategory::Ready) != load.people) {
        report.fail(QStringLiteral("the review did not find %1 people ready: %2")
                            .arg(load.people)
                            .arg(why));
        return;
    }

    host.with([&](emu::TenantEmulator &e) {
        e.clearRequests();
        e.resetWriteCounters();
        e.setWriteQuota(load.ratePerSecond, load.burst);
    });
    StallMeter loop; // BulkRun's own share of the event loop, without a window
    loop.start();
    clock.restart();
    run->start();
    const int budgetMs = int(load.people / load.ratePerSecond * 4000) + 300000;
    test::waitFor([&] { return summary.has_value(); }, budgetMs);
    const qint64 runMs = clock.elapsed();
    loop.stop();
    if (!summary) {
        report.fail(QStringLiteral("the run did not finish within %1 s").arg(budgetMs / 1000));
        return;
    }

    const WriteRecord w = readWrites(host, people);
    const QList<BulkRowResult> results = run->results();
    int notRevoked = 0;
    for (const BulkRowResult &r : results)
        notRevoked += r.revoked ? 0 : 1;
    const int rowsLost = qMax(w.lost, notRevoked) + qMax(0, int(people.size() - results.size()));
    const double allowed = load.burst + load.ratePerSecond * w.spanSeconds;
    const double achievedRate = w.spanSeconds > 0 ? w.accepted / w.spanSeconds : 0;
    const double allowedRate = w.spanSeconds > 0 ? allowed / w.spanSeconds : 0;

    report.add(QStringLiteral("reviewMs"), QStringLiteral("review (lookups, read-only)"),
               double(reviewMs), QStringLiteral("ms"));
    report.add(QStringLiteral("runMs"), QStringLiteral("run: start to summary (writes + verify)"),
               double(runMs), QStringLiteral("ms"));
    report.add(QStringLiteral("writeSpanSeconds"),
               QStringLiteral("writes: first sent to last accepted (T)"), w.spanSeconds,
               QStringLiteral("s"), 2);
    report.add(QStringLiteral("writesAccepted"), QStringLiteral("writes accepted"), w.accepted,
               QString());
    report.add(QStringLiteral("achievedPerSecond"), QStringLiteral("achieved rate"), achievedRate,
               QStringLiteral("/s"), 1);
    report.add(QStringLiteral("allowedPerSecond"),
               QStringLiteral("allowed rate (burst + rate*T)/T"), allowedRate, QStringLiteral("/s"),
               1);
    report.add(QStringLiteral("achievedOverAllowed"), QStringLiteral("achieved / allowed"),
               allowedRate > 0 ? achievedRate / allowedRate : 0, QString(), 3);
    report.add(QStringLiteral("throttledAnswers"), QStringLiteral("throttled answers (429)"),
               w.throttled, QString());
    report.add(QStringLiteral("schedulerWaitedMs"), QStringLiteral("pipe paused for Retry-After"),
               double(run->writeStats().waitedMs), QStringLiteral("ms"));
    report.add(QStringLiteral("results"), QStringLiteral("result rows"), results.size(), QString());
    report.add(QStringLiteral("rowsLost"), QStringLiteral("rows lost"), rowsLost, QString());
    report.add(QStringLiteral("revokedTwice"), QStringLiteral("people revoked twice"), w.twice,
               QString());
    report.add(QStringLiteral("loopLongestStallMs"),
               QStringLiteral("event loop (no window): longest gap"), double(loop.longestMs()),
               QStringLiteral("ms"));
    report.add(QStringLiteral("loopLongestStallStartedMs"),
               QStringLiteral("event loop (no window): the longest gap began at"),
               double(loop.longestStartedMs()), QStringLiteral("ms into the run"));
    report.addText(QStringLiteral("summary"), QStringLiteral("summary"), summary->text());
    report.addNote(emulatorThread ? QStringLiteral("emulator in its own thread")
                                  : QStringLiteral("emulator in the run's thread"));
    if (rowsLost != 0 || w.twice != 0 || cli::exitCodeFor(*summary) != cli::ExitCode::Success)
        report.fail(QStringLiteral("%1 rows lost, %2 revoked twice, exit code %3")
                            .arg(rowsLost)
                            .arg(w.twice)
                            .arg(cli::processExitCode(cli::exitCodeFor(*summary))));
}

} // namespace rc::bench
