// What restore re-enables: the devices this app disabled for a user, and did not enable since.

#include "audit/AuditLog.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc;

namespace {

const QString Tenant = QStringLiteral("contoso.onmicrosoft.com");
const QString Adele = QStringLiteral("id-adele");

AuditRecord step(const QString &action, const QString &outcome, const QString &deviceId,
                 const QString &deviceName, const QString &user = Adele,
                 const QString &tenant = Tenant)
{
    AuditRecord r;
    r.operation = QStringLiteral("op-") + deviceId;
    r.operatorUpn = QStringLiteral("admin@contoso.com");
    r.tenant = tenant;
    r.targetUpn = user + QStringLiteral("@contoso.com");
    r.targetObjectId = user;
    r.channel = QStringLiteral("entra");
    r.action = action;
    r.outcome = outcome;
    r.objectId = deviceId;
    r.objectName = deviceName;
    return r;
}

AuditRecord disabled(const QString &id, const QString &name, const QString &user = Adele,
                     const QString &tenant = Tenant)
{
    return step(AuditRecord::DisableDevice, AuditRecord::Verified, id, name, user, tenant);
}

AuditRecord enabled(const QString &id, const QString &name, const QString &user = Adele)
{
    return step(AuditRecord::EnableDevice, AuditRecord::Verified, id, name, user);
}

class AuditRestoreQuery : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = AuditLog::open(m_dir.filePath(QStringLiteral("audit.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_log = std::move(opened).value();
    }

    void write(const QList<AuditRecord> &rows) { ASSERT_TRUE(m_log->appendAll(rows).ok()); }

    QList<AuditObject> devices(const QString &tenant = Tenant, const QString &user = Adele) const
    {
        const auto found = m_log->devicesDisabledByThisApp(tenant, user);
        EXPECT_TRUE(found.ok()) << found.error().message.toStdString();
        return found ? found.value() : QList<AuditObject> {};
    }

    static QStringList ids(const QList<AuditObject> &objects)
    {
        QStringList list;
        for (const AuditObject &o : objects)
            list << o.id;
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
};

} // namespace

TEST_F(AuditRestoreQuery, ListsTheDisabledDevicesOldestFirst)
{
    write({disabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP")),
           disabled(QStringLiteral("dev-phone"), QStringLiteral("Adele's iPhone"))});
    const QList<AuditObject> found = devices();
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).id, QStringLiteral("dev-laptop"));
    EXPECT_EQ(found.at(0).name, QStringLiteral("ADELE-LAPTOP"));
    EXPECT_EQ(found.at(1).id, QStringLiteral("dev-phone"));
    EXPECT_EQ(found.at(1).name, QStringLiteral("Adele's iPhone"));
}

TEST_F(AuditRestoreQuery, ADeviceEnabledAgainIsNotListedUnlessDisabledAfter)
{
    write({disabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP")),
           disabled(QStringLiteral("dev-phone"), QStringLiteral("PHONE")),
           enabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP")),
           enabled(QStringLiteral("dev-phone"), QStringLiteral("PHONE")),
           disabled(QStringLiteral("dev-phone"), QStringLiteral("PHONE-2"))});
    const QList<AuditObject> found = devices();
    ASSERT_EQ(found.size(), 1) << ids(found).join(u',').toStdString();
    EXPECT_EQ(found.at(0), (AuditObject {QStringLiteral("dev-phone"), QStringLiteral("PHONE-2")}));
}

TEST_F(AuditRestoreQuery, DisabledTwiceEnabledOnceIsNotListed)
{
    write({disabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP")),
           disabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP")),
           enabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP"))});
    EXPECT_TRUE(devices().isEmpty());
}

TEST_F(AuditRestoreQuery, DisabledTwiceIsListedOnceWhereItWasFirstDisabled)
{
    write({disabled(QStringLiteral("dev-laptop"), QStringLiteral("OLD-NAME")),
           disabled(QStringLiteral("dev-phone"), QStringLiteral("PHONE")),
           disabled(QStringLiteral("dev-laptop"), QStringLiteral("ADELE-LAPTOP"))});
    const QList<AuditObject> found = devices();
    ASSERT_EQ(ids(found),
              (QStringList {QStringLiteral("dev-laptop"), QStringLiteral("dev-phone")}));
    EXPECT_EQ(found.at(0).name, QStringLiteral("ADELE-LAPTOP")) << "the name it had last";
}

TEST_F(AuditRestoreQuery, AnotherTenantOrUserIsNotListed)
{
    write({disabled(QStringLiteral("dev-other-tenant"), QStringLiteral("X"), Adele,
                    QStringLiteral("fabrikam.onmicrosoft.com")),
           disabled(QStringLiteral("dev-alex"), QStringLiteral("ALEX-PC"),
                    QStringLiteral("id-alex")),
           disabled(QStringLiteral("dev-adele"), QStringLiteral("ADELE-PC"))});
    EXPECT_EQ(ids(devices()), QStringList {QStringLiteral("dev-adele")});
    EXPECT_EQ(ids(devices(QStringLiteral("CONTOSO.onmicrosoft.com"))),
              QStringList {QStringLiteral("dev-adele")})
            << "a tenant's domain is matched without case";
    EXPECT_EQ(ids(devices(Tenant, QStringLiteral("id-alex"))),
              QStringList {QStringLiteral("dev-alex")});
    EXPECT_EQ(ids(devices(QStringLiteral("fabrikam.onmicrosoft.com"))),
              QStringList {QStringLiteral("dev-other-tenant")});
}

TEST_F(AuditRestoreQuery, PreviewsAndUnverifiedStepsAreIgnored)
{
    AuditRecord previewDisable = disabled(QStringLiteral("dev-preview"), QStringLiteral("P"));
    previewDisable.preview = true;
    AuditRecord previewEnable = enabled(QStringLiteral("dev-laptop"), QStringLiteral("L"));
    previewEnable.preview = true;
    write({previewDisable, disabled(QStringLiteral("dev-laptop"), QStringLiteral("L")),
           step(AuditRecord::DisableDevice, AuditRecord::NotVerified, QStringLiteral("dev-nv"),
                QStringLiteral("NV")),
           step(AuditRecord::DisableDevice, AuditRecord::Refused, QStringLiteral("dev-refused"),
                QStringLiteral("R")),
           step(AuditRecord::DisableDevice, AuditRecord::Started, QStringLiteral("dev-started"),
                QStringLiteral("S")),
           previewEnable,
           step(AuditRecord::EnableDevice, AuditRecord::NotVerified, QStringLiteral("dev-laptop"),
                QStringLiteral("L"))});
    EXPECT_EQ(ids(devices()), QStringList {QStringLiteral("dev-laptop")})
            << "only a verified disable counts, and only a verified enable undoes it";
}

TEST_F(AuditRestoreQuery, AnEnableDuringAnotherUsersRestoreCounts)
{
    // A device is enabled for everyone: restoring a second owner re-enabled it.
    write({disabled(QStringLiteral("dev-shared"), QStringLiteral("KIOSK")),
           enabled(QStringLiteral("dev-shared"), QStringLiteral("KIOSK"),
                   QStringLiteral("id-alex"))});
    EXPECT_TRUE(devices().isEmpty());
}

TEST_F(AuditRestoreQuery, AnEmptyLogListsNothing)
{
    write({step(QString(), QStringLiteral("NonInstantaneousSuccess"), QString(), QString())});
    EXPECT_TRUE(devices().isEmpty());
}
