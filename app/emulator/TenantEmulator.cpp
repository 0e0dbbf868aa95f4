#include "emulator/TenantEmulator.h"

#include "core/Logging.h"
#include "emulator/ReplyChannel.h"
#include "emulator/TenantEmulatorPrivate.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>

#include <array>
#include <memory>

namespace rc::emu {

namespace {

constexpr std::array<Service, 3> AllServices {Service::Identity, Service::Graph,
                                              Service::SharePoint};

} // namespace

EmulatedService &TenantEmulator::Private::service(Service which)
{
    switch (which) {
    case Service::Identity:
        return identity;
    case Service::Graph:
        return graph;
    case Service::SharePoint:
        break;
    }
    return sharePoint;
}

QUrl &TenantEmulator::Private::url(Service which)
{
    switch (which) {
    case Service::Identity:
        return state.identityUrl;
    case Service::Graph:
        return state.graphUrl;
    case Service::SharePoint:
        break;
    }
    return state.sharePointUrl;
}

void TenantEmulator::Private::onRequest(Service which, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    const EmulatedRequest recorded = EmulatedRequest::received(which, request, state.now());
    requests.append(recorded);
    qCDebug(lcEmulator) << serviceName(which) << recorded.method << recorded.path;

    auto channel = std::make_shared<ReplyChannel>(std::move(responder));
    std::optional<Fault> fault = state.faults.take(which, recorded.decodedPath());
    if (fault && fault->kind == Fault::Kind::Reset) {
        channel->reset();
        return;
    }
    // The configured latency applies to every answer (a $batch is one), an injected one adds.
    int delayMs = state.answerLatencyMs.at(static_cast<size_t>(which));
    if (fault && fault->kind == Fault::Kind::Latency) {
        delayMs += fault->latencyMs;
        fault.reset();
    }
    if (delayMs > 0) {
        // Answered (and handled) later; the channel drops the answer if the client left.
        state.clock.singleShot(
                delayMs, timerContext.get(), [this, which, recorded, channel, fault] {
                    channel->send(respond(which, recorded, fault ? &*fault : nullptr));
                });
        return;
    }
    channel->send(respond(which, recorded, fault ? &*fault : nullptr));
}

HttpAnswer TenantEmulator::Private::respond(Service which, const EmulatedRequest &request,
                                            const Fault *fault)
{
    EmulatedService &target = service(which);
    HttpAnswer answer = fault ? faultAnswer(which, request, *fault) : target.handle(request);
    target.decorate(request, answer);
    if (!answer.hasHeader("Date"))
        answer.setHeader("Date", httpDate(state.now()));
    return answer;
}

HttpAnswer TenantEmulator::Private::faultAnswer(Service which, const EmulatedRequest &request,
                                                const Fault &fault)
{
    EmulatedService &target = service(which);
    switch (fault.kind) {
    case Fault::Kind::Status: {
        HttpAnswer answer = target.failure(request, fault.status, fault.retryAfterSeconds);
        if (!fault.retryAfterText.isEmpty())
            answer.setHeader("Retry-After", fault.retryAfterText);
        return answer;
    }
    case Fault::Kind::Throttle:
        return target.failure(request, 429, 1);
    case Fault::Kind::ExpiredToken:
        return target.expiredToken(request);
    case Fault::Kind::MalformedBody:
        return target.malformed(request);
    case Fault::Kind::RedirectToOtherHost: {
        // Another origin: the identity listener (or Graph's, when identity itself redirects).
        const QUrl &other = which == Service::Identity ? state.graphUrl : state.identityUrl;
        QByteArray location = EmulatorState::baseText(other).toUtf8() + request.path.toUtf8();
        if (!request.query.isEmpty())
            location += '?' + request.query.toUtf8();
        return HttpAnswer::redirect(307, QUrl::fromEncoded(location));
    }
    case Fault::Kind::Latency: // delivery faults: the emulator delays or drops the answer
    case Fault::Kind::Reset:
        break;
    }
    return target.handle(request);
}

TenantEmulator::TenantEmulator(QObject *parent)
    : TenantEmulator(Clock::system(), parent)
{ }

TenantEmulator::TenantEmulator(Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(clock))
{ }

TenantEmulator::~TenantEmulator()
{
    d->timerContext.reset();
    for (auto &server : d->servers)
        server.reset();
}

bool TenantEmulator::start(QString *errorMessage)
{
    for (Service which : AllServices) {
        auto &server = d->servers.at(static_cast<size_t>(which));
        if (server)
            continue;
        server = std::make_unique<QHttpServer>();
        server->setMissingHandler(
                [this, which](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    d->onRequest(which, request, std::move(responder));
                });
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0) {
            server.reset();
            if (errorMessage)
                *errorMessage = tr("The %1 listener could not listen on 127.0.0.1.")
                                        .arg(serviceName(which));
            return false;
        }
        QUrl &url = d->url(which);
        url = QUrl();
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
    }
    qCInfo(lcEmulator) << "tenant emulator listening:" << cloudConfig();
    return true;
}

QUrl TenantEmulator::identityUrl() const
{
    return d->state.identityUrl;
}

QUrl TenantEmulator::graphUrl() const
{
    return d->state.graphUrl;
}

QUrl TenantEmulator::sharePointAdminUrl() const
{
    return d->state.sharePointUrl;
}

QJsonObject TenantEmulator::cloudConfig() const
{
    return {{QStringLiteral("authority"), EmulatorState::baseText(d->state.identityUrl)},
            {QStringLiteral("graph"), EmulatorState::baseText(d->state.graphUrl)},
            {QStringLiteral("sharepointAdmin"), EmulatorState::baseText(d->state.sharePointUrl)}};
}

DemoTenant &TenantEmulator::tenant()
{
    return d->state.tenant;
}

FaultPlan &TenantEmulator::faults()
{
    return d->state.faults;
}

void TenantEmulator::setAutoApproveAs(const QString &upn, int afterMs)
{
    d->state.autoApproveAs = upn;
    d->state.autoApproveAfterMs = qMax(0, afterMs);
}

bool TenantEmulator::approveDeviceCode(const QString &userCode, const QString &upn)
{
    return d->identity.approveDeviceCode(userCode, upn);
}

void TenantEmulator::declineDeviceCode(const QString &userCode)
{
    d->identity.declineDeviceCode(userCode);
}

void TenantEmulator::setDeviceCodeIntervalSeconds(int seconds)
{
    d->state.deviceCodeIntervalSeconds = qMax(0, seconds);
}

void TenantEmulator::setDeviceCodeLifetimeSeconds(int seconds)
{
    d->state.deviceCodeLifetimeSeconds = qMax(1, seconds);
}

void TenantEmulator::setDeviceCodeVerificationUri(const QString &uri)
{
    d->state.deviceCodeVerificationUri = uri;
}

void TenantEmulator::setConsentedPermissions(const QString &clientId,
                                             const QStringList &permissions, Service resource)
{
    d->state.tenant.consent().setConsented(
            clientId, resource == Service::SharePoint ? Audience::SharePoint : Audience::Graph,
            permissions);
}

void TenantEmulator::setApplicationPermissions(const QString &clientId,
                                               const QStringList &permissions, Service resource)
{
    d->state.tenant.consent().setApplication(
            clientId, resource == Service::SharePoint ? Audience::SharePoint : Audience::Graph,
            permissions);
}

void TenantEmulator::expireAccessTokens()
{
    d->state.tokens.expireAccessTokens();
}

void TenantEmulator::revokeRefreshTokens()
{
    d->state.tokens.revokeRefreshTokens();
}

QList<QByteArray> TenantEmulator::issuedSecrets() const
{
    return d->state.tokens.issuedSecrets();
}

void TenantEmulator::setPremiumLicense(bool premium)
{
    d->state.premiumLicense = premium;
}

void TenantEmulator::setSharePointRevocationDisabled(bool disabled)
{
    d->state.sharePointRevocationDisabled = disabled;
}

void TenantEmulator::setWriteQuota(double perSecond, int burst)
{
    d->state.writeQuota.configure(perSecond, burst);
}

int TenantEmulator::writesAccepted() const
{
    return d->state.writeQuota.accepted();
}

int TenantEmulator::writesThrottled() const
{
    return d->state.writeQuota.throttled();
}

int TenantEmulator::revocationCount(const QString &upnOrId, Service service) const
{
    return d->state.revocationCount(service, upnOrId);
}

void TenantEmulator::resetWriteCounters()
{
    d->state.writeQuota.resetCounters();
    d->state.resetRevocationCounts();
}

void TenantEmulator::setAnswerLatency(int ms)
{
    for (Service which : AllServices)
        setAnswerLatency(which, ms);
}

void TenantEmulator::setAnswerLatency(Service service, int ms)
{
    d->state.answerLatencyMs.at(static_cast<size_t>(service)) = qMax(0, ms);
}

void TenantEmulator::setBatchOrderSeed(quint32 seed)
{
    d->graph.setBatchOrderSeed(seed);
}

QList<EmulatedBatchItem> TenantEmulator::batchItems() const
{
    return d->state.batchItems;
}

QList<EmulatedRequest> TenantEmulator::requests() const
{
    return d->requests;
}

QList<EmulatedRequest> TenantEmulator::requestsTo(Service service) const
{
    QList<EmulatedRequest> matching;
    for (const EmulatedRequest &request : std::as_const(d->requests)) {
        if (request.service == service)
            matching.append(request);
    }
    return matching;
}

void TenantEmulator::clearRequests()
{
    d->requests.clear();
    d->state.batchItems.clear();
    d->state.batchesReceived = 0;
}

void TenantEmulator::setClockOffsetSeconds(qint64 seconds)
{
    d->state.clockOffsetSeconds = seconds;
}

QDateTime TenantEmulator::now() const
{
    return d->state.now();
}

} // namespace rc::emu
