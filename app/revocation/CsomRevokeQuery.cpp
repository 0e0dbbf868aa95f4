#include "revocation/CsomRevokeQuery.h"

#include "net/ResponseError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc::csom {

namespace {

constexpr int QueryActionId = 5; // the <Query> whose answer carries the State

ServiceError errorFromErrorInfo(const QJsonObject &info, const HttpResponse &response)
{
    const QString type = info.value(QLatin1String("ErrorTypeName")).toString();
    const QString message = info.value(QLatin1String("ErrorMessage")).toString();
    ServiceError e;
    e.kind = type == QLatin1String("System.UnauthorizedAccessException")
            ? ServiceError::Kind::Forbidden
            : ServiceError::Kind::Service;
    e.httpStatus = response.status;
    e.serviceCode = type;
    e.correlationId = info.value(QLatin1String("TraceCorrelationId")).toString();
    if (e.correlationId.isEmpty())
        e.correlationId = response.requestId;
    e.message = QCoreApplication::translate("rc::csom", "SharePoint said: %1").arg(message);
    e.detail = QStringLiteral("%1 (%2): %3")
                       .arg(type)
                       .arg(info.value(QLatin1String("ErrorCode")).toVariant().toLongLong())
                       .arg(message);
    return e;
}

} // namespace

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray revokeAllUserSessionsRequest(const QString &userName)
{
    const QString xml
            = QStringLiteral(
                      "<Request AddExpandoFieldTypeSuffix=\"true\" SchemaVersion=\"15.0.0.0\" "
                      "LibraryVersion=\"16.0.0.0\" ApplicationName=\"Revoke Console\" "
                      "xmlns=\"http://schemas.microsoft.com/sharepoint/clientquery/2009\">"
                      "<Actions>"
                      "<ObjectPath Id=\"2\" ObjectPathId=\"1\"/>"
                      "<ObjectPath Id=\"4\" ObjectPathId=\"3\"/>"
                      "<Query Id=\"5\" ObjectPathId=\"3\"><Query "
                      "SelectAllProperties=\"true\"><Properties/>"
                      "</Query></Query>"
                      "</Actions>"
                      "<ObjectPaths>"
                      "<Constructor Id=\"1\" TypeId=\"%1\"/>"
                      "<Method Id=\"3\" ParentId=\"1\" Name=\"RevokeAllUserSessions\">"
                      "<Parameters><Parameter Type=\"String\">%2</Parameter></Parameters>"
                      "</Method>"
                      "</ObjectPaths>"
                      "</Request>")
                      .arg(QLatin1String(Office365TenantTypeId), xmlEscape(userName));
    return xml.toUtf8();
}

Result<RevokeAnswer> parseRevokeAnswer(const HttpResponse &response)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonArray items = doc.array();
    const QJsonObject header = items.at(0).toObject();
    if (!doc.isArray() || !header.contains(QLatin1String("SchemaVersion"))) {
        // Not a CSOM answer at all: a proxy page, a throttling body, a 401 from the front door.
        if (!response.isSuccess())
            return errorFromResponse(response);
        return unreadableResponse(response, QStringLiteral("not a CSOM answer"));
    }
    const QJsonValue errorInfo = header.value(QLatin1String("ErrorInfo"));
    if (errorInfo.isObject())
        return errorFromErrorInfo(errorInfo.toObject(), response);
    if (!response.isSuccess())
        return errorFromResponse(response);

    RevokeAnswer answer;
    answer.correlationId = header.value(QLatin1String("TraceCorrelationId")).toString();
    if (answer.correlationId.isEmpty())
        answer.correlationId = response.requestId;
    // After the header come pairs: action id, then its value.
    for (int i = 1; i + 1 < items.size(); i += 2) {
        if (items.at(i).toInt(-1) != QueryActionId)
            continue;
        const QJsonValue state = items.at(i + 1).toObject().value(QLatin1String("State"));
        if (state.isDouble() && state.toDouble() == double(state.toInt())) {
            answer.state = state.toInt();
            return answer;
        }
    }
    ServiceError e = unreadableResponse(response, QStringLiteral("no revocation State"));
    e.correlationId = answer.correlationId;
    return e;
}

} // namespace rc::csom
