#include "ui/DesktopContrast.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

namespace rc::ui {

namespace {

Q_LOGGING_CATEGORY(lcAppearance, "rc.appearance", QtInfoMsg)

const QString Appearance = QStringLiteral("org.freedesktop.appearance");
const QString Contrast = QStringLiteral("contrast");
const QString GnomeA11y = QStringLiteral("org.gnome.desktop.a11y.interface");
const QString GnomeHighContrast = QStringLiteral("high-contrast");

// A portal that is D-Bus activated may take a moment to start; one that never answers is not
// waited for longer than this.
constexpr int ReplyTimeoutMs = 10000;

// ReadOne's value is one variant; the older Read wraps it in one more.
QVariant unwrapped(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

bool isSilence(QDBusError::ErrorType type)
{
    // Nobody owns the name, nobody answers, or the bus went away: there is no portal to ask.
    switch (type) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
    case QDBusError::Disconnected:
    case QDBusError::NoServer:
    case QDBusError::UnknownObject:
    case QDBusError::UnknownInterface:
        return true;
    default:
        return false;
    }
}

} // namespace

const QString DesktopContrast::Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString DesktopContrast::Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString DesktopContrast::Interface = QStringLiteral("org.freedesktop.portal.Settings");

DesktopContrast::DesktopContrast(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_theme(themeAsksForHighContrast())
    , m_on(m_theme)
{ }

bool DesktopContrast::isHighContrastTheme(const QString &gtkTheme)
{
    const QString name = gtkTheme.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    return name.startsWith(QLatin1String("highcontrast")) || name.endsWith(QLatin1String("-hc"))
            || name.contains(QLatin1String("-hc-"));
}

bool DesktopContrast::themeAsksForHighContrast()
{
    return isHighContrastTheme(qEnvironmentVariable("GTK_THEME"));
}

bool DesktopContrast::highContrast() const
{
    return m_on;
}

void DesktopContrast::start()
{
    if (!m_bus.isConnected()) {
        qCInfo(lcAppearance).noquote()
                << QStringLiteral("No session bus (%1): the desktop's high-contrast setting is "
                                  "not followed")
                           .arg(m_bus.lastError().message());
        Q_EMIT settled();
        return;
    }
    // Subscribed first: a change between the question and its answer is not missed.
    // The slot's QDBusVariant has to be a known type before the first connection made with it.
    qRegisterMetaType<QDBusVariant>();
    if (!m_bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"), this,
                       SLOT(onSettingChanged(QString, QString, QDBusVariant))))
        qCWarning(lcAppearance).noquote()
                << "Cannot follow the desktop portal's changes:" << m_bus.lastError().message();
    read(Appearance, Contrast, Method::ReadOne);
    read(GnomeA11y, GnomeHighContrast, Method::ReadOne);
}

void DesktopContrast::read(const QString &ns, const QString &key, Method method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
            Service, Path, Interface,
            method == Method::ReadOne ? QStringLiteral("ReadOne") : QStringLiteral("Read"));
    call << ns << key;
    ++m_pending;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, ReplyTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, ns, key, method](QDBusPendingCallWatcher *answered) {
                answered->deleteLater();
                --m_pending;
                const QDBusMessage reply = answered->reply();
                const QDBusError error = answered->error();
                if (!answered->isError() && !reply.arguments().isEmpty()) {
                    take(ns, key, reply.arguments().constFirst());
                } else if (method == Method::ReadOne && error.type() == QDBusError::UnknownMethod) {
                    read(ns, key, Method::Read); // a portal older than version 2
                } else if (isSilence(error.type())) {
                    if (!m_loggedSilence) {
                        m_loggedSilence = true;
                        qCInfo(lcAppearance).noquote()
                                << QStringLiteral("No desktop portal (%1) answers on the session "
                                                  "bus (%2): the desktop's high-contrast setting "
                                                  "is not followed")
                                           .arg(Service, error.name());
                    }
                } else {
                    // The portal does not know the key (org.freedesktop.portal.Error.NotFound).
                    qCDebug(lcAppearance).noquote()
                            << QStringLiteral("The desktop portal has no %1 %2 (%3)")
                                       .arg(ns, key, error.name());
                }
                if (m_pending == 0)
                    Q_EMIT settled();
            });
}

void DesktopContrast::onSettingChanged(const QString &ns, const QString &key,
                                       const QDBusVariant &value)
{
    take(ns, key, value.variant());
}

void DesktopContrast::take(const QString &ns, const QString &key, const QVariant &value)
{
    const QVariant plain = unwrapped(value);
    if (ns == Appearance && key == Contrast)
        m_appearance = plain.toUInt() == 1; // 0 and unknown values: no preference
    else if (ns == GnomeA11y && key == GnomeHighContrast)
        m_gnome = plain.toBool();
    else
        return;
    update();
}

void DesktopContrast::update()
{
    const bool on = m_theme || (m_appearance ? *m_appearance : m_gnome.value_or(false));
    if (on == m_on)
        return;
    m_on = on;
    qCInfo(lcAppearance) << "The desktop asks for" << (on ? "high" : "normal") << "contrast";
    Q_EMIT highContrastChanged(on);
}

} // namespace rc::ui
