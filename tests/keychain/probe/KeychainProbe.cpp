// keychain_probe: one SecretStore call in a process of its own, for the keychain tests that need
// a D-Bus session of their own (a locked keyring, a bus without a Secret Service).
//   keychain_probe read|write|remove SERVICE KEY [SECRET]
// Prints "ok" (plus "found" or "missing" for read) or "error <kind>", the message and the detail,
// one per line. Exit status 0 when the store answered, 2 on bad usage, 3 when it never answered.

#include "auth/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void report(const rc::ServiceError &error)
{
    print(QStringLiteral("error ") + rc::kindName(error.kind));
    print(error.message);
    print(error.detail);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString op = args.value(1);
    if (args.size() < 4 || (op == QLatin1String("write") && args.size() < 5)) {
        std::fputs("usage: keychain_probe read|write|remove SERVICE KEY [SECRET]\n", stderr);
        return 2;
    }
    rc::SecretStore store(args.at(2));
    const QString key = args.at(3);
    auto done = [&app](const rc::Result<rc::Done> &result) {
        if (result)
            print(QStringLiteral("ok"));
        else
            report(result.error());
        app.exit(0);
    };
    if (op == QLatin1String("read")) {
        store.read(key, &app, [&app](rc::Result<std::optional<rc::SecretBytes>> result) {
            if (result)
                print(result.value() ? QStringLiteral("ok\nfound") : QStringLiteral("ok\nmissing"));
            else
                report(result.error());
            app.exit(0);
        });
    } else if (op == QLatin1String("write")) {
        store.write(key, rc::SecretBytes(args.at(4).toUtf8()), &app, done);
    } else if (op == QLatin1String("remove")) {
        store.remove(key, &app, done);
    } else {
        std::fputs("unknown operation\n", stderr);
        return 2;
    }
    QTimer::singleShot(30000, &app, [&app] {
        print(QStringLiteral("no answer"));
        app.exit(3);
    });
    return app.exec();
}
