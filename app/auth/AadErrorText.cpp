#include "auth/AadErrorText.h"

#include "net/ResponseError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
class AadErrorTextTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::AadErrorText)
};
} // namespace

QString aadMessage(int code, const QString &oauthError)
{
    switch (code) {
    case 50076:
    case 50079:
        return AadErrorTextTr::tr(
                "Your organization requires multi-factor authentication for this sign-in. Sign in "
                "again and complete the second step.");
    case 50126:
        return AadErrorTextTr::tr("The user name or password is not correct.");
    case 53003:
        return AadErrorTextTr::tr(
                "Conditional Access blocked this sign-in. Ask your administrator which device or "
                "location is allowed.");
    case 65001:
        return AadErrorTextTr::tr(
                "The app has not been granted consent in this tenant. An administrator must "
                "consent to it first.");
    case 70008:
    case 700082:
    case 50173:
        return AadErrorTextTr::tr("Your sign-in has expired or was revoked. Sign in again.");
    case 700016:
        return AadErrorTextTr::tr(
                "The app (client ID) is not registered in this tenant. Check the client ID and "
                "the tenant.");
    case 90002:
        return AadErrorTextTr::tr("The tenant was not found. Check the tenant name or ID.");
    case 7000218:
        return AadErrorTextTr::tr(
                "The app registration does not allow public client flows (device code). Enable "
                "\"Allow public client flows\" on it.");
    case 700027:
        return AadErrorTextTr::tr(
                "The tenant did not accept the certificate: it is not registered on the app, or "
                "the signature did not verify. Upload the certificate to the app registration.");
    case 700021:
    case 700023:
        return AadErrorTextTr::tr(
                "The app's signed sign-in request was not addressed to this app and tenant. "
                "Check the client ID and the tenant.");
    case 700024:
        return AadErrorTextTr::tr(
                "The certificate sign-in was refused because the clocks disagree. Check this "
                "computer's date and time.");
    case 7000215:
        return AadErrorTextTr::tr(
                "The app's secret was refused. Revoke Console signs in app-only with a "
                "certificate, never a client secret.");
    case 50148:
        return AadErrorTextTr::tr(
                "The browser sign-in could not be completed (the PKCE check failed). Start the "
                "sign-in again.");
    case 54005:
        return AadErrorTextTr::tr("That sign-in was already used. Start the sign-in again.");
    case 50011:
    case 500112:
        return AadErrorTextTr::tr("The app registration does not list this redirect address. Add "
                                  "\"http://localhost\" as a mobile and desktop redirect URI.");
    case 65004:
        return AadErrorTextTr::tr("Consent was declined, so the sign-in did not complete.");
    case 50057:
        return AadErrorTextTr::tr("The account is disabled.");
    case 28000:
        return AadErrorTextTr::tr(
                "The sign-in asked for two resources at once, which Microsoft does not allow.");
    case 500011:
        return AadErrorTextTr::tr(
                "The resource asked for is not known in this tenant. Check the cloud settings.");
    default:
        break;
    }
    if (oauthError == QLatin1String("expired_token"))
        return AadErrorTextTr::tr(
                "The sign-in code expired before it was used. Start the sign-in again.");
    if (oauthError == QLatin1String("authorization_declined"))
        return AadErrorTextTr::tr("The sign-in was declined.");
    if (oauthError == QLatin1String("bad_verification_code"))
        return AadErrorTextTr::tr("The sign-in code was not recognised. Start the sign-in again.");
    if (oauthError == QLatin1String("invalid_grant"))
        return AadErrorTextTr::tr("The sign-in is no longer valid. Sign in again.");
    if (oauthError == QLatin1String("access_denied"))
        return AadErrorTextTr::tr("The sign-in was cancelled or access was denied.");
    if (oauthError == QLatin1String("temporarily_unavailable"))
        return AadErrorTextTr::tr(
                "The Microsoft sign-in service is temporarily unavailable. Try again shortly.");
    return AadErrorTextTr::tr("Microsoft sign-in failed.");
}

ServiceError aadError(const HttpResponse &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString oauthError = body.value(QLatin1String("error")).toString();
    if (oauthError.isEmpty()) {
        ServiceError e = errorFromResponse(r);
        if (e.kind != ServiceError::Kind::Throttled)
            e.kind = ServiceError::Kind::SignIn;
        return e;
    }
    const int code = body.value(QLatin1String("error_codes")).toArray().at(0).toInt();
    ServiceError e;
    e.kind = (r.status == 429 || r.status >= 500) ? ServiceError::Kind::Throttled
                                                  : ServiceError::Kind::SignIn;
    e.httpStatus = r.status;
    e.serviceCode = code ? QStringLiteral("AADSTS%1").arg(code) : oauthError;
    e.correlationId = body.value(QLatin1String("correlation_id")).toString();
    if (e.correlationId.isEmpty())
        e.correlationId = r.requestId;
    e.message = aadMessage(code, oauthError);
    // The description repeats trace ids and a timestamp; the first line is the useful part.
    e.detail = oauthError + QLatin1String(": ")
            + body.value(QLatin1String("error_description"))
                      .toString()
                      .section(QLatin1Char('\n'), 0, 0);
    return e;
}

} // namespace rc
