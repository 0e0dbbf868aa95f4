#include "emulator/AadError.h"

#include "emulator/EmulatorState.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rc::emu {

namespace {
QString aadTimestamp(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}
} // namespace

QString AadError::description(const QString &traceId, const QString &correlationId,
                              const QDateTime &now) const
{
    // The real service separates the trailer lines with CRLF.
    return QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
            .arg(QString::number(code), text, traceId, correlationId, aadTimestamp(now));
}

HttpAnswer AadError::toAnswer(const QUrl &identityUrl, const QDateTime &now) const
{
    const QString traceId = newGuid();
    const QString correlationId = newGuid();
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    body.insert(QStringLiteral("error_description"), description(traceId, correlationId, now));
    body.insert(QStringLiteral("error_codes"), QJsonArray {code});
    // Consent errors name their kind, so that clients can tell them from other invalid_grants.
    if (code == 65001)
        body.insert(QStringLiteral("suberror"), QStringLiteral("consent_required"));
    body.insert(QStringLiteral("timestamp"), aadTimestamp(now));
    body.insert(QStringLiteral("trace_id"), traceId);
    body.insert(QStringLiteral("correlation_id"), correlationId);
    body.insert(QStringLiteral("error_uri"),
                QString(EmulatorState::baseText(identityUrl) + QStringLiteral("/error?code=")
                        + QString::number(code)));
    HttpAnswer answer = HttpAnswer::json(httpStatus, body, "application/json; charset=utf-8");
    answer.setHeader("x-ms-request-id", traceId.toLatin1());
    answer.setHeader("Cache-Control", "no-store, no-cache");
    return answer;
}

AadError AadError::unknownClient(const QString &clientId, const QString &domain)
{
    return {400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. "
                           "This can happen if the application has not been installed by the "
                           "administrator of the tenant or consented to by any user in the tenant. "
                           "You may have sent your authentication request to the wrong tenant.")
                    .arg(clientId, domain)};
}

} // namespace rc::emu
