#pragma once
// The terminal: stdout for outcomes (what scripts read), stderr for everything else, and the
// confirmation prompt, which is only ever asked of a real terminal.

#include "core/SecretBytes.h"
#include "revocation/RevocationOutcome.h"
#include "revocation/StatusMessage.h"

#include <QString>

namespace rc::cli {

class Console final
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static bool stdinIsTerminal();
    static QString printable(const QString &text);
    // Prints the question on stderr and reads one line; false on end of input.
    static bool ask(const QString &question, QString *answer);
    // ask(), true only when isYes(): anything else, or nothing, is No.
    static bool confirm(const QString &question);
    // "y" or "yes" in any case, or the translation's own letter and word ("j"/"ja", "o"/"oui").
    static bool isYes(const QString &answer);

    // A passphrase is one line of at most this many bytes (its line break not counted).
    static constexpr int MaxSecretBytes = 4096;
    enum class SecretLine {
        Read, // *answer holds the line (perhaps empty)
        EndOfInput, // nothing at all before the input ended
        TooLong, // over MaxSecretBytes: read to its end, wiped, refused
    };
    // The same for a passphrase: not echoed on a terminal (echo comes back even when the prompt
    // is interrupted: EchoOff); from a pipe, the first line.
    static SecretLine askSecret(const QString &question, SecretBytes *answer);
    // Reads one line from `fd` a byte at a time (nothing is buffered ahead, so no copy of the
    // secret stays in a stdio buffer and the rest of the input stays for the next prompt).
    static SecretLine readSecretLine(int fd, SecretBytes *answer);

    // What the CLI prints for an outcome: the message, its details, the correlation id.
    static QString outcomeText(const RevocationOutcome &outcome, const StatusMessage &message);
    // {"user","channel","outcome","message","correlationId"[,"verified","sessionsValidFrom"]}
    static QByteArray outcomeJson(const RevocationOutcome &outcome, const StatusMessage &message);
};

} // namespace rc::cli
