// The identity platform's token endpoint answers as a hostile server may send them: a token
// answer, a device-code answer, or an OAuth error with AADSTS codes (app/auth/TokenEndpoint,
// app/auth/AadErrorText). The same bytes are read as each, with a success and a failure status.

#include "FuzzSupport.h"
#include "auth/AadErrorText.h"
#include "auth/TokenEndpoint.h"

namespace {

rc::HttpResponse answer(int status, const QByteArray &body)
{
    rc::HttpResponse r;
    r.status = status;
    r.url = QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/"
                                "v2.0/token"));
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    r.body = body;
    r.requestId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray body = rc::fuzz::bytes(data, size);
    const QUrl graph(QStringLiteral("https://graph.microsoft.com"));
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

    const auto grant = rc::TokenEndpoint::parseGrant(answer(200, body), graph, now);
    if (grant) {
        const rc::TokenPtr &token = grant.value().accessToken;
        check(token && !token->value.isEmpty(), "a grant holds an access token");
        check(token->audience == graph, "the token is bound to the audience asked for");
        check(token->expiresAt > now, "a granted token expires after now");
    } else {
        check(grant.error().kind == rc::ServiceError::Kind::BadResponse,
              "an unreadable token answer is a BadResponse");
    }

    const auto code = rc::TokenEndpoint::parseDeviceCode(answer(200, body));
    if (code) {
        check(!code.value().userCode.isEmpty() && !code.value().deviceCode.isEmpty(),
              "a device code has a user code and a device code");
        check(code.value().verificationUri.isValid(), "a device code has a verification URI");
        check(code.value().intervalSeconds >= 1 && code.value().intervalSeconds <= 60,
              "the polling interval is between 1 and 60 seconds");
        check(!code.value().message.isEmpty(), "a device code has an instruction");
    }

    for (int status : {400, 401, 429, 503}) {
        const rc::ServiceError e = rc::aadError(answer(status, body));
        check(e.kind == rc::ServiceError::Kind::SignIn
                      || e.kind == rc::ServiceError::Kind::Throttled,
              "a token endpoint error is a sign-in error or throttling");
        check(!e.message.isEmpty(), "a token endpoint error has a sentence");
        check(e.httpStatus == status, "the error keeps the HTTP status");
    }
    return 0;
}
