#include "audit/AuditActionText.h"
#include "audit/CsvExport.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

namespace {

AuditRecord about(const QString &action, const QString &objectId = {},
                  const QString &objectName = {})
{
    AuditRecord r;
    r.action = action;
    r.objectId = objectId;
    r.objectName = objectName;
    return r;
}

} // namespace

TEST(AuditActionText, NamesEachActionInWords)
{
    EXPECT_EQ(auditActionText(about(AuditRecord::RevokeSessions)),
              QStringLiteral("Revoke sessions"));
    EXPECT_EQ(auditActionText(about(AuditRecord::BlockSignIn)), QStringLiteral("Block sign-in"));
    EXPECT_EQ(auditActionText(about(AuditRecord::UnblockSignIn)),
              QStringLiteral("Unblock sign-in"));
    EXPECT_EQ(auditActionText(about(AuditRecord::SignInCheck)), QStringLiteral("Sign-in check"));
    EXPECT_EQ(auditActionText(about(QStringLiteral("future-step"))), QStringLiteral("future-step"));
}

TEST(AuditActionText, ARowOlderThanActionsIsARevocation)
{
    EXPECT_EQ(auditActionText(about(QString())), QStringLiteral("Revoke sessions"));
}

TEST(AuditActionText, ADeviceRowNamesTheDevice)
{
    EXPECT_EQ(auditActionText(about(AuditRecord::DisableDevice, QStringLiteral("dev-1"),
                                    QStringLiteral("ADELE-LAPTOP"))),
              QStringLiteral("Disable device: ADELE-LAPTOP"));
    EXPECT_EQ(auditActionText(about(AuditRecord::EnableDevice, QStringLiteral("dev-1"),
                                    QStringLiteral("ADELE-LAPTOP"))),
              QStringLiteral("Enable device: ADELE-LAPTOP"));
    EXPECT_EQ(auditActionText(about(AuditRecord::EnableDevice, QStringLiteral("dev-1"))),
              QStringLiteral("Enable device: dev-1"))
            << "a device without a name is named by its id";
}

TEST(CsvExport, TheActionColumnsComeAfterTheExistingOnes)
{
    const QStringList header = auditCsvHeader().split(u',');
    ASSERT_EQ(header.size(), 18);
    EXPECT_EQ(header.mid(0, 4),
              (QStringList {QStringLiteral("time"), QStringLiteral("operator"),
                            QStringLiteral("tenant"), QStringLiteral("user")}));
    EXPECT_EQ(header.at(14), QStringLiteral("appVersion")) << "where it always was";
    EXPECT_EQ(header.mid(15),
              (QStringList {QStringLiteral("action"), QStringLiteral("actedOnId"),
                            QStringLiteral("actedOnName")}));
    const QStringList cells = auditCsvCells(
            about(AuditRecord::DisableDevice, QStringLiteral("dev-1"), QStringLiteral("LAPTOP")));
    ASSERT_EQ(cells.size(), header.size());
    EXPECT_EQ(cells.mid(15),
              (QStringList {QStringLiteral("disable-device"), QStringLiteral("dev-1"),
                            QStringLiteral("LAPTOP")}));
    EXPECT_EQ(auditCsvCells(about(QString())).at(15), QStringLiteral("revoke-sessions"));
}
