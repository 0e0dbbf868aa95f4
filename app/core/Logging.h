#pragma once
// One logging category per area, so `QT_LOGGING_RULES="rc.net.debug=true"` turns on one area.
// Only HttpClient logs traffic, and never headers or bodies (they may carry secrets).

#include <QLoggingCategory>

namespace rc {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
Q_DECLARE_LOGGING_CATEGORY(lcSpo)
Q_DECLARE_LOGGING_CATEGORY(lcRevoke)
Q_DECLARE_LOGGING_CATEGORY(lcContain)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
Q_DECLARE_LOGGING_CATEGORY(lcFiles)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
} // namespace rc
