// Containment, step 3: a user's registered devices (shape, $select, paging, what a reader without
// device permissions sees), one device by id or deviceId, and PATCH /devices/{id}
// {"accountEnabled": false} with its permission, roles, app-only rule, write quota and $batch.
#include "ContainmentTestSupport.h"

#include "directory/RoleTemplates.h"

using namespace rc::emu;
using namespace rc::emu::test;

namespace {
const QString Lee = contoso("lee.gu");
} // namespace

TEST_F(ContainmentTest, RegisteredDevices_EachIsADeviceWithItsProperties)
{
    const Reply reply = getAs(adminToken, "/v1.0/users/" + encoded(Lee) + "/registeredDevices");
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    ASSERT_EQ(value.size(), 2);
    EXPECT_FALSE(reply.json().contains(QStringLiteral("@odata.nextLink")));
    const QJsonObject laptop = value.at(0).toObject();
    EXPECT_EQ(laptop.value(QStringLiteral("@odata.type")).toString(),
              QStringLiteral("#microsoft.graph.device"));
    EXPECT_EQ(laptop.value(QStringLiteral("id")).toString(), deviceIdsOf(Lee).at(0));
    EXPECT_FALSE(laptop.value(QStringLiteral("deviceId")).toString().isEmpty());
    EXPECT_EQ(laptop.value(QStringLiteral("displayName")).toString(), QStringLiteral("LEE-LAPTOP"));
    EXPECT_EQ(laptop.value(QStringLiteral("operatingSystem")).toString(),
              QStringLiteral("Windows"));
    EXPECT_EQ(laptop.value(QStringLiteral("accountEnabled")), QJsonValue(true));
    EXPECT_EQ(value.at(1)[QLatin1String("operatingSystem")].toString(), QStringLiteral("iOS"));

    // A user with none: an empty collection. An unknown user: 404.
    const Reply none = getAs(
            adminToken, "/v1.0/users/" + encoded(contoso("joni.sherman")) + "/registeredDevices");
    EXPECT_EQ(none.status, 200);
    EXPECT_TRUE(none.json().value(QStringLiteral("value")).toArray().isEmpty());
    EXPECT_EQ(getAs(adminToken, "/v1.0/users/nobody%40contoso.onmicrosoft.com/registeredDevices")
                      .status,
              404);
}

TEST_F(ContainmentTest, RegisteredDevices_SelectAndPaging)
{
    const Reply selected
            = getAs(adminToken,
                    "/v1.0/users/" + encoded(Lee) + "/registeredDevices?$select=id,accountEnabled");
    ASSERT_EQ(selected.status, 200) << selected.body.toStdString();
    const QJsonObject first = selected.json()[QLatin1String("value")][0].toObject();
    EXPECT_EQ(first.keys(),
              (QStringList {QStringLiteral("@odata.type"), QStringLiteral("accountEnabled"),
                            QStringLiteral("id")}));
    expectGraphError(getAs(adminToken,
                           "/v1.0/users/" + encoded(Lee) + "/registeredDevices?$select=id,colour"),
                     400, "BadRequest",
                     QStringLiteral("Could not find a property named 'colour' on type "
                                    "'microsoft.graph.device'."));

    for (int i = 0; i < 3; ++i)
        ASSERT_FALSE(emulator.addDevice(Lee, QStringLiteral("LEE-VM-%1").arg(i),
                                        QStringLiteral("Windows"))
                             .isEmpty());
    QStringList seen;
    QUrl next = graph("/v1.0/users/" + encoded(Lee) + "/registeredDevices?$top=2&$select=id");
    int pages = 0;
    while (next.isValid() && pages < 5) {
        const Reply page = client.get(next, bearer(adminToken));
        ASSERT_EQ(page.status, 200) << page.body.toStdString();
        for (const QJsonValue &item : page.json().value(QStringLiteral("value")).toArray())
            seen.append(item[QLatin1String("id")].toString());
        next = QUrl(page.json().value(QStringLiteral("@odata.nextLink")).toString());
        ++pages;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, deviceIdsOf(Lee));
    EXPECT_EQ(getAs(adminToken, "/v1.0/users/" + encoded(Lee) + "/registeredDevices?$top=0").status,
              400);
}

TEST_F(ContainmentTest, RegisteredDevices_PermissionsAndLimitedInformation)
{
    // "List registeredDevices": User.Read reads one's own; others need User.Read.All or more.
    const QByteArray own = tokenWith(Lee, {QStringLiteral("User.Read")});
    EXPECT_EQ(getAs(own, "/v1.0/me/registeredDevices").status, 200);
    expectGraphError(
            getAs(own, "/v1.0/users/" + encoded(contoso("adele.vance")) + "/registeredDevices"),
            403, "Authorization_RequestDenied", Denied);
    // Without a device permission the members come back with their type and id only.
    const Reply limited = getAs(tokenWith(contoso("admin"), {QStringLiteral("User.Read.All")}),
                                "/v1.0/users/" + encoded(Lee) + "/registeredDevices");
    ASSERT_EQ(limited.status, 200) << limited.body.toStdString();
    const QJsonObject item = limited.json()[QLatin1String("value")][0].toObject();
    EXPECT_EQ(item.value(QStringLiteral("id")).toString(), deviceIdsOf(Lee).at(0));
    EXPECT_TRUE(item.value(QStringLiteral("displayName")).isNull());
    EXPECT_TRUE(item.value(QStringLiteral("accountEnabled")).isNull());
    // Application permissions: "Not supported."
    expectGraphError(getAs(appOnlyToken(), "/v1.0/users/" + encoded(Lee) + "/registeredDevices"),
                     403, "Authorization_RequestDenied", Denied);
}

TEST_F(ContainmentTest, GetDevice_ByIdOrDeviceIdWithSelect)
{
    const DemoDevice *phone = emulator.tenant().devices().find(deviceIdsOf(Lee).at(1));
    for (const QString &key : {phone->id, phone->deviceId}) {
        const Reply reply
                = getAs(adminToken,
                        "/v1.0/devices/" + encoded(key) + "?$select=id,displayName,accountEnabled");
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        EXPECT_EQ(reply.json().value(QStringLiteral("id")).toString(), phone->id);
        EXPECT_EQ(reply.json().value(QStringLiteral("displayName")).toString(),
                  QStringLiteral("Lee's iPhone"));
        EXPECT_FALSE(reply.json().contains(QStringLiteral("operatingSystem")));
    }
    EXPECT_EQ(getAs(adminToken, "/v1.0/devices/00000000-0000-0000-0000-000000000001").status, 404);
    expectGraphError(getAs(tokenWith(Lee, {QStringLiteral("User.Read")}),
                           "/v1.0/devices/" + encoded(phone->id)),
                     403, "Authorization_RequestDenied", Denied);
}

TEST_F(ContainmentTest, DisableDevice_Answers204AndTheDeviceIsDisabled)
{
    const QString laptop = deviceIdsOf(Lee).at(0);
    const Reply disabled = patchDevice(adminToken, laptop, false);
    EXPECT_EQ(disabled.status, 204) << disabled.body.toStdString();
    EXPECT_TRUE(disabled.body.isEmpty());
    EXPECT_EQ(emulator.deviceAccountEnabled(laptop), std::optional<bool>(false));
    const Reply read
            = getAs(adminToken, "/v1.0/devices/" + encoded(laptop) + "?$select=accountEnabled");
    EXPECT_EQ(read.json().value(QStringLiteral("accountEnabled")), QJsonValue(false));
    // By deviceId too; true enables it again.
    const QString deviceId = emulator.tenant().devices().find(laptop)->deviceId;
    EXPECT_EQ(patchDevice(adminToken, deviceId, true).status, 204);
    EXPECT_EQ(emulator.deviceAccountEnabled(laptop), std::optional<bool>(true));
    EXPECT_EQ(patchDevice(adminToken, QStringLiteral("00000000-0000-0000-0000-000000000001"), false)
                      .status,
              404);
    expectGraphError(
            patch("/v1.0/devices/" + encoded(laptop), adminToken, enabledBody(false), "text/plain"),
            400, "BadRequest", NotJson);
}

// "Update device": delegated only with Directory.AccessAsUser.All, and the operator must be an
// Intune, Cloud Device or Global Administrator.
TEST_F(ContainmentTest, DisableDevice_PermissionAndRoles)
{
    const QString phone = deviceIdsOf(Lee).at(1);
    const QByteArray noAccessAsUser = tokenWith(
            contoso("admin"), {QStringLiteral("Device.Read.All"), QStringLiteral("User.Read.All")});
    expectGraphError(patchDevice(noAccessAsUser, phone, false), 403, "Authorization_RequestDenied",
                     Denied);
    expectGraphError(patchDevice(graphToken(contoso("useradmin")), phone, false), 403,
                     "Authorization_RequestDenied", Denied);
    EXPECT_EQ(emulator.deviceAccountEnabled(phone), std::optional<bool>(true));
    const QString cloudDevice
            = userWithRole("clouddevice", rc::RoleTemplates::CloudDeviceAdministrator);
    EXPECT_EQ(patchDevice(graphToken(cloudDevice), phone, false).status, 204);
    const QString intune = userWithRole("intune", rc::RoleTemplates::IntuneAdministrator);
    EXPECT_EQ(patchDevice(graphToken(intune), phone, true).status, 204);
    EXPECT_EQ(emulator.deviceAccountEnabled(phone), std::optional<bool>(true));
}

TEST_F(ContainmentTest, DisableDevice_AppOnlyReachesWindowsDevicesOnly)
{
    const QStringList devices = deviceIdsOf(Lee);
    EXPECT_EQ(patchDevice(appOnlyToken(), devices.at(0), false).status, 204);
    expectGraphError(patchDevice(appOnlyToken(), devices.at(1), false), 403,
                     "Authorization_RequestDenied", Denied);
    EXPECT_EQ(emulator.deviceAccountEnabled(devices.at(1)), std::optional<bool>(true));
    emulator.setApplicationPermissions(QLatin1String(AppId), {QStringLiteral("Device.Read.All")});
    expectGraphError(patchDevice(appOnlyToken(), devices.at(0), true), 403,
                     "Authorization_RequestDenied", Denied);
}

TEST_F(ContainmentTest, DisableDevice_WriteQuotaAndBatch)
{
    const QStringList devices = deviceIdsOf(Lee);
    emulator.setWriteQuota(0.5, 1);
    EXPECT_EQ(patchDevice(adminToken, devices.at(0), false).status, 204);
    const Reply throttled = patchDevice(adminToken, devices.at(1), false);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_GE(retryAfterOf(throttled), 1);
    EXPECT_EQ(emulator.deviceAccountEnabled(devices.at(1)), std::optional<bool>(true));
    emulator.setWriteQuota(0, 1);

    const BatchReply batch
            = sendBatch({withBody({QStringLiteral("phone"), QStringLiteral("PATCH"),
                                   QStringLiteral("/devices/%1").arg(devices.at(1))},
                                  QJsonObject {{QStringLiteral("accountEnabled"), false}})});
    EXPECT_EQ(batch.status(QStringLiteral("phone")), 204) << batch.reply.body.toStdString();
    EXPECT_EQ(emulator.deviceAccountEnabled(devices.at(1)), std::optional<bool>(false));
}
