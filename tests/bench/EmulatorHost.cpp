#include "EmulatorHost.h"

#include "cli/DemoLaunch.h"
#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"
#include "support/BulkPeople.h"

namespace rc::bench {

EmulatorHost::EmulatorHost(bool ownThread)
    : m_context(std::make_unique<QObject>())
{
    if (ownThread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("emulator"));
        m_context->moveToThread(m_thread.get());
        m_thread->start();
    }
}

EmulatorHost::~EmulatorHost()
{
    // The emulator, its sockets and timers go in the thread they belong to.
    inThread([this] { m_emulator.reset(); });
    if (m_thread) {
        inThread([this] { m_context.reset(); });
        m_thread->quit();
        m_thread->wait();
    }
}

void EmulatorHost::inThread(const std::function<void()> &work)
{
    if (!m_thread) {
        work();
        return;
    }
    QMetaObject::invokeMethod(m_context.get(), work, Qt::BlockingQueuedConnection);
}

bool EmulatorHost::start(QString *why)
{
    bool started = false;
    inThread([&] {
        m_emulator = std::make_unique<emu::TenantEmulator>();
        const auto settings = cli::launchDemo(*m_emulator);
        started = settings.ok();
        if (started)
            m_settings = settings.value();
        else if (why)
            *why = settings.error().message;
    });
    return started;
}

void EmulatorHost::with(const std::function<void(emu::TenantEmulator &)> &work)
{
    inThread([&] { work(*m_emulator); });
}

QStringList EmulatorHost::addPeople(int count, const QString &prefix)
{
    QStringList upns;
    with([&](emu::TenantEmulator &emulator) {
        upns = test::addBulkPeople(emulator.tenant(), QLatin1String(cli::DemoTenantDomain), count,
                                   prefix, 5);
    });
    return upns;
}

} // namespace rc::bench
