// The History table says what each row is about: the action in words, and the device a
// containment step acted on, from rows of today and rows written before actions existed.
#include "ui/HistoryModel.h"
#include "audit/AuditLog.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using rc::AuditLog;
using rc::AuditQuery;
using rc::AuditRecord;
using rc::ui::HistoryModel;

namespace {

AuditRecord row(const QString &action, const QString &outcome, const QString &deviceId = {},
                const QString &deviceName = {})
{
    AuditRecord r;
    r.operation = QStringLiteral("op");
    r.tenant = QStringLiteral("contoso.onmicrosoft.com");
    r.targetUpn = QStringLiteral("adele@contoso.com");
    r.targetObjectId = QStringLiteral("id-adele");
    r.channel = QStringLiteral("entra");
    r.action = action;
    r.outcome = outcome;
    r.objectId = deviceId;
    r.objectName = deviceName;
    return r;
}

class HistoryActions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_log = std::move(opened).value();
        // Oldest first; the model shows them newest first.
        ASSERT_TRUE(m_log->appendAll({row(QString(), QStringLiteral("NonInstantaneousSuccess")),
                                      row(AuditRecord::BlockSignIn, AuditRecord::Verified),
                                      row(AuditRecord::RevokeSessions,
                                          QStringLiteral("NonInstantaneousSuccess")),
                                      row(AuditRecord::DisableDevice, AuditRecord::Verified,
                                          QStringLiteral("dev-1"), QStringLiteral("ADELE-LAPTOP")),
                                      row(AuditRecord::SignInCheck, AuditRecord::Verified),
                                      row(AuditRecord::UnblockSignIn, AuditRecord::Verified),
                                      row(AuditRecord::EnableDevice, AuditRecord::Verified,
                                          QStringLiteral("dev-1"), QStringLiteral("ADELE-LAPTOP"))})
                            .ok());
    }

    QString cell(const HistoryModel &model, int r, int column, int role = Qt::DisplayRole) const
    {
        return model.data(model.index(r, column), role).toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
};

} // namespace

TEST_F(HistoryActions, EachRowSaysWhatItIsAbout)
{
    HistoryModel model(m_log.get());
    ASSERT_TRUE(model.reload(AuditQuery {}).ok());
    EXPECT_EQ(model.headerData(HistoryModel::Action, Qt::Horizontal).toString(),
              QStringLiteral("Action"));
    QStringList actions;
    for (int r = 0; r < model.rowCount(); ++r)
        actions << cell(model, r, HistoryModel::Action);
    EXPECT_EQ(actions,
              (QStringList {QStringLiteral("Enable device: ADELE-LAPTOP"),
                            QStringLiteral("Unblock sign-in"), QStringLiteral("Sign-in check"),
                            QStringLiteral("Disable device: ADELE-LAPTOP"),
                            QStringLiteral("Revoke sessions"), QStringLiteral("Block sign-in"),
                            QStringLiteral("Revoke sessions")}));
    EXPECT_EQ(cell(model, 0, HistoryModel::Action, Qt::ToolTipRole),
              QStringLiteral("Object id dev-1"));
    EXPECT_EQ(cell(model, 0, HistoryModel::Outcome), QStringLiteral("Verified"));
    EXPECT_EQ(cell(model, 0, HistoryModel::User), QStringLiteral("adele@contoso.com"));
}

TEST_F(HistoryActions, TheTextFilterFindsADeviceByName)
{
    HistoryModel model(m_log.get());
    AuditQuery query;
    query.text = QStringLiteral("adele-laptop");
    ASSERT_TRUE(model.reload(query).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(model, 0, HistoryModel::Action), QStringLiteral("Enable device: ADELE-LAPTOP"));
    EXPECT_EQ(cell(model, 1, HistoryModel::Action), QStringLiteral("Disable device: ADELE-LAPTOP"));
}
