#pragma once
// An audit log for a test, in the test's own temporary folder (audit.sqlite), opened as the app
// opens it. Null, with the test failed, when the folder or the log cannot be made.

#include "audit/AuditLog.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

namespace rc::test {

inline std::unique_ptr<AuditLog> openAuditLogIn(const QTemporaryDir &dir)
{
    EXPECT_TRUE(dir.isValid());
    auto log = AuditLog::open(dir.filePath(QStringLiteral("audit.sqlite")));
    EXPECT_TRUE(log.ok()) << (log ? std::string() : log.error().message.toStdString());
    return log ? std::move(log).value() : nullptr;
}

} // namespace rc::test
