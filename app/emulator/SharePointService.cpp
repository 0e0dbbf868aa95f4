#include "emulator/SharePointService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rc::emu {

namespace {
const char JsonType[] = "application/json; charset=utf-8";
const char Office365TenantType[] = "e45fd516-a408-4ca4-b6dc-268e2f1f0f83";
const char TenantType[] = "Microsoft.Online.SharePoint.TenantManagement.Office365Tenant";
const char ResultType[]
        = "Microsoft.Online.SharePoint.TenantManagement.SPOUserSessionRevocationResult";
const char InvalidQuery[] = "Microsoft.SharePoint.Client.InvalidClientQueryException";
const char RestPath[] = "/_api/Microsoft.Online.SharePoint.TenantManagement.Office365Tenant/"
                        "RevokeAllUserSessions";

QString bareGuid(QString typeId)
{
    typeId = typeId.trimmed().toLower();
    if (typeId.startsWith(QLatin1Char('{')) && typeId.endsWith(QLatin1Char('}')))
        typeId = typeId.mid(1, typeId.size() - 2);
    return typeId;
}

QJsonObject header(const QString &traceId, const QJsonValue &errorInfo)
{
    return {{QStringLiteral("SchemaVersion"), QStringLiteral("15.0.0.0")},
            {QStringLiteral("LibraryVersion"), QStringLiteral("16.0.25012.12000")},
            {QStringLiteral("ErrorInfo"), errorInfo},
            {QStringLiteral("TraceCorrelationId"), traceId}};
}
} // namespace

struct SharePointService::Evaluation
{
    const CsomRequest &request;
    const AccessGrant &token;
    QMap<int, QJsonObject> results;
    std::optional<CsomError> error;
};

SharePointService::SharePointService(EmulatorState &state)
    : m_state(state)
{ }

HttpAnswer SharePointService::unauthorized(const QString &diagnostics,
                                           const QString &description) const
{
    HttpAnswer answer = HttpAnswer::json(
            401, QJsonObject {{QStringLiteral("error_description"), description}}, JsonType);
    answer.setHeader(
            "WWW-Authenticate",
            QStringLiteral("Bearer realm=\"%1\",client_id=\"00000003-0000-0ff1-ce00-"
                           "000000000000\",trusted_issuers=\"00000001-0000-0000-c000-"
                           "000000000000@*\",authorization_uri=\"%2/common/oauth2/"
                           "authorize\"")
                    .arg(m_state.tenant.tenantId(), EmulatorState::baseText(m_state.identityUrl))
                    .toUtf8());
    if (!diagnostics.isEmpty())
        answer.setHeader("x-ms-diagnostics", diagnostics.toUtf8());
    return answer;
}

HttpAnswer SharePointService::handle(const EmulatedRequest &request)
{
    const QString path = request.decodedPath();
    const bool csom
            = path.compare(QStringLiteral("/_vti_bin/client.svc/ProcessQuery"), Qt::CaseInsensitive)
            == 0;
    const bool rest = path.compare(QLatin1String(RestPath), Qt::CaseInsensitive) == 0;
    if (!csom && !rest)
        return HttpAnswer::text(404, "404 NOT FOUND");
    const QByteArray bearer = request.bearerToken();
    if (bearer.isEmpty())
        return unauthorized(QString(), QStringLiteral("Unsupported security token."));
    const AccessGrant *token = m_state.tokens.accessToken(bearer);
    if (!token)
        return unauthorized(
                QStringLiteral("2000001;reason=\"There has been an error "
                               "authenticating the request.\";category=\"invalid_client\""),
                QStringLiteral("Invalid JWT token. The token is not in JWS format."));
    if (token->audience != Audience::SharePoint) {
        const QString reason = QStringLiteral("Invalid audience Uri '%1'.")
                                       .arg(EmulatorState::baseText(m_state.graphUrl));
        return unauthorized(
                QStringLiteral("3000003;reason=\"%1\";category=\"invalid_client\"").arg(reason),
                reason);
    }
    if (token->isExpired(m_state.now()))
        return expiredToken(request);
    if (request.method != "POST") {
        HttpAnswer answer = HttpAnswer::text(405, "405 METHOD NOT ALLOWED");
        answer.setHeader("Allow", "POST");
        return answer;
    }
    // Both routes only revoke here, so each is one write against the tenant's quota.
    int retryAfterSeconds = 0;
    if (!m_state.writeQuota.take(&retryAfterSeconds))
        return failure(request, 429, retryAfterSeconds);
    return csom ? processQuery(request, *token) : restRevoke(request, *token);
}

bool SharePointService::isAdmin(const AccessGrant &token) const
{
    if (token.isAppOnly())
        return true; // Sites.FullControl.All
    const DemoUser *caller = m_state.tenant.find(token.userId);
    return caller
            && (caller->hasRole(QLatin1String(RoleTemplates::GlobalAdministrator))
                || caller->hasRole(QLatin1String(RoleTemplates::SharePointAdministrator)));
}

bool SharePointService::revoke(const AccessGrant &token, const QString &userName, int *state,
                               CsomError *error)
{
    if (!isAdmin(token)) {
        *error = {QStringLiteral("System.UnauthorizedAccessException"), -2147024891,
                  QStringLiteral("Access denied. You do not have permission to perform this "
                                 "action or access this resource.")};
        return false;
    }
    if (userName.trimmed().isEmpty()) {
        *error = {QStringLiteral("System.ArgumentException"), -2147024809,
                  QStringLiteral("The parameter userName cannot be empty.")};
        return false;
    }
    if (m_state.sharePointRevocationDisabled) {
        *state = 0;
        return true;
    }
    DemoUser *user = m_state.tenant.find(userName.trimmed());
    if (!user) {
        for (const DemoUser &candidate : m_state.tenant.users()) {
            if (!candidate.mail.isEmpty()
                && candidate.mail.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
                user = m_state.tenant.find(candidate.id);
        }
    }
    if (!user) {
        *state = 1;
        return true;
    }
    *state = user->spoState;
    m_state.countRevocation(Service::SharePoint, user->id);
    // The cmdlet revoked the Entra sessions too when it reported success.
    if (*state == 3 || *state == 4)
        m_state.revokeSessions(*user);
    return true;
}

QJsonObject SharePointService::evaluate(Evaluation &run, int pathId, int depth)
{
    if (run.results.contains(pathId))
        return run.results.value(pathId);
    const CsomObjectPath path = run.request.objectPaths.value(pathId);
    QJsonObject result;
    if (depth > 16) {
        run.error = CsomError {
                QLatin1String(InvalidQuery), -1,
                QStringLiteral("The object path with id %1 is recursive.").arg(pathId)};
    } else if (path.element == QStringLiteral("Constructor")) {
        if (bareGuid(path.typeId) == QLatin1String(Office365TenantType))
            result.insert(QStringLiteral("_ObjectType_"), QLatin1String(TenantType));
        else
            run.error = CsomError {QLatin1String(InvalidQuery), -1,
                                   QStringLiteral("Cannot find stub for type with id \"%1\". The "
                                                  "specified server library may not be compatible.")
                                           .arg(path.typeId)};
    } else if (path.element == QStringLiteral("Method")) {
        result = evaluateMethod(run, path, depth);
    } else {
        run.error = CsomError {QLatin1String(InvalidQuery), -1,
                               QStringLiteral("The object path \"%1\" with id %2 is not supported "
                                              "by this server.")
                                       .arg(path.element)
                                       .arg(pathId)};
    }
    run.results.insert(pathId, result);
    return result;
}

QJsonObject SharePointService::evaluateMethod(Evaluation &run, const CsomObjectPath &path,
                                              int depth)
{
    const QJsonObject parent = evaluate(run, path.parentId, depth + 1);
    if (run.error)
        return {};
    if (parent.value(QStringLiteral("_ObjectType_")).toString() != QLatin1String(TenantType)
        || path.name != QStringLiteral("RevokeAllUserSessions")) {
        run.error = CsomError {QLatin1String(InvalidQuery), -1,
                               QStringLiteral("Cannot find method \"%1\" on the type of object "
                                              "path %2.")
                                       .arg(path.name)
                                       .arg(path.parentId)};
        return {};
    }
    if (path.parameters.size() != 1 || path.parameters.at(0).type != QStringLiteral("String")) {
        run.error = CsomError {QLatin1String(InvalidQuery), -1,
                               QStringLiteral("The method \"RevokeAllUserSessions\" takes one "
                                              "parameter of type String; the request has %1 "
                                              "parameter(s) of other types.")
                                       .arg(path.parameters.size())};
        return {};
    }
    int state = 0;
    CsomError error;
    if (!revoke(run.token, path.parameters.at(0).text, &state, &error)) {
        run.error = error;
        return {};
    }
    return {{QStringLiteral("_ObjectType_"), QLatin1String(ResultType)},
            {QStringLiteral("State"), state}};
}

HttpAnswer SharePointService::processQuery(const EmulatedRequest &request, const AccessGrant &token)
{
    CsomRequest csom;
    QString problem;
    if (!CsomRequestParser::parse(request.body, &csom, &problem))
        return csomError({QLatin1String(InvalidQuery), -1, problem});
    Evaluation run {csom, token, {}, std::nullopt};
    const QString traceId = newGuid();
    QJsonArray answer {header(traceId, QJsonValue::Null)};
    for (const CsomAction &action : std::as_const(csom.actions)) {
        const QJsonObject result = evaluate(run, action.objectPathId, 0);
        if (run.error)
            return csomError(*run.error);
        answer.append(action.id);
        answer.append(action.element == QStringLiteral("Query")
                              ? result
                              : QJsonObject {{QStringLiteral("IsNull"), false}});
    }
    HttpAnswer reply = HttpAnswer::json(200, answer, JsonType);
    reply.setHeader("SPRequestGuid", traceId.toLatin1());
    reply.setHeader("request-id", traceId.toLatin1());
    return reply;
}

HttpAnswer SharePointService::csomError(const CsomError &error) const
{
    const QString traceId = newGuid();
    const QJsonObject info {{QStringLiteral("ErrorMessage"), error.message},
                            {QStringLiteral("ErrorValue"), QJsonValue::Null},
                            {QStringLiteral("TraceCorrelationId"), traceId},
                            {QStringLiteral("ErrorCode"), error.code},
                            {QStringLiteral("ErrorTypeName"), error.typeName}};
    HttpAnswer answer = HttpAnswer::json(200, QJsonArray {header(traceId, info)}, JsonType);
    answer.setHeader("SPRequestGuid", traceId.toLatin1());
    answer.setHeader("request-id", traceId.toLatin1());
    return answer;
}

HttpAnswer SharePointService::restError(int status, const CsomError &error) const
{
    const QJsonObject message {{QStringLiteral("lang"), QStringLiteral("en-US")},
                               {QStringLiteral("value"), error.message}};
    const QJsonObject body {
            {QStringLiteral("odata.error"),
             QJsonObject {{QStringLiteral("code"),
                           QStringLiteral("%1, %2").arg(error.code).arg(error.typeName)},
                          {QStringLiteral("message"), message}}}};
    return HttpAnswer::json(status, body, JsonType);
}

HttpAnswer SharePointService::restRevoke(const EmulatedRequest &request, const AccessGrant &token)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(QStringLiteral("userName")).isString())
        return restError(400,
                         {QLatin1String(InvalidQuery), -1,
                          QStringLiteral("The parameter userName does not exist in method "
                                         "RevokeAllUserSessions.")});
    int state = 0;
    CsomError error;
    if (!revoke(token, document.object().value(QStringLiteral("userName")).toString(), &state,
                &error))
        return restError(error.code == -2147024891 ? 403 : 400, error);
    QJsonObject body {{QStringLiteral("State"), state}};
    if (request.header("accept").contains("odata=verbose")) {
        body.insert(QStringLiteral("__metadata"),
                    QJsonObject {{QStringLiteral("type"), QLatin1String(ResultType)}});
        body = QJsonObject {{QStringLiteral("d"), body}};
    }
    return HttpAnswer::json(200, body, JsonType);
}

HttpAnswer SharePointService::failure(const EmulatedRequest &request, int status,
                                      int retryAfterSeconds)
{
    Q_UNUSED(request)
    HttpAnswer answer = HttpAnswer::text(status, QByteArray());
    if (retryAfterSeconds >= 0)
        answer.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return answer;
}

HttpAnswer SharePointService::expiredToken(const EmulatedRequest &request)
{
    Q_UNUSED(request)
    return unauthorized(
            QStringLiteral("3000006;reason=\"Token expired\";category=\"invalid_client\""),
            QStringLiteral("The token is expired."));
}

HttpAnswer SharePointService::malformed(const EmulatedRequest &request)
{
    Q_UNUSED(request)
    HttpAnswer answer;
    answer.setHeader("Content-Type", JsonType);
    answer.body = "[{\"SchemaVersion\":\"15.0.0.0\",\"LibraryVersion\":\"16.0.25012.12000\","
                  "\"ErrorInfo\":null,\"TraceCorrelationId\":\""
            + newGuid().toLatin1() + "\"},2,{\"IsNull\":fa";
    return answer;
}

void SharePointService::decorate(const EmulatedRequest &request, HttpAnswer &answer)
{
    Q_UNUSED(request)
    if (!answer.hasHeader("SPRequestGuid")) {
        const QByteArray id = newGuid().toLatin1();
        answer.setHeader("SPRequestGuid", id);
        answer.setHeader("request-id", id);
    }
    if (!answer.hasHeader("X-SharePointHealthScore"))
        answer.setHeader("X-SharePointHealthScore", "0");
    if (!answer.hasHeader("Date"))
        answer.setHeader("Date", httpDate(m_state.now()));
}

} // namespace rc::emu
