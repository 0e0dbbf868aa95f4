#include "emulator/SignInPages.h"

#include "emulator/AadError.h"
#include "emulator/ScopeRequest.h"

#include <QHostAddress>

namespace rc::emu {

namespace {
QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
            .arg(htmlEscaped(name), htmlEscaped(value));
}
} // namespace

SignInPages::SignInPages(EmulatorState &state)
    : m_state(state)
{ }

QString SignInPages::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title></head>\n<body>\n<h1>%1</h1>\n%2</body></html>\n")
            .arg(htmlEscaped(title), body);
}

HttpAnswer SignInPages::errorPage(const QString &code, const QString &text) const
{
    if (text.isEmpty())
        return HttpAnswer::html(200,
                                page(QStringLiteral("Error lookup"),
                                     QStringLiteral("<p>AADSTS%1: see the emulator's "
                                                    "error answers.</p>\n")
                                             .arg(htmlEscaped(code))));
    return HttpAnswer::html(400,
                            page(QStringLiteral("Sign in"),
                                 QStringLiteral("<p id=\"error\">AADSTS%1: %2</p>\n")
                                         .arg(htmlEscaped(code), htmlEscaped(text))));
}

bool SignInPages::isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri);
    if (!url.isValid() || url.scheme() != QStringLiteral("http"))
        return false;
    const QString host = url.host();
    return host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0
            || QHostAddress(host).isLoopback();
}

HttpAnswer SignInPages::redirectWith(const QString &redirectUri,
                                     const QList<QPair<QString, QString>> &items) const
{
    QUrl target(redirectUri);
    if (target.path().isEmpty())
        target.setPath(QStringLiteral("/"));
    QByteArray query = target.query(QUrl::FullyEncoded).toUtf8();
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += '&';
        query += FormFields::encode(item.first) + '=' + FormFields::encode(item.second);
    }
    const QByteArray base = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
    return HttpAnswer::redirect(302, QUrl::fromEncoded(base + '?' + query));
}

HttpAnswer SignInPages::redirectError(const QString &redirectUri, const QString &state,
                                      const QString &error, int code, const QString &text) const
{
    const AadError aad {400, error, code, text};
    QList<QPair<QString, QString>> items {{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"),
                                           aad.description(newGuid(), newGuid(), m_state.now())}};
    if (!state.isEmpty())
        items.append({QStringLiteral("state"), state});
    return redirectWith(redirectUri, items);
}

HttpAnswer SignInPages::authorize(const EmulatedRequest &request)
{
    const bool posted = request.method == "POST";
    const FormFields params = FormFields::parse(posted ? request.body : request.query.toUtf8());
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (!m_state.tenant.isClientIdAccepted(clientId))
        return errorPage(QStringLiteral("700016"),
                         QStringLiteral("Application with identifier '%1' was not found in the "
                                        "directory '%2'.")
                                 .arg(clientId, m_state.tenant.domain()));
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    if (!isLoopbackRedirect(redirectUri))
        return errorPage(QStringLiteral("50011"),
                         QStringLiteral("The redirect URI '%1' specified in the request does not "
                                        "match the redirect URIs configured for the application "
                                        "'%2'.")
                                 .arg(redirectUri, clientId));
    const QString state = params.value(QStringLiteral("state"));
    if (params.value(QStringLiteral("response_type")) != QStringLiteral("code"))
        return redirectError(redirectUri, state, QStringLiteral("unsupported_response_type"), 70005,
                             QStringLiteral("response_type '%1' is not supported for this client.")
                                     .arg(params.value(QStringLiteral("response_type"))));
    const ScopeRequest scope
            = ScopeRequest::parse(params.value(QStringLiteral("scope")), m_state.graphUrl,
                                  m_state.sharePointUrl, m_state.tenant.domain());
    if (!scope.valid)
        return redirectError(redirectUri, state, scope.error, scope.errorCode, scope.errorText);
    const QString method = params.value(QStringLiteral("code_challenge_method"));
    const QString challenge = params.value(QStringLiteral("code_challenge"));
    if (!challenge.isEmpty() && !method.isEmpty() && method != QStringLiteral("S256")
        && method != QStringLiteral("plain"))
        return redirectError(
                redirectUri, state, QStringLiteral("invalid_request"), 501481,
                QStringLiteral("The code_challenge_method '%1' is not supported.").arg(method));
    if (!posted)
        return signInForm(request, params, QString());
    if (params.value(QStringLiteral("action")) == QStringLiteral("cancel"))
        return redirectError(redirectUri, state, QStringLiteral("access_denied"), 65004,
                             QStringLiteral("User declined to consent to access the app."));
    const DemoUser *user = m_state.tenant.find(params.value(QStringLiteral("login")).trimmed());
    if (!user)
        return signInForm(request, params,
                          QStringLiteral("AADSTS50034: The user account {EUII Hidden} does not "
                                         "exist in the %1 directory. To sign into this "
                                         "application, the account must be added to the "
                                         "directory.")
                                  .arg(m_state.tenant.domain()));
    if (!user->accountEnabled)
        return signInForm(request, params,
                          QStringLiteral("AADSTS50057: The user account is disabled."));
    AuthorizationCode code;
    code.code = randomToken(96);
    code.clientId = clientId;
    code.redirectUri = redirectUri;
    code.codeChallenge = challenge;
    code.codeChallengeMethod = method.isEmpty() ? QStringLiteral("plain") : method;
    code.scope = params.value(QStringLiteral("scope"));
    code.userId = user->id;
    code.expiresAt = m_state.now().addSecs(600);
    m_state.tokens.addAuthorizationCode(code);
    QList<QPair<QString, QString>> items {{QStringLiteral("code"), QString::fromLatin1(code.code)}};
    if (!state.isEmpty())
        items.append({QStringLiteral("state"), state});
    return redirectWith(redirectUri, items);
}

HttpAnswer SignInPages::signInForm(const EmulatedRequest &request, const FormFields &params,
                                   const QString &problem) const
{
    QString fields;
    for (const auto &item : params.items()) {
        if (item.first != QStringLiteral("login") && item.first != QStringLiteral("action"))
            fields += hidden(item.first, item.second);
    }
    QString login = params.value(QStringLiteral("login"));
    if (login.isEmpty())
        login = params.value(QStringLiteral("login_hint"));
    if (login.isEmpty())
        login = QStringLiteral("admin@") + m_state.tenant.domain();
    const QString body
            = (problem.isEmpty()
                       ? QString()
                       : QStringLiteral("<p id=\"error\">%1</p>\n").arg(htmlEscaped(problem)))
            + QStringLiteral("<form method=\"post\" action=\"%1\">\n%2"
                             "<label>Account <input name=\"login\" id=\"login\" value=\"%3\">"
                             "</label>\n"
                             "<button type=\"submit\" name=\"action\" value=\"signin\" "
                             "id=\"signin\">Sign in</button>\n"
                             "<button type=\"submit\" name=\"action\" value=\"cancel\" "
                             "id=\"cancel\">Cancel</button>\n</form>\n")
                      .arg(htmlEscaped(request.path), fields, htmlEscaped(login));
    return HttpAnswer::html(
            200, page(QStringLiteral("Sign in to %1").arg(m_state.tenant.domain()), body));
}

bool SignInPages::approve(const QString &userCode, const QString &upn, QString *error)
{
    DeviceAuthorization *device = m_state.tokens.deviceAuthorizationByUserCode(userCode);
    QString problem;
    const DemoUser *user = m_state.tenant.find(upn.trimmed());
    if (!device || device->state != DeviceAuthorization::State::Pending
        || m_state.now() >= device->expiresAt)
        problem = QStringLiteral("That code didn't work. Check the code and try again.");
    else if (!user)
        problem = QStringLiteral("AADSTS50034: The user account {EUII Hidden} does not exist in "
                                 "the %1 directory.")
                          .arg(m_state.tenant.domain());
    else if (!user->accountEnabled)
        problem = QStringLiteral("AADSTS50057: The user account is disabled.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    device->state = DeviceAuthorization::State::Approved;
    device->userId = user->id;
    return true;
}

bool SignInPages::decline(const QString &userCode)
{
    DeviceAuthorization *device = m_state.tokens.deviceAuthorizationByUserCode(userCode);
    if (!device || device->state != DeviceAuthorization::State::Pending)
        return false;
    device->state = DeviceAuthorization::State::Declined;
    return true;
}

HttpAnswer SignInPages::deviceLogin(const EmulatedRequest &request)
{
    if (request.method != "POST") {
        QString code = request.queryValue(QStringLiteral("otc"));
        if (code.isEmpty())
            code = request.queryValue(QStringLiteral("code"));
        return deviceLoginForm(code, QStringLiteral("admin@") + m_state.tenant.domain(), QString());
    }
    const FormFields form = FormFields::parse(request.body);
    const QString code = form.value(QStringLiteral("code"));
    const QString login = form.value(QStringLiteral("login"));
    if (form.value(QStringLiteral("action")) == QStringLiteral("decline")) {
        if (!decline(code))
            return deviceLoginForm(code, login,
                                   QStringLiteral("That code didn't work. Check the code and try "
                                                  "again."));
        return HttpAnswer::html(200,
                                page(QStringLiteral("Sign in declined"),
                                     QStringLiteral("<p id=\"done\">You have declined to "
                                                    "sign in to the application on your "
                                                    "device.</p>\n")));
    }
    QString problem;
    if (!approve(code, login, &problem))
        return deviceLoginForm(code, login, problem);
    return HttpAnswer::html(200,
                            page(QStringLiteral("Signed in"),
                                 QStringLiteral("<p id=\"done\">You have signed in to the "
                                                "application on your device. You may now "
                                                "close this window.</p>\n")));
}

HttpAnswer SignInPages::deviceLoginForm(const QString &code, const QString &login,
                                        const QString &message) const
{
    const QString body
            = (message.isEmpty()
                       ? QString()
                       : QStringLiteral("<p id=\"error\">%1</p>\n").arg(htmlEscaped(message)))
            + QStringLiteral("<form method=\"post\" action=\"/devicelogin\">\n"
                             "<label>Code <input name=\"code\" id=\"code\" value=\"%1\"></label>\n"
                             "<label>Account <input name=\"login\" id=\"login\" value=\"%2\">"
                             "</label>\n"
                             "<button type=\"submit\" name=\"action\" value=\"approve\" "
                             "id=\"approve\">Sign in</button>\n"
                             "<button type=\"submit\" name=\"action\" value=\"decline\" "
                             "id=\"decline\">Decline</button>\n</form>\n")
                      .arg(htmlEscaped(code), htmlEscaped(login));
    return HttpAnswer::html(message.isEmpty() ? 200 : 400,
                            page(QStringLiteral("Enter code"), body));
}

} // namespace rc::emu
