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
    body.insert(QStringLiteral("timestamp"), aadTimestamp(now));
    body.insert(QStringLiteral("trace_id"), traceId);
    body.insert(QStringLiteral("correlation_id"), correlationId);
    body.insert(QStringLiteral("error_uri"),
                EmulatorState::baseText(identityUrl) + QStringLiteral("/error?code=")
                        + QString::number(code));
    HttpAnswer answer = HttpAnswer::json(httpStatus, body, "application/json; charset=utf-8");
    answer.setHeader("x-ms-request-id", traceId.toLatin1());
    answer.setHeader("Cache-Control", "no-store, no-cache");
    return answer;
}

} // namespace rc::emu
