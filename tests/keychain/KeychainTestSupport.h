#pragma once
// Shared by keychain_tests and keychain_nobus_tests: run a SecretStore call to its answer while
// counting how often its callback ran, make up a secret no file could contain by chance, and look
// for it in every file under HOME.

#include "auth/SecretStore.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

#include <memory>
#include <optional>
#include <string>

namespace rc::test {

// What a callback received, and how many times it ran. Shared, so a late callback never writes
// into a finished test's stack.
template<typename T> struct Answer
{
    int calls = 0;
    std::optional<Result<T>> result;

    bool ok() const { return result && result->ok(); }
    bool failed() const { return result && !result->ok(); }
    const ServiceError &error() const { return result->error(); } // only once failed()
    // For assertion messages.
    std::string why() const
    {
        if (!result)
            return "no answer";
        if (result->ok())
            return "ok";
        return QString(error().message + QStringLiteral(" | ") + error().detail).toStdString();
    }
};
template<typename T> using AnswerPtr = std::shared_ptr<Answer<T>>;
using ReadAnswer = AnswerPtr<std::optional<SecretBytes>>;
using DoneAnswer = AnswerPtr<Done>;

template<typename T> std::function<void(Result<T>)> record(const AnswerPtr<T> &answer)
{
    return [answer](Result<T> result) {
        ++answer->calls;
        answer->result.emplace(std::move(result));
    };
}

// Each waits up to 15 s for the answer; the caller asserts on calls and result.
inline ReadAnswer readSecret(SecretStore &store, const QString &key, QObject *context)
{
    auto answer = std::make_shared<ReadAnswer::element_type>();
    store.read(key, context, record(answer));
    waitFor([&] { return answer->calls > 0; });
    return answer;
}
inline DoneAnswer writeSecret(SecretStore &store, const QString &key, const QByteArray &secret,
                              QObject *context)
{
    auto answer = std::make_shared<DoneAnswer::element_type>();
    store.write(key, SecretBytes(secret), context, record(answer));
    waitFor([&] { return answer->calls > 0; });
    return answer;
}
inline DoneAnswer removeSecret(SecretStore &store, const QString &key, QObject *context)
{
    auto answer = std::make_shared<DoneAnswer::element_type>();
    store.remove(key, context, record(answer));
    waitFor([&] { return answer->calls > 0; });
    return answer;
}

inline QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}
// Printable, so a hit is easy to see, and unique, so a hit is ours.
inline QByteArray uniqueSecret()
{
    return "rc-secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

struct HomeScan
{
    QStringList hits; // files that contain one of the needles
    int files = 0; // files read
    bool complete = true; // false: HOME is too big to be a test's throwaway home
};

// Reads every regular file under HOME (sockets and FIFOs are skipped) and notes those that
// contain any needle. QtKeychain stores binary secrets base64-encoded, so callers pass both forms.
inline HomeScan scanHome(const QList<QByteArray> &needles)
{
    constexpr int MaxFiles = 20000;
    constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    HomeScan scan;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (++scan.files > MaxFiles) {
            scan.complete = false;
            break;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // another suite's file that is already gone
        const QByteArray bytes = file.read(MaxBytes);
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                scan.hits << path;
                break;
            }
        }
    }
    return scan;
}

} // namespace rc::test
