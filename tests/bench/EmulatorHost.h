#pragma once
// The demo tenant emulator for the in-process benchmarks, either in the caller's thread (as
// `revoke-console --demo` runs it: its work competes with the window's) or in a thread of its own
// (the client then sees a service that costs it nothing, as a real tenant). Everything that
// touches the emulator goes through with(), which runs in the emulator's thread and waits.

#include "connection/TenantConnection.h"

#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace rc::emu {
class TenantEmulator;
}

namespace rc::bench {

class EmulatorHost final
{
    Q_DISABLE_COPY_MOVE(EmulatorHost)
public:
    explicit EmulatorHost(bool ownThread);
    ~EmulatorHost();

    bool ownThread() const { return m_thread != nullptr; }
    // Starts the listeners as --demo does (device codes approved as the demo admin). False and a
    // reason when it could not.
    bool start(QString *why);
    const ConnectionSettings &settings() const { return m_settings; }

    void with(const std::function<void(emu::TenantEmulator &)> &work);

    // `count` members named <prefix>.00000@contoso..., sessions valid from 2024. Returns the UPNs.
    QStringList addPeople(int count, const QString &prefix);

private:
    void inThread(const std::function<void()> &work);

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context; // lives in the emulator's thread
    std::unique_ptr<emu::TenantEmulator> m_emulator;
    ConnectionSettings m_settings;
};

} // namespace rc::bench
