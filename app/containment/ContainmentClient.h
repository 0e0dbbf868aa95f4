#pragma once
// The Microsoft Graph calls of a containment beyond the revocation: block or unblock a user's
// sign-in and read it back ("Update user"), list a user's registered devices ("List
// registeredDevices"), disable or enable one and read it back ("Update device"), and the
// sign-ins since a time ("List signIns"). Writes and their read-backs use the containment token
// (Resource::GraphContainment), the sign-in log its own (Resource::GraphSignInLog).

#include "containment/Device.h"
#include "containment/SignInEvent.h"
#include "net/ServiceCaller.h"

#include <QList>

namespace rc {

class ContainmentClient final
{
public:
    ContainmentClient(ServiceCaller &caller, QUrl graphBase);

    // PATCH /users/{id} {"accountEnabled": enabled}: 204 means accepted, not yet read back.
    Call setUserEnabled(const QString &userId, bool enabled, QObject *context,
                        std::function<void(Result<Done>)> onDone);
    // accountEnabled as Graph reads it now (unset: it did not say).
    Call userEnabled(const QString &userId, QObject *context,
                     std::function<void(Result<std::optional<bool>>)> onDone);
    // Every device registered to the user, all pages followed.
    Call registeredDevices(const QString &userId, QObject *context,
                           std::function<void(Result<QList<Device>>)> onDone);
    Call setDeviceEnabled(const QString &deviceObjectId, bool enabled, QObject *context,
                          std::function<void(Result<Done>)> onDone);
    Call device(const QString &deviceObjectId, QObject *context,
                std::function<void(Result<Device>)> onDone);
    // The user's sign-ins at or after `since`, newest first (at most `top`).
    Call signInsSince(const QString &userId, const QDateTime &since, int top, QObject *context,
                      std::function<void(Result<QList<SignInEvent>>)> onDone);

private:
    QUrl url(const QByteArray &path, const QByteArray &query = {}) const;
    Call patchEnabled(const QByteArray &path, bool enabled, QObject *context,
                      std::function<void(Result<Done>)> onDone);
    Call devicePage(const QUrl &url, QList<Device> sofar, QObject *context,
                    std::function<void(Result<QList<Device>>)> onDone);

    ServiceCaller &m_caller;
    QUrl m_base;
};

} // namespace rc
