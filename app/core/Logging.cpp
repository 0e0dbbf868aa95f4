#include "core/Logging.h"

namespace rc {
Q_LOGGING_CATEGORY(lcNet, "rc.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "rc.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGraph, "rc.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSpo, "rc.spo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRevoke, "rc.revoke", QtWarningMsg)
Q_LOGGING_CATEGORY(lcContain, "rc.contain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "rc.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmulator, "rc.emulator", QtWarningMsg)
// Info by default: a file or folder made private is worth one line, once.
Q_LOGGING_CATEGORY(lcFiles, "rc.files", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "rc.i18n", QtWarningMsg)
} // namespace rc
