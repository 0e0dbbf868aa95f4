#pragma once
// Everything an authenticated Graph or SharePoint request needs, in one place: a token for the
// right resource, one refresh-and-retry on 401, and bounded retries on throttling (429/503/504)
// that honour Retry-After. Clients only say what they send and read what comes back; any HTTP
// status other than those arrives as a response for the client to interpret.

#include "core/Clock.h"
#include "net/HttpClient.h"
#include "net/TokenSource.h"

#include <functional>

namespace rc {

// No wait is ever longer than RetryAfter::MaxSeconds (5 min), whatever the server says: a longer
// Retry-After is read as 5 min, which is over maxWaitSeconds, so the request gives up at once.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first
    int maxWaitSeconds = 30; // one wait; a longer Retry-After gives up instead of hanging
    int maxTotalWaitSeconds = 60;
    int baseBackoffMs = 500; // without Retry-After: exponential, with jitter
};

class ServiceCaller final
{
public:
    // Told before each wait, so the banner can say "throttling, retrying in N s".
    using WaitObserver = std::function<void(int seconds, const ServiceError &cause)>;

    // clock: what the waits before a retry are timed on.
    ServiceCaller(HttpClient &http, TokenSource &tokens, Clock &clock = Clock::system())
        : m_http(http)
        , m_tokens(tokens)
        , m_clock(clock)
    { }

    Call send(Resource resource, HttpRequest request, QObject *context,
              HttpClient::Callback onDone);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setWaitObserver(WaitObserver observer) { m_observer = std::move(observer); }
    HttpClient &http() { return m_http; }

private:
    struct Attempt;
    void attempt(const std::shared_ptr<Attempt> &a);
    void handle(const std::shared_ptr<Attempt> &a, Result<HttpResponse> result);
    bool retryLater(const std::shared_ptr<Attempt> &a, const ServiceError &cause);

    HttpClient &m_http;
    TokenSource &m_tokens;
    Clock &m_clock;
    RetryPolicy m_policy;
    WaitObserver m_observer;
    // Parent of the retry timers, watched by every callback: nothing of a request still under way
    // calls into this caller once it is gone.
    QObject m_lifetime;
};

} // namespace rc
