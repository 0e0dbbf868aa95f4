#include "emulator/GraphService.h"

namespace rc::emu {

namespace {

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

// users('o''brien@contoso.com') → o'brien@contoso.com; users(id) → id. Empty if not that form.
QString keyInParentheses(const QString &segment)
{
    if (!segment.startsWith(QStringLiteral("users("), Qt::CaseInsensitive)
        || !segment.endsWith(QLatin1Char(')')))
        return {};
    QString inner = segment.mid(6, segment.size() - 7);
    if (inner.size() >= 2 && inner.startsWith(QLatin1Char('\''))
        && inner.endsWith(QLatin1Char('\'')))
        inner = inner.mid(1, inner.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return inner;
}

} // namespace

GraphService::GraphService(EmulatorState &state)
    : m_state(state)
    , m_users(state)
    , m_batch(state, [this](const EmulatedRequest &item) { return batchItem(item); })
{ }

HttpAnswer GraphService::segmentNotFound(const GraphCall &call, const QString &segment) const
{
    return call.error(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

HttpAnswer GraphService::methodNotAllowed(const GraphCall &call) const
{
    return call.error(405, QStringLiteral("Request_BadRequest"),
                      QStringLiteral("Specified HTTP method is not allowed for the request "
                                     "target."));
}

HttpAnswer GraphService::handle(const EmulatedRequest &request)
{
    GraphCall call(request, m_state);
    const QByteArray bearer = request.bearerToken();
    if (bearer.isEmpty())
        return call.error(401, QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token is empty."));
    call.token = m_state.tokens.accessToken(bearer);
    if (!call.token || call.token->audience != Audience::Graph)
        return call.error(401, QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token validation failure. Invalid audience."));
    if (call.token->isExpired(m_state.now()))
        return expiredToken(request);
    return route(call, request.pathSegments());
}

HttpAnswer GraphService::route(GraphCall &call, const QStringList &segments)
{
    if (segments.isEmpty() || segments.at(0) != QStringLiteral("v1.0"))
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid version: %1")
                                  .arg(segments.isEmpty() ? QString() : segments.at(0)));
    const QStringList rest = segments.mid(1);
    if (rest.isEmpty())
        return segmentNotFound(call, QStringLiteral("v1.0"));
    const QString &head = rest.at(0);
    if (is(head, "$batch") && rest.size() == 1)
        return call.request.method == "POST" ? m_batch.run(call) : methodNotAllowed(call);
    if (is(head, "me")) {
        // "Get user": "Calling the /me endpoint requires a signed-in user and therefore a
        // delegated permission."
        if (call.token->isAppOnly())
            return call.error(400, QStringLiteral("BadRequest"),
                              QStringLiteral("/me request is only valid with delegated "
                                             "authentication flow."));
        return routeUser(call, call.token->userId, rest.mid(1));
    }
    if (is(head, "users")) {
        if (rest.size() == 1)
            return call.request.method == "GET" ? m_users.list(call) : methodNotAllowed(call);
        // "Get user", tip: /users/$x@y.com fails with 400; a UPN starting with '$' must use the
        // users('..') form.
        if (rest.at(1).startsWith(QLatin1Char('$')))
            return segmentNotFound(call, rest.at(1));
        return routeUser(call, rest.at(1), rest.mid(2));
    }
    if (is(head, "devices") && rest.size() >= 2)
        return routeDevice(call, rest.mid(1));
    if (is(head, "auditLogs") && rest.size() == 2 && is(rest.at(1), "signIns"))
        return call.request.method == "GET" ? m_signIns.list(call) : methodNotAllowed(call);
    const QString key = keyInParentheses(head);
    if (!key.isEmpty())
        return routeUser(call, key, rest.mid(1));
    return segmentNotFound(call, head);
}

HttpAnswer GraphService::routeUser(GraphCall &call, const QString &key, const QStringList &rest)
{
    const QByteArray &method = call.request.method;
    if (rest.isEmpty()) {
        if (method == "PATCH")
            return write(call, [&] { return m_userWrites.setAccountEnabled(call, key); });
        return method == "GET" ? m_users.get(call, key) : methodNotAllowed(call);
    }
    if (rest.size() == 1 && is(rest.at(0), "registeredDevices"))
        return method == "GET" ? m_devices.registeredDevices(call, key) : methodNotAllowed(call);
    if (rest.size() == 1 && is(rest.at(0), "revokeSignInSessions"))
        return method == "POST" ? revoke(call, key) : methodNotAllowed(call);
    const bool roles = rest.size() == 2
            && (is(rest.at(0), "transitiveMemberOf") || is(rest.at(0), "memberOf"))
            && is(rest.at(1), "microsoft.graph.directoryRole");
    if (!roles)
        return segmentNotFound(call, rest.last());
    return method == "GET" ? m_memberships.directoryRoles(call, key) : methodNotAllowed(call);
}

HttpAnswer GraphService::routeDevice(GraphCall &call, const QStringList &rest)
{
    if (rest.size() != 1)
        return segmentNotFound(call, rest.last());
    const QString &key = rest.at(0);
    if (call.request.method == "PATCH")
        return write(call, [&] { return m_devices.setAccountEnabled(call, key); });
    return call.request.method == "GET" ? m_devices.get(call, key) : methodNotAllowed(call);
}

HttpAnswer GraphService::write(GraphCall &call, const std::function<HttpAnswer()> &run)
{
    // As revoke() below: the gateway's throttling comes first and a refused write changes
    // nothing.
    int retryAfterSeconds = 0;
    if (!m_state.writeQuota.take(&retryAfterSeconds))
        return failure(call.request, 429, retryAfterSeconds);
    return run();
}

HttpAnswer GraphService::revoke(GraphCall &call, const QString &key)
{
    // Throttling comes before the workload, as at Graph's gateway: a refused write changes
    // nothing, whatever the user or the caller's role.
    int retryAfterSeconds = 0;
    if (!m_state.writeQuota.take(&retryAfterSeconds))
        return failure(call.request, 429, retryAfterSeconds);
    HttpAnswer answer = m_users.revokeSignInSessions(call, key);
    if (answer.status == 200)
        m_state.countRevocation(Service::Graph, key);
    return answer;
}

HttpAnswer GraphService::batchItem(const EmulatedRequest &item)
{
    const std::optional<Fault> fault = m_state.faults.take(
            Service::Graph, item.decodedPath(),
            {Fault::Kind::Status, Fault::Kind::Throttle, Fault::Kind::ExpiredToken});
    if (fault && (fault->kind == Fault::Kind::Status || fault->kind == Fault::Kind::Throttle)) {
        HttpAnswer answer = failure(item, fault->status, fault->retryAfterSeconds);
        if (!fault->retryAfterText.isEmpty())
            answer.setHeader("Retry-After", fault->retryAfterText);
        return answer;
    }
    if (fault && fault->kind == Fault::Kind::ExpiredToken)
        return expiredToken(item);
    return handle(item);
}

HttpAnswer GraphService::failure(const EmulatedRequest &request, int status, int retryAfterSeconds)
{
    const GraphCall call(request, m_state);
    QString code = QStringLiteral("ServiceUnavailable");
    QString message = QStringLiteral("Service Unavailable");
    if (status == 429) {
        code = QStringLiteral("TooManyRequests");
        message = QStringLiteral("Too many requests.");
    } else if (status == 504) {
        code = QStringLiteral("GatewayTimeout");
        message = QStringLiteral("Gateway Timeout");
    } else if (status == 500) {
        code = QStringLiteral("InternalServerError");
        message = QStringLiteral("Internal Server Error");
    } else if (status != 503) {
        code = QStringLiteral("UnknownError");
        message = QString();
    }
    HttpAnswer answer = call.error(status, code, message);
    if (retryAfterSeconds >= 0)
        answer.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return answer;
}

HttpAnswer GraphService::expiredToken(const EmulatedRequest &request)
{
    return GraphCall(request, m_state)
            .error(401, QStringLiteral("InvalidAuthenticationToken"),
                   QStringLiteral("Lifetime validation failed, the token is expired."));
}

HttpAnswer GraphService::malformed(const EmulatedRequest &request)
{
    HttpAnswer answer = HttpAnswer::text(200,
                                         "{\"@odata.context\":\"" + m_state.graphUrl.toEncoded()
                                                 + "/v1.0/$metadata#users\",\"value\":[{\"id\":\"");
    answer.setHeader("Content-Type", GraphContentType);
    GraphCall(request, m_state).addHeaders(answer);
    return answer;
}

void GraphService::decorate(const EmulatedRequest &request, HttpAnswer &answer)
{
    GraphCall(request, m_state).addHeaders(answer);
}

} // namespace rc::emu
