#pragma once
// What a TenantEmulator holds: the shared state, the three services and their listeners. Only
// TenantEmulator's own source files include this.

#include "emulator/EmulatorState.h"
#include "emulator/GraphService.h"
#include "emulator/IdentityService.h"
#include "emulator/SharePointService.h"
#include "emulator/TenantEmulator.h"

#include <QHttpServer>

#include <array>
#include <memory>

namespace rc::emu {

struct TenantEmulator::Private
{
    explicit Private(Clock &clock)
        : state(clock)
    { }

    EmulatorState state;
    IdentityService identity {state};
    GraphService graph {state};
    SharePointService sharePoint {state};
    QList<EmulatedRequest> requests;
    // Declared after everything the handlers use, so they are destroyed first: no request is
    // dispatched and no delayed answer fires into a half-destroyed emulator.
    std::array<std::unique_ptr<QHttpServer>, 3> servers;
    std::unique_ptr<QObject> timerContext = std::make_unique<QObject>();

    EmulatedService &service(Service which);
    QUrl &url(Service which);
    void onRequest(Service which, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder);
    HttpAnswer respond(Service which, const EmulatedRequest &request, const Fault *fault);
    HttpAnswer faultAnswer(Service which, const EmulatedRequest &request, const Fault &fault);
};

} // namespace rc::emu
