#include "StallBench.h"

#include "EmulatorHost.h"
#include "StallMeter.h"
#include "WindowDriver.h"
#include "emulator/TenantEmulator.h"
#include "ui/BulkTableModel.h"
#include "ui/BulkWindow.h"
#include "ui/MainWindow.h"

namespace rc::bench {

void benchWindowStall(const BulkLoad &load, bool emulatorThread, Report &report)
{
    const QString where = emulatorThread ? QStringLiteral("own") : QStringLiteral("window");
    report.beginSection(QStringLiteral("stall_emulator_in_") + where + QStringLiteral("_thread"),
                        QStringLiteral("Window: longest UI stall while signing out %1 people "
                                       "(%2; emulator in %3 thread)")
                                .arg(load.people)
                                .arg(describeLoad(load),
                                     emulatorThread ? QStringLiteral("its own")
                                                    : QStringLiteral("the window's")));
    report.addJson(QStringLiteral("people"), load.people);
    report.addJson(QStringLiteral("quotaPerSecond"), load.ratePerSecond);
    report.addJson(QStringLiteral("burst"), load.burst);
    report.addJson(QStringLiteral("latencyMs"), load.latencyMs);
    report.addJson(QStringLiteral("heartbeatMs"), StallMeter::HeartbeatMs);

    EmulatorHost host(emulatorThread);
    QString why;
    if (!host.start(&why)) {
        report.fail(why);
        return;
    }
    // Names of their own: the window's journal keys a run by its people.
    const QStringList people = host.addPeople(load.people, QStringLiteral("stall-") + where);
    ui::MainWindow window(host.settings(), true);
    test::WindowDriver driver(window);
    if (!driver.waitSignedIn(30000)) {
        report.fail(QStringLiteral("the demo sign-in did not complete"));
        return;
    }
    host.with([&](emu::TenantEmulator &e) {
        e.setAnswerLatency(emu::Service::Graph, load.latencyMs);
    });
    if (!driver.openBulk()) {
        report.fail(QStringLiteral("Ctrl+Shift+B did not open the bulk window"));
        return;
    }
    driver.pasteList(people.join(QLatin1Char('\n')));

    StallMeter review;
    review.start(); // from the click: parsing the list runs in the event loop too
    const bool reviewed = driver.reviewBulkList(600000);
    review.stop();
    if (!reviewed || driver.bulkCount(BulkCategory::Ready) != load.people) {
        report.fail(QStringLiteral("the review did not show %1 people ready").arg(load.people));
        return;
    }
    host.with([&](emu::TenantEmulator &e) {
        e.clearRequests();
        e.resetWriteCounters();
        e.setWriteQuota(load.ratePerSecond, load.burst);
    });
    if (!driver.requestBulkRun()) {
        report.fail(QStringLiteral("the confirmation did not open"));
        return;
    }
    if (load.people > 50)
        driver.typeBulkCount(QString::number(load.people));
    StallMeter run;
    run.start();
    driver.confirmBulk(QStringLiteral("benchmark"));
    const int budgetMs = int(load.people / load.ratePerSecond * 4000) + 300000;
    const bool ended = driver.waitForBulkEnd(budgetMs);
    run.stop();
    if (!ended) {
        report.fail(QStringLiteral("the run did not end within %1 s").arg(budgetMs / 1000));
        return;
    }

    const QStringList outcomes = driver.bulkColumn(ui::BulkTableModel::OutcomeRole);
    const int answered = int(outcomes.count(QStringLiteral("NonInstantaneousSuccess")));
    int lost = 0;
    int twice = 0;
    int throttled = 0;
    host.with([&](emu::TenantEmulator &e) {
        throttled = e.writesThrottled();
        for (const QString &person : people) {
            const int n = e.revocationCount(person);
            lost += n == 0 ? 1 : 0;
            twice += n > 1 ? 1 : 0;
        }
    });
    const int rowsLost = qMax(lost, load.people - answered);

    addStall(report, QStringLiteral("review"), review);
    addStall(report, QStringLiteral("run"), run);
    report.add(QStringLiteral("peoplePerSecond"), QStringLiteral("run: people per second"),
               run.elapsedMs() > 0 ? load.people * 1000.0 / double(run.elapsedMs()) : 0,
               QStringLiteral("/s"), 1);
    report.add(QStringLiteral("throttledAnswers"), QStringLiteral("throttled answers (429)"),
               throttled, QString());
    report.add(QStringLiteral("rowsLost"), QStringLiteral("rows lost"), rowsLost, QString());
    report.add(QStringLiteral("revokedTwice"), QStringLiteral("people revoked twice"), twice,
               QString());
    report.addJson(QStringLiteral("emulatorInOwnThread"), emulatorThread);
    if (rowsLost != 0 || twice != 0)
        report.fail(QStringLiteral("%1 rows lost, %2 revoked twice").arg(rowsLost).arg(twice));
}

} // namespace rc::bench
