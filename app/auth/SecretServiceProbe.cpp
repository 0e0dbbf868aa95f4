#include "auth/SecretServiceProbe.h"

#include "core/Deferred.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>

namespace rc {

namespace {

using Reply = std::function<void(const QDBusMessage &)>;

// Sends `message` without waiting; onReply gets the reply (or the error, or the timeout's error)
// from the event loop, unless context died first (the watcher dies with it).
void ask(const QDBusConnection &bus, const QDBusMessage &message, QObject *context, Reply onReply)
{
    auto *watcher = new QDBusPendingCallWatcher(
            bus.asyncCall(message, SecretServiceProbe::TimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, onReply = std::move(onReply)] {
                         watcher->deleteLater();
                         onReply(watcher->reply());
                     });
}

QDBusMessage busMethod(const QString &method, const QVariantList &args)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), method);
    message.setArguments(args);
    return message;
}

bool isReply(const QDBusMessage &message)
{
    return message.type() == QDBusMessage::ReplyMessage;
}

} // namespace

SecretServiceProbe::SecretServiceProbe(QString service)
    : m_service(std::move(service))
{ }

void SecretServiceProbe::whyUnreachable(QObject *context,
                                        std::function<void(std::optional<QString>)> onDone) const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why
                = QStringLiteral("no D-Bus session bus (%1)").arg(bus.lastError().message());
        answerLater(nullptr, context, [why, onDone = std::move(onDone)] { onDone(why); });
        return;
    }
    const QString service = m_service;
    ask(bus, busMethod(QStringLiteral("NameHasOwner"), {service}), context,
        [bus, service, context, onDone = std::move(onDone)](const QDBusMessage &owner) mutable {
            if (!isReply(owner) || owner.arguments().value(0).toBool()) {
                onDone(std::nullopt);
                return;
            }
            ask(bus, busMethod(QStringLiteral("ListActivatableNames"), {}), context,
                [service, onDone = std::move(onDone)](const QDBusMessage &activatable) {
                    if (!isReply(activatable)
                        || activatable.arguments().value(0).toStringList().contains(service)) {
                        onDone(std::nullopt);
                        return;
                    }
                    onDone(QStringLiteral("%1 is neither running nor activatable on the session "
                                          "bus")
                                   .arg(service));
                });
        });
}

void SecretServiceProbe::defaultCollectionLocked(QObject *context,
                                                 std::function<void(bool)> onDone) const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        answerLater(nullptr, context, [onDone = std::move(onDone)] { onDone(false); });
        return;
    }
    QDBusMessage alias = QDBusMessage::createMethodCall(
            m_service, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias.setArguments({QStringLiteral("default")});
    const QString service = m_service;
    ask(bus, alias, context,
        [bus, service, context, onDone = std::move(onDone)](const QDBusMessage &reply) mutable {
            const QString path = qdbus_cast<QDBusObjectPath>(reply.arguments().value(0)).path();
            if (!isReply(reply) || path.isEmpty() || path == QLatin1String("/")) {
                onDone(false);
                return;
            }
            QDBusMessage locked = QDBusMessage::createMethodCall(
                    service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                    QStringLiteral("Get"));
            locked.setArguments({QStringLiteral("org.freedesktop.Secret.Collection"),
                                 QStringLiteral("Locked")});
            ask(bus, locked, context, [onDone = std::move(onDone)](const QDBusMessage &answer) {
                onDone(isReply(answer)
                       && qdbus_cast<QDBusVariant>(answer.arguments().value(0)).variant().toBool());
            });
        });
}

} // namespace rc
