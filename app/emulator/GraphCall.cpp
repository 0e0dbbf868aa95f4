#include "emulator/GraphCall.h"

namespace rc::emu {

GraphCall::GraphCall(const EmulatedRequest &graphRequest, EmulatorState &emulatorState)
    : request(graphRequest)
    , state(emulatorState)
    , requestId(newGuid())
    , clientRequestId(QString::fromUtf8(graphRequest.header("client-request-id")))
{
    if (clientRequestId.isEmpty())
        clientRequestId = requestId;
}

QString GraphCall::serviceRoot() const
{
    return EmulatorState::baseText(state.graphUrl) + QStringLiteral("/v1.0");
}

QString GraphCall::contextUrl(const QString &entitySet, const QStringList &select) const
{
    QString url = serviceRoot() + QStringLiteral("/$metadata#") + entitySet;
    if (!select.isEmpty())
        url += QLatin1Char('(') + select.join(QLatin1Char(',')) + QLatin1Char(')');
    return url;
}

void GraphCall::addHeaders(HttpAnswer &answer) const
{
    if (!answer.hasHeader("request-id"))
        answer.setHeader("request-id", requestId.toLatin1());
    if (!answer.hasHeader("client-request-id"))
        answer.setHeader("client-request-id", clientRequestId.toUtf8());
    if (!answer.hasHeader("Date"))
        answer.setHeader("Date", httpDate(state.now()));
}

HttpAnswer GraphCall::json(int status, const QJsonObject &body) const
{
    HttpAnswer answer = HttpAnswer::json(status, body, GraphContentType);
    addHeaders(answer);
    return answer;
}

HttpAnswer GraphCall::error(int status, const QString &code, const QString &message) const
{
    const QJsonObject inner {{QStringLiteral("date"),
                              state.now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                             {QStringLiteral("request-id"), requestId},
                             {QStringLiteral("client-request-id"), clientRequestId}};
    const QJsonObject error {{QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("innerError"), inner}};
    HttpAnswer answer = json(status, QJsonObject {{QStringLiteral("error"), error}});
    if (status == 401) {
        answer.setHeader("WWW-Authenticate",
                         QStringLiteral("Bearer realm=\"\", authorization_uri=\"%1/common/oauth2/"
                                        "authorize\", client_id=\"00000003-0000-0000-c000-"
                                        "000000000000\"")
                                 .arg(EmulatorState::baseText(state.identityUrl))
                                 .toUtf8());
    }
    return answer;
}

} // namespace rc::emu
