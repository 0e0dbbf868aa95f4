#pragma once
// The command line, parsed once: which verb, which user, which tenant and cloud. Parsing only;
// the verbs decide what the options mean.

#include "core/Result.h"

#include <QStringList>

namespace rc::cli {

struct CliOptions
{
    QString verb; // "revoke", "signin", "signout", "profile", "history", "emulator"
    QString subject; // the verb's second word: "profile list|export|import"
    QString user;
    bool whatIf = false;
    bool yes = false;
    bool json = false;
    bool demo = false;
    QString channel = QStringLiteral("entra");
    QString tenant;
    QString cloud;
    QString cloudConfig;
    QString clientId;
    QString auth; // signin: device-code, browser or certificate (empty: the profile's)
    QString certificate; // signin --auth certificate: PEM or PFX file
    QString file; // profile export/import
    QString approveAs; // emulator: device codes approved as this user
    QString writeQuota; // emulator: "RATE[:BURST]", checked by EmulatorCommand
    QString latency; // emulator: milliseconds before every answer, checked likewise
    QString reason; // recorded in the audit log with the revocation
    QString since; // history: from this date (ISO 8601)
    bool csv = false; // history: CSV instead of a table
    QString csvFile; // revoke --csv FILE: the list of people to sign out
    QString results; // revoke --csv: where the per-row results go (CSV)
    bool restart = false; // revoke --csv: ignore the journal of an interrupted run
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

Result<CliOptions> parseCommandLine(const QStringList &arguments);

} // namespace rc::cli
