#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace rc::fuzz {

namespace {

// A parser warning about hostile input is expected; printing each would drown libFuzzer's output.
void quiet(QtMsgType, const QMessageLogContext &, const QString &) { }

} // namespace

void ensureApplication()
{
    // Never destroyed: libFuzzer leaves through exit(), after which Qt must not be torn down.
    // Reachable from this static, so LeakSanitizer does not count it.
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    static int argc = 1;
    static char name[] = "revoke-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(quiet);
    app = new QCoreApplication(argc, argv);
}

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "\nfuzz invariant violated: %s\n", what);
    std::abort();
}

} // namespace rc::fuzz
