// revoke-bench: the benchmarks packaging/bench.sh runs. Prints a table and writes the figures as
// JSON. Not timed tests: nothing here compares a time with a bound; it fails (exit 1) only when a
// measurement could not be taken or a bulk run lost a row or revoked someone twice.
//
//   revoke-bench [--only startup,compare,cli,bulk,stall,list] [--runs N] [--people N]
//                [--stall-people N] [--rate R] [--burst B] [--latency MS] [--json FILE]
//                [--app PATH] [--bare-window PATH] [--linked-window PATH] [--text-window PATH]
//                [--controls-window PATH] [--smoke]
#include "BulkBench.h"
#include "Figures.h"
#include "ListBench.h"
#include "ProcessBenches.h"
#include "StallBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#if defined(__clang__)
#define BENCH_COMPILER "clang " __clang_version__
#else
#define BENCH_COMPILER "g++ " __VERSION__
#endif

using namespace rc::bench;

namespace {

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform says this for every dialog and raise(); noise, not a finding.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    defaultHandler(type, context, message);
}

// Benchmarks never touch the real user's settings, audit log or journal: this process and the
// children it starts get a throwaway home and XDG folders.
bool useScratchHome(const QTemporaryDir &scratch)
{
    if (!scratch.isValid())
        return false;
    const QString root = scratch.path();
    const QList<QPair<const char *, QString>> dirs {
            {"HOME", QStringLiteral("/home")},
            {"XDG_CONFIG_HOME", QStringLiteral("/config")},
            {"XDG_DATA_HOME", QStringLiteral("/data")},
            {"XDG_CACHE_HOME", QStringLiteral("/cache")},
            {"XDG_STATE_HOME", QStringLiteral("/state")},
            {"XDG_RUNTIME_DIR", QStringLiteral("/runtime")}};
    for (const auto &dir : dirs) {
        const QString path = root + dir.second;
        if (!QDir().mkpath(path))
            return false;
        qputenv(dir.first, QFile::encodeName(path));
    }
    return QFile::setPermissions(root + QStringLiteral("/runtime"),
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString firstLineOf(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // readAll: /proc files report a size of 0, so atEnd() is true at once.
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(line.indexOf(QLatin1Char(':')) + 1).trimmed();
    }
    return {};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QJsonObject machine()
{
    return {{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("buildType"), QStringLiteral(REVOKE_BENCH_BUILD_TYPE)},
            {QStringLiteral("compiler"), QStringLiteral(BENCH_COMPILER)},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("cpu"),
             firstLineOf(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("loadAverageAtStart"), loadAverage()}};
}

int intOption(const QCommandLineParser &p, const QString &name, int fallback)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    return p.isSet(name) && ok ? v : fallback;
}

// A binary's path: the option's value when given (empty too: that contender is left out), else
// the one this build made.
QString pathOption(const QCommandLineParser &p, const QString &name, const char *built)
{
    return p.isSet(name) ? p.value(name) : QString::fromUtf8(built);
}

} // namespace

int main(int argc, char **argv)
{
    defaultHandler = qInstallMessageHandler(quietHandler);
    QTemporaryDir scratch;
    if (!useScratchHome(scratch)) {
        std::fprintf(stderr, "revoke-bench: could not make a scratch home folder\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsoleBench"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-bench"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Revoke Console benchmarks."));
    p.addHelpOption();
    const auto opt = [&p](const char *name, const char *help, const char *value = nullptr) {
        p.addOption(value ? QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                               QLatin1String(value))
                          : QCommandLineOption(QLatin1String(name), QLatin1String(help)));
    };
    opt("only",
        "Comma-separated: startup, compare (the window against a bare QMainWindow), cli, bulk, "
        "stall, list (default: all but compare; --smoke: all).",
        "list");
    opt("runs", "Runs of each process benchmark (default 7).", "n");
    opt("people", "People in the bulk benchmark (default 10000).", "n");
    opt("stall-people", "People in the window stall benchmark (default 10000).", "n");
    opt("rate", "Write quota per second (default 500).", "r");
    opt("burst", "Write quota burst (default 500).", "b");
    opt("latency", "Graph answer latency in ms (default 20).", "ms");
    opt("json", "Where to write the figures (default bench-results.json).", "file");
    opt("app", "The revoke-console binary (default: the one this build made).", "path");
    opt("bare-window", "The bare window compare runs against (default: this build's).", "path");
    opt("linked-window",
        "The bare window linked with the application's libraries, compare's third contender "
        "(default: this build's; empty: none).",
        "path");
    opt("text-window",
        "The bare window showing one line of text, compare's fourth contender (default: this "
        "build's; empty: none).",
        "path");
    opt("controls-window",
        "The bare window showing the first frame's controls in plain Qt, compare's fifth "
        "contender (default: this build's; empty: none).",
        "path");
    opt("platforms",
        "Window platforms for the cold start (default: offscreen, plus xcb when "
        "DISPLAY is set).",
        "list");
    opt("smoke", "Tiny sizes, one run each: checks that every benchmark works and loses no row.");
    p.process(app);

    const bool smoke = p.isSet(QStringLiteral("smoke"));
    QStringList only = p.isSet(QStringLiteral("only"))
            ? p.value(QStringLiteral("only")).split(QLatin1Char(','))
            : QStringList {QStringLiteral("startup"), QStringLiteral("cli"), QStringLiteral("bulk"),
                           QStringLiteral("stall"), QStringLiteral("list")};
    // The comparison has a mode of its own (packaging/bench.sh startup); the smoke run checks it.
    if (smoke && !p.isSet(QStringLiteral("only")))
        only << QStringLiteral("compare");
    ProcessBenchOptions process;
    process.app = pathOption(p, QStringLiteral("app"), REVOKE_CONSOLE_BIN);
    process.bareWindow = pathOption(p, QStringLiteral("bare-window"), REVOKE_BARE_WINDOW_BIN);
    process.linkedWindow = pathOption(p, QStringLiteral("linked-window"), REVOKE_LINKED_WINDOW_BIN);
    process.textWindow = pathOption(p, QStringLiteral("text-window"), REVOKE_TEXT_WINDOW_BIN);
    process.controlsWindow
            = pathOption(p, QStringLiteral("controls-window"), REVOKE_CONTROLS_WINDOW_BIN);
    process.runs = intOption(p, QStringLiteral("runs"), smoke ? 1 : 7);
    BulkLoad bulk;
    bulk.people = intOption(p, QStringLiteral("people"), smoke ? 200 : 10000);
    bulk.ratePerSecond = intOption(p, QStringLiteral("rate"), 500);
    bulk.burst = intOption(p, QStringLiteral("burst"), 500);
    bulk.latencyMs = intOption(p, QStringLiteral("latency"), 20);
    BulkLoad stall = bulk;
    stall.people = intOption(p, QStringLiteral("stall-people"), smoke ? 100 : 10000);
    ListLoad list;
    if (smoke)
        list = {2000, 1000, 200, 200};
    QStringList platforms {QStringLiteral("offscreen")};
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        platforms << QStringLiteral("xcb");
    if (p.isSet(QStringLiteral("platforms")))
        platforms = p.value(QStringLiteral("platforms")).split(QLatin1Char(','));
    const QString jsonPath = p.isSet(QStringLiteral("json")) ? p.value(QStringLiteral("json"))
                                                             : QStringLiteral("bench-results.json");

    QJsonObject meta = machine();
    std::printf("revoke-bench: %s build, Qt %s, %d cores, load average %s%s\n",
                REVOKE_BENCH_BUILD_TYPE, qVersion(), QThread::idealThreadCount(),
                qPrintable(loadAverage()), smoke ? " (smoke run: tiny sizes)" : "");
    std::fflush(stdout);

    // The child processes first, before this process holds sockets and threads of its own.
    Report report;
    if (only.contains(QStringLiteral("startup"))) {
        for (const QString &platform : platforms)
            benchStartup(process, platform, report);
    }
    if (only.contains(QStringLiteral("compare"))) {
        for (const QString &platform : platforms)
            benchStartupVsBare(process, platform, report);
    }
    if (only.contains(QStringLiteral("cli")))
        benchCliRevoke(process, report);
    if (only.contains(QStringLiteral("bulk")))
        benchBulk(bulk, true, report);
    if (only.contains(QStringLiteral("stall"))) {
        benchWindowStall(stall, false, report);
        benchWindowStall(stall, true, report);
    }
    if (only.contains(QStringLiteral("list")))
        benchList(list, report);

    meta.insert(QStringLiteral("loadAverageAtEnd"), loadAverage());
    meta.insert(QStringLiteral("smoke"), smoke);
    std::printf("%s\n", qPrintable(report.table()));
    QFile json(jsonPath);
    if (!QDir().mkpath(QFileInfo(jsonPath).absolutePath()) || !json.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "revoke-bench: cannot write %s\n", qPrintable(jsonPath));
        return 2;
    }
    json.write(QJsonDocument(report.json(meta)).toJson());
    std::printf("Figures written to %s\n", qPrintable(QFileInfo(jsonPath).absoluteFilePath()));
    return report.ok() ? 0 : 1;
}
