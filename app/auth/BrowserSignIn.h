#pragma once
// The OAuth authorization-code flow with PKCE (S256) and a loopback redirect (RFC 8252), as
// docs/protocol-notes.md ("The authorize request") describes it: listen on a free loopback port,
// build the authorize URL (authorizeUrlReady, so the URL can be shown or copied), hand it to
// openBrowser, wait for the redirect, redeem its code with the verifier. One object per attempt:
// connect, then start() once. onDone runs once from the event loop (the owner may delete the
// attempt in it), never after cancel() or destruction; the port is closed as soon as the attempt
// ends. A minute before the wait ends, waitEnding says so; keepWaiting() then waits the whole time
// again, as often as the person wants (WCAG 2.2.1). The waits are on the endpoint's clock.

#include "auth/LoopbackRedirect.h"
#include "auth/Pkce.h"
#include "auth/TokenEndpoint.h"

#include "core/Clock.h"

#include <QObject>

#include <functional>
#include <optional>

namespace rc {

class BrowserSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)
public:
    // openBrowser shows the URL in the person's browser; false when there is none to open.
    BrowserSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                  std::function<bool(const QUrl &)> openBrowser, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // How long before the end of the wait waitEnding is emitted (at most half the wait): WCAG
    // 2.2.1 asks for 20 s or more to extend a time limit; a minute leaves time to notice and act.
    static constexpr int EndingWarningSeconds = 60;

    void start(std::function<void(Result<TokenGrant>)> onDone);
    void cancel();
    // Waits the whole timeout again from now; no-op once the attempt has ended.
    void keepWaiting();
    // How long to wait for the browser's redirect (default 300 s); set before start().
    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timeoutSeconds; }

    QUrl authorizeUrl() const { return m_authorizeUrl; } // empty before start()
    QString redirectUri() const { return m_listener.redirectUri(); }
    bool isBrowserOpened() const { return m_browserOpened; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    // openBrowser returned false: the sign-in keeps waiting for someone to open the URL by hand.
    void browserNotOpened(const QUrl &url);
    // The wait ends in secondsLeft unless keepWaiting() is called.
    void waitEnding(int secondsLeft);

private:
    QUrl buildAuthorizeUrl(const QString &state, const QByteArray &challenge) const;
    void redirected(AuthorizationRedirect redirect);
    void timedOut();
    int warningSeconds() const; // how long before the end of the wait waitEnding comes
    void startWaiting();
    void stopWaiting();
    void finish(Result<TokenGrant> result);

    TokenEndpoint &m_endpoint;
    QString m_scopes;
    QUrl m_audience;
    std::function<bool(const QUrl &)> m_openBrowser;
    std::function<void(Result<TokenGrant>)> m_onDone;
    std::optional<Pkce> m_pkce;
    LoopbackRedirect m_listener;
    ClockTimer m_timeout;
    ClockTimer m_ending;
    QUrl m_authorizeUrl;
    int m_timeoutSeconds = 300;
    bool m_browserOpened = false;
    Call m_call;
};

// The message and codes of an error redirect (error, error_description), as a sign-in error.
ServiceError authorizeRedirectError(const QString &error, const QString &description);

} // namespace rc
