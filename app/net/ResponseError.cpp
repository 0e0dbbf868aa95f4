#include "net/ResponseError.h"

#include "net/RetryAfter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class ResponseErrorTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::ResponseError)
};

QString genericMessage(const HttpResponse &r)
{
    const QString host = r.url.host();
    switch (kindForStatus(r.status)) {
    case ServiceError::Kind::SignIn:
        return ResponseErrorTr::tr("%1 did not accept the sign-in. Sign in again.").arg(host);
    case ServiceError::Kind::Forbidden:
        return ResponseErrorTr::tr("%1 refused: the signed-in account is not allowed to do this.")
                .arg(host);
    case ServiceError::Kind::NotFound:
        return ResponseErrorTr::tr("%1 did not find what was asked for.").arg(host);
    case ServiceError::Kind::Throttled:
        return ResponseErrorTr::tr("Microsoft 365 is busy or throttling requests (%1 answered %2).")
                .arg(host)
                .arg(r.status);
    default:
        return ResponseErrorTr::tr("%1 answered with an error (HTTP %2).").arg(host).arg(r.status);
    }
}

// SharePoint explains a refused token in x-ms-diagnostics: 3000003;reason="Invalid audience Uri
// ..."
QString diagnosticsReason(const HttpResponse &r)
{
    static const QRegularExpression reason(QStringLiteral(R"re(reason="([^"]*)")re"));
    const auto m = reason.match(QString::fromUtf8(r.header("x-ms-diagnostics")));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

ServiceError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ServiceError::Kind::SignIn;
    case 403:
        return ServiceError::Kind::Forbidden;
    case 404:
        return ServiceError::Kind::NotFound;
    case 429:
    case 503:
    case 504:
        return ServiceError::Kind::Throttled;
    default:
        return ServiceError::Kind::Service;
    }
}

ServiceError errorFromResponse(const HttpResponse &r)
{
    ServiceError e;
    e.kind = kindForStatus(r.status);
    e.httpStatus = r.status;
    e.correlationId = r.requestId;
    e.retryAfterSeconds
            = RetryAfter::parse(r.header("Retry-After"), QDateTime::currentDateTimeUtc());

    QString serviceMessage;
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (body.value(QLatin1String("error")).isObject()) { // Microsoft Graph
        const QJsonObject error = body.value(QLatin1String("error")).toObject();
        e.serviceCode = error.value(QLatin1String("code")).toString();
        serviceMessage = error.value(QLatin1String("message")).toString();
        const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
        if (e.correlationId.isEmpty())
            e.correlationId = inner.value(QLatin1String("request-id")).toString();
    } else if (body.value(QLatin1String("odata.error")).isObject()) { // SharePoint REST
        const QJsonObject error = body.value(QLatin1String("odata.error")).toObject();
        e.serviceCode = error.value(QLatin1String("code")).toString();
        serviceMessage = error.value(QLatin1String("message"))
                                 .toObject()
                                 .value(QLatin1String("value"))
                                 .toString();
    }
    if (serviceMessage.isEmpty())
        serviceMessage = diagnosticsReason(r);
    e.message = genericMessage(r);
    e.detail = serviceMessage.isEmpty()
            ? QStringLiteral("HTTP %1").arg(r.status)
            : QStringLiteral("HTTP %1 %2: %3").arg(r.status).arg(e.serviceCode, serviceMessage);
    if (!serviceMessage.isEmpty() && e.kind != ServiceError::Kind::Throttled)
        e.message += QLatin1Char(' ')
                + ResponseErrorTr::tr("The service said: %1").arg(serviceMessage);
    return e;
}

ServiceError unreadableResponse(const HttpResponse &r, const QString &what)
{
    ServiceError e = ServiceError::make(
            ServiceError::Kind::BadResponse,
            ResponseErrorTr::tr("%1 sent an answer that could not be read (%2).")
                    .arg(r.url.host(), what),
            // Never the body itself: an answer from the identity platform may hold a token.
            QStringLiteral("HTTP %1, %2 bytes of %3")
                    .arg(r.status)
                    .arg(r.body.size())
                    .arg(QString::fromLatin1(r.header("Content-Type"))));
    e.httpStatus = r.status;
    e.correlationId = r.requestId;
    return e;
}

} // namespace rc
