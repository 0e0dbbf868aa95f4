#pragma once
// Shared by the containment tests: PATCH of accountEnabled on a user or a device (as JSON, or
// with a body and Content-Type of the test's choosing), the registered devices and sign-in log
// reads, and operators holding the device and report roles.

#include "ConformanceTestSupport.h"

namespace rc::emu::test {

inline const QString Synced
        = QStringLiteral("Unable to update the specified properties for on-premises mastered "
                         "Directory Sync objects or objects currently undergoing migration.");
inline const QString NotJson
        = QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header "
                         "is set and payload is of valid JSON format.");

inline QByteArray enabledBody(bool enabled)
{
    return enabled ? QByteArray(R"({"accountEnabled":true})")
                   : QByteArray(R"({"accountEnabled":false})");
}

class ContainmentTest : public ConformanceTest
{
protected:
    static QByteArray encoded(const QString &key) { return QUrl::toPercentEncoding(key); }

    Reply patch(const QByteArray &path, const QByteArray &token, const QByteArray &body,
                const QByteArray &contentType = "application/json")
    {
        Headers headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return client.send("PATCH", graph(path), bearer(token, headers), body);
    }
    Reply patchUser(const QByteArray &token, const QString &key, bool enabled)
    {
        return patch("/v1.0/users/" + encoded(key), token, enabledBody(enabled));
    }
    Reply patchDevice(const QByteArray &token, const QString &key, bool enabled)
    {
        return patch("/v1.0/devices/" + encoded(key), token, enabledBody(enabled));
    }
    Reply getAs(const QByteArray &token, const QByteArray &pathAndQuery)
    {
        return client.get(graph(pathAndQuery), bearer(token));
    }
    // The object ids of a user's devices, as the tenant holds them.
    QStringList deviceIdsOf(const QString &upn)
    {
        QStringList ids;
        for (const DemoDevice *device :
             emulator.tenant().devices().devicesOf(emulator.tenant().find(upn)->id))
            ids.append(device->id);
        return ids;
    }
    // A member holding one role, for the role checks.
    QString userWithRole(const char *localPart, const char *roleTemplateId)
    {
        DemoUser user;
        user.userPrincipalName = contoso(localPart);
        user.displayName = QString::fromUtf8(localPart);
        user.roleTemplateIds = {QLatin1String(roleTemplateId)};
        emulator.tenant().addUser(user);
        return user.userPrincipalName;
    }
    // The sign-in log's five requests per ten seconds are available again.
    void afterSignInWindow() { clock.advance(10 * 1000 + 1); }
};

} // namespace rc::emu::test
