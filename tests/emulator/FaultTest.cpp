// Injected faults (each kind, per service and path) and the request record.
#include "BatchTestSupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace rc::emu;
using namespace rc::emu::test;

// Signed in as the Global Administrator, with the request record cleared.
class EmulatorFaults : public BatchEmulatorTest
{
protected:
    Reply getAdele()
    {
        return client.get(graph("/v1.0/users/adele.vance@contoso.onmicrosoft.com"),
                          bearer(adminToken));
    }
};

TEST_F(EmulatorFaults, Status_GraphErrorWithRetryAfter_ThenNormal)
{
    emulator.faults().add(Service::Graph, QStringLiteral("adele.vance"), Fault::httpStatus(429, 7));
    EXPECT_EQ(emulator.faults().remaining(Service::Graph, QStringLiteral("adele.vance")), 1);
    const Reply throttled = getAdele();
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("retry-after"), QByteArray("7"));
    EXPECT_EQ(throttled.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("TooManyRequests"));
    EXPECT_FALSE(throttled.header("request-id").isEmpty());
    EXPECT_EQ(emulator.faults().remaining(Service::Graph, QStringLiteral("adele.vance")), 0);
    EXPECT_EQ(getAdele().status, 200);

    emulator.faults().add(Service::Graph, QString(), Fault::httpStatus(504));
    const Reply timeout = getAdele();
    EXPECT_EQ(timeout.status, 504);
    EXPECT_TRUE(timeout.header("retry-after").isEmpty());
    EXPECT_EQ(timeout.json()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("GatewayTimeout"));
}

TEST_F(EmulatorFaults, Status_SharePointAndIdentityShapes)
{
    emulator.faults().add(Service::SharePoint, QString(), Fault::httpStatus(503, 30));
    const Reply spo = client.send("POST", sharePoint("/_vti_bin/client.svc/ProcessQuery"), {},
                                  "<Request/>");
    EXPECT_EQ(spo.status, 503);
    EXPECT_EQ(spo.header("retry-after"), QByteArray("30"));
    EXPECT_FALSE(spo.header("sprequestguid").isEmpty());

    emulator.faults().add(Service::Identity, QStringLiteral("/devicecode"),
                          Fault::httpStatus(503, 2));
    const Reply aad = requestDeviceCode(graphScope());
    EXPECT_EQ(aad.status, 503);
    EXPECT_EQ(aad.json().value(QStringLiteral("error")).toString(),
              QStringLiteral("temporarily_unavailable"));
    EXPECT_EQ(aad.header("retry-after"), QByteArray("2"));
}

TEST_F(EmulatorFaults, Status_AppliesToOneItemOfABatch)
{
    emulator.faults().add(Service::Graph, QStringLiteral("alex.wilber"), Fault::httpStatus(429, 3));
    const QByteArray body = R"({"requests":[
        {"id":"a","method":"GET","url":"/users/alex.wilber@contoso.onmicrosoft.com"},
        {"id":"b","method":"GET","url":"/users/adele.vance@contoso.onmicrosoft.com"}]})";
    // Responses come back in any order (the emulator shuffles them): matched by id.
    const BatchReply batch = sendBatch(body, adminToken);
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    ASSERT_EQ(batch.byId.size(), 2);
    EXPECT_EQ(batch.status(QStringLiteral("a")), 429);
    EXPECT_EQ(batch.header(QStringLiteral("a"), "Retry-After"), QStringLiteral("3"));
    EXPECT_EQ(batch.status(QStringLiteral("b")), 200);
}

TEST_F(EmulatorFaults, Latency_DelaysTheRealAnswer)
{
    emulator.faults().add(Service::Graph, QString(), Fault::latency(400));
    QElapsedTimer timer;
    timer.start();
    const Reply slow = getAdele();
    EXPECT_EQ(slow.status, 200);
    EXPECT_GE(timer.elapsed(), 390);
}

TEST_F(EmulatorFaults, Latency_ClientGoneBeforeTheAnswer_NoCrash)
{
    emulator.faults().add(Service::Graph, QString(), Fault::latency(60 * 1000));
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost,
                             static_cast<quint16>(emulator.graphUrl().port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
        socket.write("GET /v1.0/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                     + adminToken + "\r\n\r\n");
        ASSERT_TRUE(rc::test::waitFor(
                [&] { return !emulator.requestsTo(Service::Graph).isEmpty(); }, 5000));
        socket.abort(); // the client hangs up before the delayed answer
    }
    EXPECT_EQ(clock.pendingTimers(), 1);
    clock.advance(60 * 1000); // the answer goes out to nobody
    EXPECT_EQ(clock.pendingTimers(), 0);
    EXPECT_EQ(getAdele().status, 200);
}

TEST_F(EmulatorFaults, Reset_ClosesWithoutAnyAnswer)
{
    emulator.faults().add(Service::Graph, QString(), Fault::ofKind(Fault::Kind::Reset));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(emulator.graphUrl().port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("GET /v1.0/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + adminToken
                 + "\r\n\r\n");
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    EXPECT_TRUE(rc::test::waitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    EXPECT_TRUE(received.isEmpty()) << received.toStdString();

    emulator.faults().add(Service::Graph, QString(), Fault::ofKind(Fault::Kind::Reset, -1));
    const Reply reply = getAdele();
    EXPECT_EQ(reply.status, 0);
    EXPECT_NE(reply.error, QNetworkReply::NoError);
}

TEST_F(EmulatorFaults, MalformedBody_200WithGarbage)
{
    emulator.faults().add(Service::Graph, QString(), Fault::ofKind(Fault::Kind::MalformedBody));
    const Reply reply = getAdele();
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.header("content-type").startsWith("application/json"));
    EXPECT_TRUE(QJsonDocument::fromJson(reply.body).isNull());
}

TEST_F(EmulatorFaults, ExpiredToken_ServiceExpiredAnswer)
{
    emulator.faults().add(Service::Graph, QString(), Fault::ofKind(Fault::Kind::ExpiredToken));
    const Reply reply = getAdele();
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json()[QLatin1String("error")][QLatin1String("message")].toString(),
              QStringLiteral("Lifetime validation failed, the token is expired."));
    EXPECT_EQ(getAdele().status, 200);
}

TEST_F(EmulatorFaults, RedirectToOtherHost_BearerNeverReachesIdentity)
{
    emulator.faults().add(Service::Graph, QString(),
                          Fault::ofKind(Fault::Kind::RedirectToOtherHost));
    const Reply reply = getAdele();
    EXPECT_EQ(reply.status, 307);
    const QUrl location = QUrl::fromEncoded(reply.header("location"));
    EXPECT_EQ(location.port(), emulator.identityUrl().port());
    EXPECT_EQ(location.path(), QStringLiteral("/v1.0/users/adele.vance@contoso.onmicrosoft.com"));
    for (const EmulatedRequest &request : emulator.requestsTo(Service::Identity))
        EXPECT_TRUE(request.header("authorization").isEmpty());
}

TEST_F(EmulatorFaults, Throttle_OverTheRate429RetryAfterOne)
{
    emulator.faults().add(Service::Graph, QString(), Fault::throttle(2));
    QList<int> statuses;
    Reply last;
    for (int i = 0; i < 4; ++i) {
        last = getAdele();
        statuses.append(last.status);
    }
    EXPECT_EQ(statuses.count(200), 2);
    EXPECT_EQ(statuses.count(429), 2);
    EXPECT_EQ(last.header("retry-after"), QByteArray("1"));
    clock.advance(1100);
    EXPECT_EQ(getAdele().status, 200);
}

TEST_F(EmulatorFaults, RequestRecord_HoldsWhatWasSent)
{
    const Reply reply = client.send(
            "POST",
            graph("/v1.0/users('o%27%27brien%40contoso.onmicrosoft.com')/"
                  "revokeSignInSessions?x=1%202"),
            bearer(adminToken,
                   {{"Client-Request-Id", "abc"}, {"Content-Type", "application/json"}}),
            "{}");
    EXPECT_EQ(reply.status, 200);
    const QList<EmulatedRequest> graphRequests = emulator.requestsTo(Service::Graph);
    ASSERT_EQ(graphRequests.size(), 1);
    const EmulatedRequest &recorded = graphRequests.first();
    EXPECT_EQ(recorded.method, QByteArray("POST"));
    EXPECT_EQ(
            recorded.path,
            QStringLiteral(
                    "/v1.0/users('o%27%27brien%40contoso.onmicrosoft.com')/revokeSignInSessions"));
    EXPECT_EQ(recorded.query, QStringLiteral("x=1%202"));
    EXPECT_EQ(recorded.header("client-request-id"), QByteArray("abc"));
    EXPECT_EQ(recorded.header("authorization"), "Bearer " + adminToken);
    EXPECT_EQ(recorded.body, QByteArray("{}"));
    EXPECT_EQ(recorded.receivedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(emulator.requests().size(), 1);
    emulator.clearRequests();
    EXPECT_TRUE(emulator.requests().isEmpty());
}

TEST_F(EmulatorFaults, CloudConfig_ThreeLoopbackOrigins)
{
    const QJsonObject config = emulator.cloudConfig();
    const QString authority = config.value(QStringLiteral("authority")).toString();
    EXPECT_TRUE(authority.startsWith(QStringLiteral("http://127.0.0.1:")));
    EXPECT_FALSE(authority.endsWith(QLatin1Char('/')));
    EXPECT_NE(authority, config.value(QStringLiteral("graph")).toString());
    EXPECT_NE(config.value(QStringLiteral("graph")).toString(),
              config.value(QStringLiteral("sharepointAdmin")).toString());
}
