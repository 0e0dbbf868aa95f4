#include "net/ServiceCaller.h"

#include "core/Logging.h"
#include "net/ResponseError.h"
#include "net/RetryAfter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>

namespace rc {

struct ServiceCaller::Attempt
{
    Resource resource;
    HttpRequest request;
    QPointer<QObject> context;
    HttpClient::Callback onDone;
    Call call;
    int attempts = 0;
    int waitedSeconds = 0;
    bool refreshedToken = false;

    void finish(Result<HttpResponse> result)
    {
        if (call.isCancelled() || !context || !onDone)
            return;
        auto done = std::move(onDone);
        onDone = nullptr;
        done(std::move(result));
    }
};

Call ServiceCaller::send(Resource resource, HttpRequest request, QObject *context,
                         HttpClient::Callback onDone)
{
    auto a = std::make_shared<Attempt>();
    a->resource = resource;
    a->request = std::move(request);
    a->context = context;
    a->onDone = std::move(onDone);
    attempt(a);
    return a->call;
}

void ServiceCaller::attempt(const std::shared_ptr<Attempt> &a)
{
    ++a->attempts;
    // A caller torn down while a token or an answer is on its way hears nothing more of it.
    const QPointer<QObject> alive(&m_lifetime);
    const Call step = m_tokens.accessToken(
            a->resource, a->context, [this, a, alive](Result<TokenPtr> token) {
                if (!alive)
                    return;
                if (!token) {
                    a->finish(token.error());
                    return;
                }
                a->request.bearer = token.value();
                a->call.follow(m_http.send(a->request, a->context,
                                           [this, a, alive](Result<HttpResponse> r) {
                                               if (alive)
                                                   handle(a, std::move(r));
                                           }));
            });
    a->call.follow(step);
}

void ServiceCaller::handle(const std::shared_ptr<Attempt> &a, Result<HttpResponse> result)
{
    if (!result) {
        a->finish(std::move(result));
        return;
    }
    const HttpResponse &response = result.value();
    if (response.status == 401) {
        // An access token can expire or be revoked early: refresh once and retry once.
        if (!a->refreshedToken) {
            a->refreshedToken = true;
            qCInfo(lcNet) << "401 from" << response.url.host() << "- refreshing the token once";
            m_tokens.discardAccessToken(a->resource);
            attempt(a);
            return;
        }
        ServiceError e = errorFromResponse(response);
        e.message = QCoreApplication::translate("rc::ServiceCaller",
                                                "%1 did not accept the sign-in, even after a "
                                                "refresh. Sign in again.")
                            .arg(response.url.host());
        a->finish(e);
        return;
    }
    if (kindForStatus(response.status) == ServiceError::Kind::Throttled) {
        const ServiceError cause = errorFromResponse(response);
        if (!retryLater(a, cause)) {
            ServiceError e = cause;
            e.message = QCoreApplication::translate("rc::ServiceCaller",
                                                    "Microsoft 365 is throttling requests or is "
                                                    "unavailable, and did not recover after %n "
                                                    "attempt(s). Try again in a few minutes.",
                                                    nullptr, a->attempts);
            a->finish(e);
        }
        return;
    }
    a->finish(std::move(result));
}

bool ServiceCaller::retryLater(const std::shared_ptr<Attempt> &a, const ServiceError &cause)
{
    // Every request sent through here is safe to repeat: lookups are reads, and revoking sessions
    // is idempotent (a second revocation only moves "valid from" to now again), so a throttled or
    // unavailable answer is retried rather than reported.
    const qint64 backoff = cause.retryAfterSeconds < 0
            ? RetryAfter::backoffMs(m_policy.baseBackoffMs, a->attempts, QRandomGenerator::global())
            : 0;
    const int waitMs = RetryAfter::waitMs(cause.retryAfterSeconds, backoff);
    const int waitSeconds = (waitMs + 999) / 1000;
    if (a->attempts >= m_policy.maxAttempts || waitSeconds > m_policy.maxWaitSeconds
        || a->waitedSeconds + waitSeconds > m_policy.maxTotalWaitSeconds || !a->context) {
        return false;
    }
    a->waitedSeconds += waitSeconds;
    qCInfo(lcNet) << "HTTP" << cause.httpStatus << "- retrying in" << waitMs << "ms";
    if (m_observer)
        m_observer(waitSeconds, cause);
    // The timer belongs to this caller: if it goes away first, the timer goes with it and never
    // calls into a dead ServiceCaller (nor sends the request again).
    const QPointer<ClockTimer> timer = m_clock.singleShot(waitMs, &m_lifetime, [this, a] {
        if (a->context)
            attempt(a);
    });
    a->call.setAbort([timer] {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
    });
    return true;
}

} // namespace rc
