// The network layer against a server the test owns and that misbehaves: one that drips a byte at a
// time (the idle timeout never fires, the total deadline does, also for a bulk $batch), and one
// that keeps answering 503 while the ServiceCaller that waits to retry is torn down.
#include "support/HostileServer.h"
#include "bulk/GraphBatchClient.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace rc;
using namespace rc::test;

namespace {

// Answers 200 with a long body, one byte every 200 ms: never idle for as long as a timeout.
void drip(QTcpSocket *socket, const QByteArray &, int)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Content-Length: 100000\r\n\r\n");
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
    timer->start(200);
}

class HostileServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Idle for a second: longer than the drip's 200 ms, so only the deadline can end it.
        m_http.setDefaultTimeoutMs(1000);
        m_http.setDefaultDeadlineMs(800);
    }

    HttpClient m_http;
    QObject m_context;
};

} // namespace

TEST_F(HostileServerTest, ADrippingAnswerEndsAtTheTotalDeadline)
{
    HostileServer server(drip);
    ASSERT_TRUE(server.isListening());
    HttpRequest request;
    request.url = server.url(QStringLiteral("/v1.0/users"));
    std::optional<Result<HttpResponse>> answer;
    QElapsedTimer clock;
    clock.start();
    m_http.send(request, &m_context, [&](Result<HttpResponse> r) { answer = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }, 3000)) << "still dripping";
    const qint64 took = clock.elapsed();
    EXPECT_GE(took, 700);
    EXPECT_LT(took, 2000);
    ASSERT_FALSE(answer->ok());
    EXPECT_EQ(answer->error().kind, ServiceError::Kind::Network);
    EXPECT_EQ(answer->error().message,
              QStringLiteral("127.0.0.1 did not finish answering within 1 second; the request "
                             "was stopped."));
    EXPECT_EQ(server.requests(), 1);
}

TEST_F(HostileServerTest, ADrippingBatchAnswerFreesItsBulkSlotAtTheDeadline)
{
    HostileServer server(drip);
    FixedTokenSource tokens(server.url());
    ServiceCaller caller(m_http, tokens);
    caller.setRetryPolicy(RetryPolicy {1, 30, 60, 500}); // as a bulk run's: one attempt
    GraphBatchClient batches(caller, server.url());
    BatchRequest batch;
    batch.add(BatchRequest::revokeSessions(QStringLiteral("1"), QStringLiteral("id-1")));
    batch.add(BatchRequest::revokeSessions(QStringLiteral("2"), QStringLiteral("id-2")));
    std::optional<BatchAnswer> answer;
    batches.post(batch, &m_context, [&](const BatchAnswer &a, const QDateTime &) { answer = a; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }, 3000)) << "the slot is still held";
    for (const QString &id : {QStringLiteral("1"), QStringLiteral("2")}) {
        const Result<BatchReply> item = answer->item(id);
        ASSERT_FALSE(item.ok());
        EXPECT_EQ(item.error().kind, ServiceError::Kind::Network);
        EXPECT_TRUE(item.error().message.contains(QStringLiteral("did not finish answering")))
                << item.error().message.toStdString();
    }
}

TEST_F(HostileServerTest, ACallerTornDownWhileWaitingToRetrySendsNothingMore)
{
    HostileServer server([](QTcpSocket *socket, const QByteArray &, int) {
        socket->write(HostileServer::answer(503));
        socket->disconnectFromHost();
    });
    FixedTokenSource tokens(server.url());
    auto caller = std::make_unique<ServiceCaller>(m_http, tokens);
    caller->setRetryPolicy(RetryPolicy {4, 30, 60, 100}); // first retry after 100-150 ms
    bool waiting = false;
    caller->setWaitObserver([&](int, const ServiceError &) { waiting = true; });
    HttpRequest request;
    request.url = server.url(QStringLiteral("/v1.0/users/adele.vance"));
    int answers = 0;
    caller->send(Resource::Graph, request, &m_context, [&](Result<HttpResponse>) { ++answers; });
    ASSERT_TRUE(waitFor([&] { return waiting; }, 3000)); // the 503 is in; a retry is pending
    caller.reset();
    // Well past the retry's time: the timer went with the caller.
    EXPECT_FALSE(waitFor([&] { return server.requests() > 1 || answers > 0; }, 600));
    EXPECT_EQ(server.requests(), 1);
    EXPECT_EQ(answers, 0);
}

TEST_F(HostileServerTest, ACallerTornDownWhileItsRequestIsOutHearsNothingOfTheAnswer)
{
    // The 503 comes a little later, when the caller that would retry it is gone.
    HostileServer server([](QTcpSocket *socket, const QByteArray &, int) {
        QTimer::singleShot(200, socket, [socket] {
            socket->write(HostileServer::answer(503));
            socket->disconnectFromHost();
        });
    });
    FixedTokenSource tokens(server.url());
    auto caller = std::make_unique<ServiceCaller>(m_http, tokens);
    caller->setRetryPolicy(RetryPolicy {4, 30, 60, 100});
    HttpRequest request;
    request.url = server.url(QStringLiteral("/v1.0/users/adele.vance"));
    int answers = 0;
    caller->send(Resource::Graph, request, &m_context, [&](Result<HttpResponse>) { ++answers; });
    ASSERT_TRUE(waitFor([&] { return server.requests() == 1; }, 3000));
    caller.reset();
    EXPECT_FALSE(waitFor([&] { return server.requests() > 1 || answers > 0; }, 700));
    EXPECT_EQ(server.requests(), 1);
    EXPECT_EQ(answers, 0);
}
