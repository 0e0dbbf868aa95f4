#pragma once
// Asks the session bus what QtKeychain's errors leave out: whether a Secret Service is there at
// all, and whether its default collection is locked. SecretStore asks after a job answered. Every
// question is an asynchronous D-Bus call with a short timeout, so a slow or wedged bus never
// freezes the window; the answer comes from the event loop, never inside the call, and not at all
// once `context` (which must not be null) is gone.

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace rc {

class SecretServiceProbe final
{
public:
    static constexpr int TimeoutMs = 1000;

    // service: the bus name to ask; tests name a service of their own.
    explicit SecretServiceProbe(QString service = QStringLiteral("org.freedesktop.secrets"));

    // Why the service cannot be reached (no session bus; the name neither running nor
    // activatable), or nullopt when it is there or the bus would not say.
    void whyUnreachable(QObject *context, std::function<void(std::optional<QString>)> onDone) const;
    // True only when the bus says the default collection exists and is locked.
    void defaultCollectionLocked(QObject *context, std::function<void(bool)> onDone) const;

private:
    QString m_service;
};

} // namespace rc
