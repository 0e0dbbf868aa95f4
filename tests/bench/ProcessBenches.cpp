#include "ProcessBenches.h"

#include "ChildRun.h"

#include <QJsonObject>
#include <QProcessEnvironment>

#include <vector>

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

// Every window started to its first paint: on this platform, reporting the paint and quitting.
QStringList firstPaintEnvironment(const QString &platform)
{
    return environmentWith(
            {{QStringLiteral("QT_QPA_PLATFORM"), platform},
             {QStringLiteral("REVOKE_CONSOLE_REPORT_FIRST_PAINT"), QStringLiteral("1")}});
}

QString firstLines(const ChildRun &run)
{
    QStringList text;
    for (const ChildLine &l : run.lines.mid(0, 5))
        text << QString::fromLocal8Bit(l.text);
    return text.join(QStringLiteral(" | "));
}

// One first paint: spawn to the "first-paint-ms" line, main() to it, and peak RSS.
struct FirstPaint
{
    bool ok = false;
    double fromSpawnMs = 0;
    double inMainMs = 0;
    double rssMiB = 0;
    QString failure;
};

FirstPaint runToFirstPaint(const QString &program, const QStringList &args, const QStringList &env)
{
    const ChildRun run = runChild(program, args, env, ChildTimeoutMs);
    const ChildLine *painted = run.lineStartingWith("first-paint-ms ");
    FirstPaint paint;
    if (!run.started || run.exitCode != 0 || !painted) {
        paint.failure = QStringLiteral("%1: no first paint reported (exit %2%3): %4")
                                .arg(program)
                                .arg(run.exitCode)
                                .arg(run.timedOut ? QStringLiteral(", timed out") : QString(),
                                     firstLines(run));
        return paint;
    }
    paint.ok = true;
    paint.fromSpawnMs = painted->atMs;
    paint.inMainMs = painted->text.mid(15).trimmed().toDouble();
    paint.rssMiB = run.maxRssMiB;
    return paint;
}

QString p50p90(const Samples &s, const QString &unit, int decimals = 0)
{
    return QStringLiteral("median %1 %3, p90 %2 %3")
            .arg(QString::number(s.median(), 'f', decimals),
                 QString::number(s.percentile(0.9), 'f', decimals), unit);
}

QJsonObject samplesJson(const Samples &s)
{
    return {{QStringLiteral("median"), s.median()},
            {QStringLiteral("p90"), s.percentile(0.9)},
            {QStringLiteral("runs"), s.toJson()}};
}

} // namespace

void benchStartupVsBare(const ProcessBenchOptions &options, const QString &platform, Report &report)
{
    report.beginSection(QStringLiteral("startupVsBare_") + platform,
                        QStringLiteral("Cold start of the window, nothing stored, against a bare "
                                       "QMainWindow (QT_QPA_PLATFORM=%1)")
                                .arg(platform));
    const QStringList env = firstPaintEnvironment(platform);
    struct Contender
    {
        QString program;
        QString key; // in the JSON: <key>Ms, <key>RssMiB
        QString label;
        Samples time;
        Samples rss;
    };
    std::vector<Contender> contenders {
            {options.app, QStringLiteral("app"), QStringLiteral("revoke-console"), {}, {}},
            {options.bareWindow, QStringLiteral("bare"), QStringLiteral("bare window"), {}, {}}};
    // The optional contenders: a path left empty leaves that one out.
    const auto addIfGiven
            = [&contenders](const QString &program, const QString &key, const QString &label) {
                  if (!program.isEmpty())
                      contenders.push_back({program, key, label, {}, {}});
              };
    addIfGiven(options.linkedWindow, QStringLiteral("linked"),
               QStringLiteral("bare window, app's libraries"));
    addIfGiven(options.textWindow, QStringLiteral("text"),
               QStringLiteral("bare window, one line of text"));
    addIfGiven(options.controlsWindow, QStringLiteral("controls"),
               QStringLiteral("bare window, first frame's controls"));
    // Built whole before any reference into it is taken.
    Contender &app = contenders[0];
    Contender &bare = contenders[1];
    const auto find = [&contenders](const QString &key) -> const Contender * {
        for (const Contender &c : contenders) {
            if (c.key == key)
                return &c;
        }
        return nullptr;
    };
    Samples pairedTimeRatio;
    Samples pairedOverControls; // revoke-console / the controls window, round by round
    const Contender *controls = find(QStringLiteral("controls"));
    // One round of each, not counted, fills the page cache for all.
    for (const Contender &c : contenders) {
        const FirstPaint warm = runToFirstPaint(c.program, {}, env);
        if (!warm.ok) {
            report.fail(warm.failure);
            return;
        }
    }
    for (int round = 0; round < options.runs; ++round) {
        // Rotating which goes first keeps a trend in the load off the ratios.
        const int n = int(contenders.size());
        for (int i = 0; i < n; ++i) {
            Contender &c = contenders[(round + i) % n];
            const FirstPaint paint = runToFirstPaint(c.program, {}, env);
            if (!paint.ok) {
                report.fail(QStringLiteral("round %1: %2").arg(round + 1).arg(paint.failure));
                return;
            }
            c.time.add(paint.fromSpawnMs);
            c.rss.add(paint.rssMiB);
        }
        pairedTimeRatio.add(app.time.values.constLast() / bare.time.values.constLast());
        if (controls)
            pairedOverControls.add(app.time.values.constLast() / controls->time.values.constLast());
    }
    const auto ratio = [](double a, double b) {
        return b > 0 ? a / b : 0;
    };
    const double timeRatio = ratio(app.time.median(), bare.time.median());
    const double p90Ratio = ratio(app.time.percentile(0.9), bare.time.percentile(0.9));
    const double rssRatio = ratio(app.rss.median(), bare.rss.median());
    const QString ms = QStringLiteral("ms");
    const QString mib = QStringLiteral("MiB");
    for (const Contender &c : contenders) {
        report.addText(c.key + QStringLiteral("FirstPaint"),
                       c.label + QStringLiteral(" to first paint"), p50p90(c.time, ms, 1));
        report.addText(c.key + QStringLiteral("PeakRss"), c.label + QStringLiteral(" peak RSS"),
                       p50p90(c.rss, mib, 1));
        report.addJson(c.key + QStringLiteral("Ms"), samplesJson(c.time));
        report.addJson(c.key + QStringLiteral("RssMiB"), samplesJson(c.rss));
    }
    report.addText(QStringLiteral("ratios"), QStringLiteral("ratio, revoke-console / bare"),
                   QStringLiteral("time %1x (p90 %2x, per-round median %3x), RSS %4x")
                           .arg(timeRatio, 0, 'f', 2)
                           .arg(p90Ratio, 0, 'f', 2)
                           .arg(pairedTimeRatio.median(), 0, 'f', 2)
                           .arg(rssRatio, 0, 'f', 2));
    report.addJson(QStringLiteral("timeRatio"), timeRatio);
    report.addJson(QStringLiteral("p90TimeRatio"), p90Ratio);
    report.addJson(QStringLiteral("pairedTimeRatioMedian"), pairedTimeRatio.median());
    report.addJson(QStringLiteral("rssRatio"), rssRatio);
    if (const Contender *linkedOne = find(QStringLiteral("linked"))) {
        // The libraries' share, and what the application's own code adds on top of them.
        const Contender &linked = *linkedOne;
        const double linkingRatio = ratio(linked.time.median(), bare.time.median());
        const double codeRatio = ratio(app.time.median(), linked.time.median());
        report.addText(QStringLiteral("linkedRatios"),
                       QStringLiteral("ratio, libraries alone / bare"),
                       QStringLiteral("time %1x, RSS %2x; revoke-console / libraries alone: "
                                      "time %3x, RSS %4x")
                               .arg(linkingRatio, 0, 'f', 2)
                               .arg(ratio(linked.rss.median(), bare.rss.median()), 0, 'f', 2)
                               .arg(codeRatio, 0, 'f', 2)
                               .arg(ratio(app.rss.median(), linked.rss.median()), 0, 'f', 2));
        report.addJson(QStringLiteral("linkingTimeRatio"), linkingRatio);
        report.addJson(QStringLiteral("appOverLinkedTimeRatio"), codeRatio);
    }
    if (const Contender *text = find(QStringLiteral("text"))) {
        // The part of any window's first frame that is its first text, and the rest.
        const double textRatio = ratio(text->time.median(), bare.time.median());
        report.addText(QStringLiteral("textRatios"),
                       QStringLiteral("ratio, one line of text / bare"),
                       QStringLiteral("time %1x; revoke-console / one line of text: time %2x")
                               .arg(textRatio, 0, 'f', 2)
                               .arg(ratio(app.time.median(), text->time.median()), 0, 'f', 2));
        report.addJson(QStringLiteral("textTimeRatio"), textRatio);
    }
    if (controls) {
        // What Qt charges for the first frame's content, and what the application adds to it.
        const double contentRatio = ratio(controls->time.median(), bare.time.median());
        const double overContent = ratio(app.time.median(), controls->time.median());
        report.addText(QStringLiteral("controlsRatios"),
                       QStringLiteral("ratio, first frame's controls / bare"),
                       QStringLiteral("time %1x, RSS %2x; revoke-console / first frame's "
                                      "controls: time %3x (per-round median %4x)")
                               .arg(contentRatio, 0, 'f', 2)
                               .arg(ratio(controls->rss.median(), bare.rss.median()), 0, 'f', 2)
                               .arg(overContent, 0, 'f', 2)
                               .arg(pairedOverControls.median(), 0, 'f', 2));
        report.addJson(QStringLiteral("controlsTimeRatio"), contentRatio);
        report.addJson(QStringLiteral("appOverControlsTimeRatio"), overContent);
        report.addJson(QStringLiteral("pairedAppOverControlsMedian"), pairedOverControls.median());
    }
    report.addNote(QStringLiteral("%1 rounds, rotating which starts first, after one uncounted "
                                  "round of each; time: spawn to the first painted frame "
                                  "(mapped and drawn); peak RSS: wait4 ru_maxrss")
                           .arg(options.runs));
}

void benchStartup(const ProcessBenchOptions &options, const QString &platform, Report &report)
{
    report.beginSection(QStringLiteral("startup_") + platform,
                        QStringLiteral("Cold start: revoke-console --demo to the first painted "
                                       "window (QT_QPA_PLATFORM=%1)")
                                .arg(platform));
    const QStringList env = firstPaintEnvironment(platform);
    Samples fromSpawn;
    Samples inMain;
    Samples rss;
    for (int i = 0; i < options.runs; ++i) {
        const FirstPaint paint = runToFirstPaint(options.app, {QStringLiteral("--demo")}, env);
        if (!paint.ok) {
            report.fail(QStringLiteral("run %1: %2").arg(i + 1).arg(paint.failure));
            return;
        }
        fromSpawn.add(paint.fromSpawnMs);
        inMain.add(paint.inMainMs);
        rss.add(paint.rssMiB);
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
