#include "ProcessBenches.h"

#include "ChildRun.h"

#include <QProcessEnvironment>

namespace rc::bench {

namespace {

constexpr int ChildTimeoutMs = 60000;
const QString DemoUser = QStringLiteral("adele.vance@contoso.onmicrosoft.com");

QStringList environmentWith(const QList<QPair<QString, QString>> &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &kv : extra)
        env.insert(kv.first, kv.second);
    return env.toStringList();
}

QString firstLines(const ChildRun &run)
{
    QStringList text;
    for (const ChildLine &l : run.lines.mid(0, 5))
        text << QString::fromLocal8Bit(l.text);
    return text.join(QStringLiteral(" | "));
}

} // namespace

void benchStartup(const ProcessBenchOptions &options, const QString &platform, Report &report)
{
    report.beginSection(QStringLiteral("startup_") + platform,
                        QStringLiteral("Cold start: revoke-console --demo to the first painted "
                                       "window (QT_QPA_PLATFORM=%1)")
                                .arg(platform));
    const QStringList env = environmentWith(
            {{QStringLiteral("QT_QPA_PLATFORM"), platform},
             {QStringLiteral("REVOKE_CONSOLE_REPORT_FIRST_PAINT"), QStringLiteral("1")}});
    Samples fromSpawn;
    Samples inMain;
    Samples rss;
    for (int i = 0; i < options.runs; ++i) {
        const ChildRun run = runChild(options.app, {QStringLiteral("--demo")}, env, ChildTimeoutMs);
        const ChildLine *painted = run.lineStartingWith("first-paint-ms ");
        if (!run.started || run.exitCode != 0 || !painted) {
            report.fail(QStringLiteral("run %1: no first paint reported (exit %2%3): %4")
                                .arg(i + 1)
                                .arg(run.exitCode)
                                .arg(run.timedOut ? QStringLiteral(", timed out") : QString(),
                                     firstLines(run)));
            return;
        }
        fromSpawn.add(painted->atMs);
        inMain.add(painted->text.mid(15).trimmed().toDouble());
        rss.add(run.maxRssMiB);
    }
    report.addSamples(QStringLiteral("firstPaintMs"), QStringLiteral("spawn to first paint"),
                      fromSpawn, QStringLiteral("ms"));
    report.addSamples(QStringLiteral("firstPaintInMainMs"),
                      QStringLiteral("of which main() to first paint"), inMain,
                      QStringLiteral("ms"));
    report.addSamples(QStringLiteral("peakRssMiB"), QStringLiteral("peak RSS (wait4 ru_maxrss)"),
                      rss, QStringLiteral("MiB"), 1);
    report.addNote(QStringLiteral("spawn to first paint includes exec, dynamic loading and the "
                                  "demo tenant's start; the first run has the coldest caches"));
}

void benchCliRevoke(const ProcessBenchOptions &options, Report &report)
{
    report.beginSection(
            QStringLiteral("cli_revoke"),
            QStringLiteral("CLI: revoke-console revoke --demo --user %1 --yes").arg(DemoUser));
    const QStringList env = environmentWith({});
    const QStringList args {QStringLiteral("revoke"), QStringLiteral("--demo"),
                            QStringLiteral("--user"), DemoUser, QStringLiteral("--yes")};
    Samples wall;
    Samples cpu;
    Samples afterSignIn;
    Samples rss;
    for (int i = 0; i < options.runs; ++i) {
        const ChildRun run = runChild(options.app, args, env, ChildTimeoutMs);
        if (!run.started || run.exitCode != 0 || !run.lineContaining("Verified")) {
            report.fail(QStringLiteral("run %1: exit %2%3: %4")
                                .arg(i + 1)
                                .arg(run.exitCode)
                                .arg(run.timedOut ? QStringLiteral(", timed out") : QString(),
                                     firstLines(run)));
            return;
        }
        wall.add(run.wallMs);
        cpu.add(run.cpuMs());
        rss.add(run.maxRssMiB);
        if (const ChildLine *signedIn = run.lineContaining("Signed in as"))
            afterSignIn.add(run.wallMs - signedIn->atMs);
    }
    report.addSamples(QStringLiteral("wallMs"), QStringLiteral("wall time"), wall,
                      QStringLiteral("ms"));
    if (!afterSignIn.isEmpty()) {
        report.addSamples(QStringLiteral("afterSignInMs"),
                          QStringLiteral("of which after \"Signed in\" (revoke, verify, exit)"),
                          afterSignIn, QStringLiteral("ms"));
    }
    report.addSamples(QStringLiteral("cpuMs"), QStringLiteral("CPU time (user + sys)"), cpu,
                      QStringLiteral("ms"));
    report.addSamples(QStringLiteral("peakRssMiB"), QStringLiteral("peak RSS"), rss,
                      QStringLiteral("MiB"), 1);
    report.addNote(QStringLiteral("the wall time includes the demo's device-code sign-in, which "
                                  "polls the token endpoint once a second"));
}

} // namespace rc::bench
