#include "emulator/GraphSignIns.h"

#include "emulator/GraphUsers.h"
#include "emulator/OperatorRoles.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace rc::emu {

namespace {

// The filter the emulator understands: "userId eq '<id>'" and "createdDateTime ge <ISO>",
// either or both, joined by "and" in any order. False for anything else.
bool parseFilter(const QString &filter, QString *userId, QDateTime *since)
{
    static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression user(QStringLiteral("^userId\\s+eq\\s+'([^']*)'$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression created(QStringLiteral("^createdDateTime\\s+ge\\s+(\\S+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringList clauses = filter.trimmed().split(andSplit);
    if (filter.trimmed().isEmpty() || clauses.size() > 2)
        return false;
    for (const QString &clause : clauses) {
        const QRegularExpressionMatch byUser = user.match(clause.trimmed());
        const QRegularExpressionMatch byTime = created.match(clause.trimmed());
        if (byUser.hasMatch() && userId->isEmpty()) {
            *userId = byUser.captured(1);
        } else if (byTime.hasMatch() && !since->isValid()) {
            *since = QDateTime::fromString(byTime.captured(1), Qt::ISODateWithMs);
            if (!since->isValid())
                return false;
            *since = since->toUTC();
        } else {
            return false;
        }
    }
    return true;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const DemoSignIn &entry)
{
    const QJsonObject status {{QStringLiteral("errorCode"), entry.errorCode},
                              {QStringLiteral("failureReason"), orNull(entry.failureReason)},
                              {QStringLiteral("additionalDetails"), QJsonValue::Null}};
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("createdDateTime"), isoSeconds(entry.createdDateTime)},
            {QStringLiteral("userDisplayName"), orNull(entry.userDisplayName)},
            {QStringLiteral("userPrincipalName"), entry.userPrincipalName},
            {QStringLiteral("userId"), entry.userId},
            {QStringLiteral("appId"), orNull(entry.appId)},
            {QStringLiteral("appDisplayName"), orNull(entry.appDisplayName)},
            {QStringLiteral("status"), status}};
}

} // namespace

GraphSignIns::GraphSignIns(EmulatorState &state, const GraphUsers &users)
    : m_state(state)
    , m_users(users)
{ }

bool GraphSignIns::admit(const QString &clientId, int *retryAfterSeconds)
{
    const qint64 now = m_state.clock.monotonicMs();
    QList<qint64> &admitted = m_admittedAtMs[clientId.toLower()];
    while (!admitted.isEmpty() && admitted.first() <= now - WindowMs)
        admitted.removeFirst();
    if (admitted.size() >= RequestsPerWindow) {
        const qint64 waitMs = admitted.first() + WindowMs - now;
        *retryAfterSeconds = qMax(1, int(std::ceil(double(waitMs) / 1000.0)));
        return false;
    }
    admitted.append(now);
    return true;
}

HttpAnswer GraphSignIns::list(const GraphCall &call)
{
    // "Microsoft Graph service-specific throttling limits", Identity and access reports service
    // limits: five requests per 10 seconds per app per tenant. Checked first, at the gateway.
    int retryAfterSeconds = 0;
    if (!admit(call.token->clientId, &retryAfterSeconds)) {
        HttpAnswer answer = call.error(429, QStringLiteral("TooManyRequests"),
                                       QStringLiteral("Too many requests."));
        answer.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
        return answer;
    }
    // "List signIns", Permissions: AuditLog.Read.All.
    if (!PermissionCheck::allows(*call.token, PermissionCheck::Call::ListSignIns))
        return GraphUsers::denied(call);
    // "List signIns": the signed-in user also needs a role that reads sign-in reports.
    if (!call.token->isAppOnly()) {
        const DemoUser *caller = m_state.tenant.find(call.token->userId);
        if (!caller || !OperatorRoles::mayReadSignIns(*caller))
            return GraphUsers::denied(call);
    }
    // "Microsoft Entra ID activity logs": reading sign-ins through Graph needs Microsoft Entra
    // ID P1 or P2; without it Graph answers this 403 (as for signInActivity on users).
    if (!m_state.premiumLicense)
        return call.error(403,
                          QStringLiteral("Authentication_RequestFromNonPremiumTenantOrB2CTenant"),
                          QStringLiteral("Neither tenant is B2C or tenant doesn't have premium "
                                         "license"));
    QString userId;
    QDateTime since;
    const QString filter = call.request.queryValue(QStringLiteral("$filter"));
    if (call.request.hasQueryItem(QStringLiteral("$filter"))
        && !parseFilter(filter, &userId, &since))
        return call.error(400, QStringLiteral("BadRequest"),
                          QStringLiteral("Invalid filter clause"));
    // "List signIns": "The maximum and default page size is 1,000 objects"; $top and $skiptoken.
    int top = 1000;
    int offset = 0;
    HttpAnswer error;
    if (!GraphUsers::readPaging(call, &top, &offset, &error, 1000, 1000))
        return error;
    const QList<const DemoSignIn *> entries = m_state.tenant.signIns().query(userId, since);
    QJsonArray value;
    for (qsizetype i = offset; i < entries.size() && i < offset + top; ++i)
        value.append(toJson(*entries.at(i)));
    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"),
                QString(call.serviceRoot() + QStringLiteral("/$metadata#auditLogs/signIns")));
    if (offset + top < entries.size())
        body.insert(QStringLiteral("@odata.nextLink"), m_users.nextLink(call, offset + top));
    body.insert(QStringLiteral("value"), value);
    return call.json(200, body);
}

} // namespace rc::emu
