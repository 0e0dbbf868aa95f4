#include "cli/Console.h"

#include "cli/EchoOff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace rc::cli {

namespace {
class ConsoleTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::Console)
};
} // namespace

QString Console::printable(const QString &text)
{
    // Text from a server (a display name, a service message) must not drive the terminal:
    // control and bidirectional-formatting characters are dropped, line breaks kept.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const auto category = c.category();
        if (c == QLatin1Char('\n')
            || (category != QChar::Other_Control && category != QChar::Other_Format))
            clean += c;
    }
    return clean;
}

void Console::out(const QString &text)
{
    std::fputs(printable(text).toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Console::err(const QString &text)
{
    std::fputs(printable(text).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool Console::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool Console::ask(const QString &question, QString *answer)
{
    std::fputs(printable(question).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    *answer = QString::fromLocal8Bit(line.c_str()).trimmed();
    return true;
}

bool Console::confirm(const QString &question)
{
    QString answer;
    if (!ask(question, &answer))
        return false;
    return isYes(answer);
}

bool Console::isYes(const QString &answer)
{
    const QString a = answer.trimmed();
    // The English answers always count (scripts and habit), the prompt's own language's too.
    const QString yes[] = {
            QStringLiteral("y"), QStringLiteral("yes"),
            ConsoleTr::tr("y", "the one-letter answer that confirms a [Y]/[N] prompt, lower case"),
            ConsoleTr::tr("yes", "the word that confirms a [Y]/[N] prompt, lower case")};
    for (const QString &word : yes) {
        if (a.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Console::SecretLine Console::askSecret(const QString &question, SecretBytes *answer)
{
    std::fputs(printable(question).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const EchoOff quiet(STDIN_FILENO);
    const SecretLine read = readSecretLine(STDIN_FILENO, answer);
    if (quiet.isActive())
        std::fputc('\n', stderr); // the Enter that was not echoed
    return read;
}

Console::SecretLine Console::readSecretLine(int fd, SecretBytes *answer)
{
    QByteArray line;
    line.reserve(MaxSecretBytes + 1); // never reallocated: no copy is left behind in the heap
    bool tooLong = false;
    bool lineEnded = false;
    char c = 0;
    for (;;) {
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        if (c == '\n') {
            lineEnded = true;
            break;
        }
        // One byte past the limit fits: a \r before the \n is not part of the passphrase.
        if (line.size() <= MaxSecretBytes)
            line.append(c);
        else
            tooLong = true; // read on to the end of the line, keep nothing
    }
    secureZero(&c, sizeof c);
    if (line.endsWith('\r'))
        line.chop(1);
    if (tooLong || line.size() > MaxSecretBytes) {
        wipeBytes(line);
        *answer = SecretBytes();
        return SecretLine::TooLong;
    }
    *answer = SecretBytes(std::move(line));
    return !lineEnded && answer->isEmpty() ? SecretLine::EndOfInput : SecretLine::Read;
}

QString Console::outcomeText(const RevocationOutcome &outcome, const StatusMessage &message)
{
    QStringList lines {message.text};
    lines += message.details;
    if (message.offerEntraChannel) {
        lines << QCoreApplication::translate("rc::cli::Console",
                                             "Hint: run the same command with --channel entra to "
                                             "sign the user out through Entra ID.");
    }
    if (!outcome.correlationId.isEmpty()) {
        lines << QCoreApplication::translate("rc::cli::Console", "Correlation ID: %1")
                         .arg(outcome.correlationId);
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray Console::outcomeJson(const RevocationOutcome &outcome, const StatusMessage &message)
{
    QJsonObject o {{QStringLiteral("user"), outcome.user},
                   {QStringLiteral("channel"), channelName(outcome.channel)},
                   {QStringLiteral("outcome"), outcomeName(outcome.kind)},
                   {QStringLiteral("severity"), severityName(message.severity)},
                   {QStringLiteral("message"), message.text},
                   {QStringLiteral("details"), QJsonArray::fromStringList(message.details)},
                   {QStringLiteral("correlationId"), outcome.correlationId}};
    if (!outcome.displayName.isEmpty())
        o.insert(QStringLiteral("displayName"), outcome.displayName);
    if (outcome.serviceState >= 0)
        o.insert(QStringLiteral("state"), outcome.serviceState);
    // Every Entra outcome carries the verification keys, so scripts can rely on them.
    if (outcome.channel == Channel::Entra) {
        auto time = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(formatUtc(t)) : QJsonValue();
        };
        o.insert(QStringLiteral("verified"), outcome.verified);
        o.insert(QStringLiteral("sessionsValidFrom"), time(outcome.sessionsValidFromAfter));
        o.insert(QStringLiteral("sessionsValidFromBefore"), time(outcome.sessionsValidFromBefore));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace rc::cli
