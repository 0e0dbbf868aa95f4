#pragma once
// Shared by the batch and write-quota tests: building a Graph $batch body, sending it with the
// plain test client, and reading its responses by id (they come back in any order), plus the
// CSOM RevokeAllUserSessions request the quota tests throttle.

#include "EmulatorTestSupport.h"

namespace rc::emu::test {

struct BatchRequest
{
    QString id;
    QString method;
    QString url;
    QStringList dependsOn = {};
    QJsonObject headers = {};
    QJsonValue body = QJsonValue(QJsonValue::Undefined); // undefined: no "body" member
};

// A write item as Graph wants it ("JSON batching"): a body (empty where the operation takes
// none) and a Content-Type header.
inline BatchRequest withBody(BatchRequest request, const QJsonValue &body = QJsonObject())
{
    request.body = body;
    request.headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    return request;
}

inline QByteArray batchBody(const QList<BatchRequest> &requests)
{
    QJsonArray array;
    for (const BatchRequest &request : requests) {
        QJsonObject item {{QStringLiteral("id"), request.id},
                          {QStringLiteral("method"), request.method},
                          {QStringLiteral("url"), request.url}};
        if (!request.dependsOn.isEmpty())
            item.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(request.dependsOn));
        if (!request.headers.isEmpty())
            item.insert(QStringLiteral("headers"), request.headers);
        if (!request.body.isUndefined())
            item.insert(QStringLiteral("body"), request.body);
        array.append(item);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("requests"), array}})
            .toJson(QJsonDocument::Compact);
}

inline BatchRequest revokeItem(const QString &id, const QString &upn)
{
    return withBody({id, QStringLiteral("POST"),
                     QStringLiteral("/users/%1/revokeSignInSessions").arg(upn)});
}

inline BatchRequest lookupItem(const QString &id, const QString &upn)
{
    return {id, QStringLiteral("GET"),
            QStringLiteral("/users/%1?$select=id,userPrincipalName,"
                           "signInSessionsValidFromDateTime")
                    .arg(upn)};
}

// The responses of a $batch answer keyed by id; the ids in the order they came back.
struct BatchReply
{
    Reply reply;
    QMap<QString, QJsonObject> byId;
    QStringList order;

    int status(const QString &id) const
    {
        return byId.value(id).value(QStringLiteral("status")).toInt();
    }
    QJsonObject body(const QString &id) const
    {
        return byId.value(id).value(QStringLiteral("body")).toObject();
    }
    QString header(const QString &id, const char *name) const
    {
        return byId.value(id)
                .value(QStringLiteral("headers"))
                .toObject()
                .value(QLatin1String(name))
                .toString();
    }
    QString errorCode(const QString &id) const
    {
        return body(id)[QLatin1String("error")][QLatin1String("code")].toString();
    }
};

inline BatchReply readBatch(const Reply &reply)
{
    BatchReply batch {reply, {}, {}};
    const QJsonArray responses = reply.json().value(QStringLiteral("responses")).toArray();
    for (const QJsonValue &value : responses) {
        const QString id = value[QLatin1String("id")].toString();
        EXPECT_FALSE(batch.byId.contains(id)) << "answered twice: " << id.toStdString();
        batch.byId.insert(id, value.toObject());
        batch.order.append(id);
    }
    return batch;
}

inline QByteArray csomRevokeXml(const QString &user)
{
    return R"(<Request AddExpandoFieldTypeSuffix="true" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="Revoke Console" xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009"><Actions><ObjectPath Id="2" ObjectPathId="1"/><ObjectPath Id="4" ObjectPathId="3"/><Query Id="5" ObjectPathId="3"><Query SelectAllProperties="true"><Properties/></Query></Query></Actions><ObjectPaths><Constructor Id="1" TypeId="{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}"/><Method Id="3" ParentId="1" Name="RevokeAllUserSessions"><Parameters><Parameter Type="String">)"
            + user.toHtmlEscaped().toUtf8()
            + "</Parameter></Parameters></Method></ObjectPaths></Request>";
}

// A fixture signed in as the Global Administrator on Graph, with the request record cleared.
class BatchEmulatorTest : public EmulatorTest
{
protected:
    void SetUp() override
    {
        EmulatorTest::SetUp();
        adminToken = graphToken(contoso("admin"));
        emulator.clearRequests();
    }
    BatchReply sendBatch(const QByteArray &body, const QByteArray &token)
    {
        return readBatch(client.send("POST", graph("/v1.0/$batch"),
                                     bearer(token, {{"Content-Type", "application/json"}}), body));
    }
    BatchReply sendBatch(const QList<BatchRequest> &requests)
    {
        return sendBatch(batchBody(requests), adminToken);
    }
    Reply revoke(const QString &upn)
    {
        return client.send(
                "POST",
                graph("/v1.0/users/" + QUrl::toPercentEncoding(upn) + "/revokeSignInSessions"),
                bearer(adminToken));
    }
    QDateTime validFrom(const QString &upn)
    {
        const DemoUser *user = emulator.tenant().find(upn);
        return user ? user->signInSessionsValidFrom : QDateTime();
    }

    QByteArray adminToken;
};

} // namespace rc::emu::test
