#include "auth/BrowserSignIn.h"

#include "auth/AadErrorText.h"
#include "auth/GrantedPermissions.h"
#include "core/Deferred.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace rc {

namespace {

// The state ties the redirect to this attempt (RFC 6749 §10.12): 128 bits from the OS CSPRNG.
QString newState()
{
    std::array<quint32, 4> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray raw
            = QByteArray::fromRawData(reinterpret_cast<const char *>(random.data()), sizeof random);
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Errors only the authorize step produces, for which aadMessage() has no better sentence.
QString authorizeOnlyMessage(const QString &error)
{
    if (error == QLatin1String("consent_required"))
        return BrowserSignIn::tr(
                "The app has not been granted consent in this tenant. An administrator must "
                "consent to it first.");
    if (error == QLatin1String("interaction_required") || error == QLatin1String("login_required"))
        return BrowserSignIn::tr(
                "Microsoft needs you to complete the sign-in in the browser. Start the sign-in "
                "again.");
    if (error == QLatin1String("server_error"))
        return BrowserSignIn::tr(
                "The Microsoft sign-in service had an internal error. Try again shortly.");
    return {};
}

// RFC 6749 §4.1.2.1: "error" holds only %x20-21 / %x23-5B / %x5D-7E. Anything else a hostile
// redirect carries (line breaks, quotes, control characters) is dropped, and the code is kept
// short, before it reaches the banner, the log and the audit row.
QString errorCode(const QString &error)
{
    QString code;
    for (const QChar c : error.left(64)) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7E && u != '"' && u != '\\')
            code += c;
    }
    return code;
}

} // namespace

ServiceError authorizeRedirectError(const QString &untrustedError, const QString &description)
{
    const QString error = errorCode(untrustedError);
    static const QRegularExpression aadsts(QStringLiteral("^AADSTS(\\d+)"));
    static const QRegularExpression correlation(
            QStringLiteral("Correlation ID: ([0-9A-Fa-f-]{36})"));
    const int code = aadsts.match(description).captured(1).toInt();
    ServiceError e;
    e.kind = ServiceError::Kind::SignIn;
    e.serviceCode = code ? QStringLiteral("AADSTS%1").arg(code) : error;
    e.correlationId = correlation.match(description).captured(1);
    e.message = aadMessage(code, error);
    const QString specific = authorizeOnlyMessage(error);
    if (!specific.isEmpty() && e.message == aadMessage(0, QString()))
        e.message = specific;
    // The description's first line is the useful part; trace ids and a timestamp follow.
    e.detail = error + QLatin1String(": ") + description.section(QLatin1Char('\n'), 0, 0).trimmed();
    return e;
}

BrowserSignIn::BrowserSignIn(TokenEndpoint &endpoint, QString scopes, QUrl audience,
                             std::function<bool(const QUrl &)> openBrowser, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_scopes(std::move(scopes))
    , m_audience(std::move(audience))
    , m_openBrowser(std::move(openBrowser))
    , m_timeout(endpoint.clock())
    , m_ending(endpoint.clock())
{
    connect(&m_timeout, &ClockTimer::timeout, this, &BrowserSignIn::timedOut);
    connect(&m_ending, &ClockTimer::timeout, this, [this] { Q_EMIT waitEnding(warningSeconds()); });
}

BrowserSignIn::~BrowserSignIn()
{
    cancel();
}

void BrowserSignIn::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qBound(1, seconds, 24 * 3600);
}

void BrowserSignIn::start(std::function<void(Result<TokenGrant>)> onDone)
{
    m_onDone = std::move(onDone);
    m_pkce = Pkce::generate();
    const QString state = newState();
    const auto listening = m_listener.listen(
            state, [this](AuthorizationRedirect redirect) { redirected(std::move(redirect)); });
    if (!listening) {
        // Never answer from inside start(): the caller may not be ready for it yet.
        m_call = answerLater(this, this, [this, error = listening.error()] { finish(error); });
        return;
    }
    m_authorizeUrl = buildAuthorizeUrl(state, m_pkce->challenge());
    startWaiting();
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    if (!m_onDone)
        return; // a slot cancelled the attempt
    m_browserOpened = m_openBrowser && m_openBrowser(m_authorizeUrl);
    if (!m_browserOpened && m_onDone) {
        qCInfo(lcAuth) << "the browser could not be opened; waiting for the URL to be opened by "
                          "hand";
        Q_EMIT browserNotOpened(m_authorizeUrl);
    }
}

int BrowserSignIn::warningSeconds() const
{
    return qMin(EndingWarningSeconds, m_timeoutSeconds / 2);
}

void BrowserSignIn::startWaiting()
{
    m_timeout.start(qint64(m_timeoutSeconds) * 1000);
    m_ending.start(qint64(m_timeoutSeconds - warningSeconds()) * 1000);
}

void BrowserSignIn::stopWaiting()
{
    m_timeout.stop();
    m_ending.stop();
}

void BrowserSignIn::keepWaiting()
{
    if (!m_onDone || !m_timeout.isActive())
        return;
    qCInfo(lcAuth) << "waiting another" << m_timeoutSeconds << "s for the browser";
    startWaiting();
}

void BrowserSignIn::cancel()
{
    if (!m_onDone)
        return;
    m_onDone = nullptr;
    stopWaiting();
    m_call.cancel();
    // A browser still waiting for its page hears why instead of a reset connection.
    m_listener.answer(false, BrowserSignIn::tr("The sign-in was cancelled in Revoke Console."));
    m_listener.close();
    if (m_pkce)
        m_pkce->wipe();
}

QUrl BrowserSignIn::buildAuthorizeUrl(const QString &state, const QByteArray &challenge) const
{
    const QList<QPair<QString, QString>> items {
            {QStringLiteral("client_id"), m_endpoint.clientId()},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), m_listener.redirectUri()},
            {QStringLiteral("scope"), m_scopes},
            {QStringLiteral("state"), state},
            {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
            {QStringLiteral("code_challenge_method"), Pkce::method()},
            {QStringLiteral("prompt"), QStringLiteral("select_account")},
    };
    // Every value fully percent-encoded: QUrlQuery would leave ':', '/' and '+' as they are, and
    // the service reads a '+' as a space.
    QByteArray query;
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += '&';
        query += item.first.toLatin1() + '=' + QUrl::toPercentEncoding(item.second);
    }
    QUrl url
            = m_endpoint.cloud().identityEndpoint(m_endpoint.tenant(), QStringLiteral("authorize"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void BrowserSignIn::redirected(AuthorizationRedirect redirect)
{
    stopWaiting();
    if (!redirect.error.isEmpty()) {
        ServiceError e = permissions::namingConsent(
                authorizeRedirectError(redirect.error, redirect.errorDescription), m_scopes);
        qCInfo(lcAuth) << "browser sign-in refused:" << e.serviceCode;
        m_listener.answer(false, e.message);
        finish(std::move(e));
        return;
    }
    qCInfo(lcAuth) << "browser sign-in redirected back; redeeming the code";
    m_call = m_endpoint.redeemAuthorizationCode(
            redirect.code, m_pkce->verifier(), m_listener.redirectUri(), m_scopes, m_audience, this,
            [this](Result<TokenGrant> grant) {
                m_listener.answer(grant.ok(), grant.ok() ? QString() : grant.error().message);
                finish(std::move(grant));
            });
}

void BrowserSignIn::timedOut()
{
    const bool minutes = m_timeoutSeconds % 60 == 0;
    const QString message = minutes ? BrowserSignIn::tr("The browser sign-in did not finish within "
                                                        "%n minute(s). Start the sign-in again.",
                                                        nullptr, m_timeoutSeconds / 60)
                                    : BrowserSignIn::tr("The browser sign-in did not finish within "
                                                        "%n second(s). Start the sign-in again.",
                                                        nullptr, m_timeoutSeconds);
    ServiceError e
            = ServiceError::make(ServiceError::Kind::SignIn, message,
                                 QStringLiteral("no redirect on loopback port %1 within %2 s")
                                         .arg(m_listener.port())
                                         .arg(m_timeoutSeconds));
    e.serviceCode = QStringLiteral("timeout");
    finish(std::move(e));
}

void BrowserSignIn::finish(Result<TokenGrant> result)
{
    stopWaiting();
    m_listener.close();
    if (m_pkce)
        m_pkce->wipe();
    if (auto done = std::move(m_onDone)) {
        m_onDone = nullptr;
        done(std::move(result));
    }
}

} // namespace rc
