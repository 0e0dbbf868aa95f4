// Graph JSON batching on the emulator: 20 mixed items answered by id in a shuffled order, each
// with its own status; the envelope checks (21 items, duplicate ids, missing token); the batch's
// token on every item; dependsOn; and the record of sub-requests.
#include "BatchTestSupport.h"

#include <QElapsedTimer>

using namespace rc::emu;
using namespace rc::emu::test;

namespace {

const QString Guest = QStringLiteral("jane.doe_fabrikam.com#EXT#@contoso.onmicrosoft.com");
const QStringList Members {QStringLiteral("adele.vance"),     QStringLiteral("alex.wilber"),
                           QStringLiteral("lee.gu"),          QStringLiteral("megan.bowen"),
                           QStringLiteral("diego.siciliani"), QStringLiteral("grady.archie"),
                           QStringLiteral("isaiah.langer"),   QStringLiteral("lynne.robbins")};

QStringList ids(const QList<BatchRequest> &requests)
{
    QStringList list;
    for (const BatchRequest &request : requests)
        list.append(request.id);
    return list;
}

void expectBatchError(const Reply &reply, int status, const char *code, const QString &message)
{
    EXPECT_EQ(reply.status, status) << reply.body.toStdString();
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QLatin1String(code));
    if (!message.isEmpty()) {
        EXPECT_EQ(error.value(QStringLiteral("message")).toString(), message);
    }
    EXPECT_FALSE(reply.json().contains(QStringLiteral("responses")));
}

} // namespace

class EmulatorBatch : public BatchEmulatorTest
{
};

TEST_F(EmulatorBatch, TwentyLookupsAndRevokes_EveryIdAnsweredOnceOutOfOrder)
{
    QList<BatchRequest> requests;
    QMap<QString, QDateTime> before;
    for (const QString &member : Members) {
        const QString upn = contoso(member.toUtf8().constData());
        before.insert(upn, validFrom(upn));
        requests.append(revokeItem(QStringLiteral("r-") + member, upn));
        requests.append(lookupItem(QStringLiteral("l-") + member, upn));
    }
    const QString guestEncoded = QString::fromUtf8(QUrl::toPercentEncoding(Guest));
    const QDateTime guestBefore = validFrom(Guest);
    requests.append(
            withBody({QStringLiteral("guest"), QStringLiteral("POST"),
                      QStringLiteral("/users('%1')/revokeSignInSessions").arg(guestEncoded)}));
    requests.append(lookupItem(QStringLiteral("nobody"), contoso("nobody")));
    ASSERT_EQ(requests.size(), 18);
    requests.append({QStringLiteral("me"), QStringLiteral("GET"),
                     QStringLiteral("me?$select=displayName")});
    requests.append(revokeItem(QStringLiteral("missing"), contoso("ghost")));

    const BatchReply batch = sendBatch(requests);
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    QStringList answered = batch.order;
    answered.sort();
    QStringList asked = ids(requests);
    asked.sort();
    EXPECT_EQ(answered, asked);
    EXPECT_NE(batch.order, ids(requests)) << "responses must not come back in request order";

    for (const QString &member : Members) {
        const QString upn = contoso(member.toUtf8().constData());
        EXPECT_EQ(batch.status(QStringLiteral("r-") + member), 200) << upn.toStdString();
        EXPECT_TRUE(batch.body(QStringLiteral("r-") + member)[QLatin1String("value")].toBool());
        EXPECT_EQ(batch.status(QStringLiteral("l-") + member), 200);
        EXPECT_EQ(batch.body(QStringLiteral("l-") + member)[QLatin1String("userPrincipalName")]
                          .toString(),
                  upn);
        EXPECT_NE(validFrom(upn), before.value(upn)) << upn.toStdString();
        EXPECT_EQ(emulator.revocationCount(upn), 1) << upn.toStdString();
    }
    // The guest: 200 and nothing changes, as on the real service.
    EXPECT_EQ(batch.status(QStringLiteral("guest")), 200);
    EXPECT_EQ(validFrom(Guest), guestBefore);
    EXPECT_EQ(emulator.revocationCount(Guest), 1);
    EXPECT_EQ(batch.status(QStringLiteral("nobody")), 404);
    EXPECT_EQ(batch.errorCode(QStringLiteral("nobody")),
              QStringLiteral("Request_ResourceNotFound"));
    EXPECT_EQ(batch.status(QStringLiteral("missing")), 404);
    EXPECT_EQ(emulator.revocationCount(contoso("ghost")), 0);
    EXPECT_EQ(batch.body(QStringLiteral("me"))[QLatin1String("displayName")].toString(),
              QStringLiteral("MOD Administrator"));
    EXPECT_EQ(emulator.writesAccepted(), 10);
    EXPECT_EQ(emulator.writesThrottled(), 0);
}

TEST_F(EmulatorBatch, SubRequestsAreRecordedApartFromTheEnvelope)
{
    const BatchReply batch = sendBatch({revokeItem(QStringLiteral("1"), contoso("adele.vance")),
                                        lookupItem(QStringLiteral("2"), contoso("nobody"))});
    ASSERT_EQ(batch.reply.status, 200);
    const QList<EmulatedRequest> envelopes = emulator.requestsTo(Service::Graph);
    ASSERT_EQ(envelopes.size(), 1);
    EXPECT_EQ(envelopes.at(0).path, QStringLiteral("/v1.0/$batch"));

    const QList<EmulatedBatchItem> items = emulator.batchItems();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).batchNumber, 1);
    EXPECT_EQ(items.at(0).id, QStringLiteral("1"));
    EXPECT_EQ(items.at(0).request.method, QByteArray("POST"));
    EXPECT_EQ(items.at(0).request.decodedPath(),
              QStringLiteral("/v1.0/users/adele.vance@contoso.onmicrosoft.com/"
                             "revokeSignInSessions"));
    EXPECT_EQ(items.at(0).status, 200);
    EXPECT_EQ(items.at(0).request.header("authorization"), envelopes.at(0).header("authorization"));
    EXPECT_EQ(items.at(1).request.queryValue(QStringLiteral("$select")),
              QStringLiteral("id,userPrincipalName,signInSessionsValidFromDateTime"));
    EXPECT_EQ(items.at(1).status, 404);

    sendBatch({lookupItem(QStringLiteral("x"), contoso("lee.gu"))});
    EXPECT_EQ(emulator.batchItems().last().batchNumber, 2);
    emulator.clearRequests();
    EXPECT_TRUE(emulator.batchItems().isEmpty());
}

TEST_F(EmulatorBatch, TwentyOneRequests_400AndNothingRuns)
{
    QList<BatchRequest> requests;
    for (int i = 0; i < 21; ++i)
        requests.append(revokeItem(QString::number(i), contoso("adele.vance")));
    const QDateTime before = validFrom(contoso("adele.vance"));
    const BatchReply batch = sendBatch(requests);
    expectBatchError(batch.reply, 400, "BadRequest",
                     QStringLiteral("Number of requests inside batch exceeds the limit."));
    EXPECT_EQ(validFrom(contoso("adele.vance")), before);
    EXPECT_TRUE(emulator.batchItems().isEmpty());
    EXPECT_EQ(emulator.writesAccepted(), 0);

    requests.removeLast();
    EXPECT_EQ(sendBatch(requests).reply.status, 200);
}

TEST_F(EmulatorBatch, DuplicateOrMissingIds_400AndNothingRuns)
{
    const QDateTime before = validFrom(contoso("adele.vance"));
    // Graph compares ids without regard to case.
    const BatchReply duplicate = sendBatch({revokeItem(QStringLiteral("a"), contoso("adele.vance")),
                                            lookupItem(QStringLiteral("A"), contoso("lee.gu"))});
    expectBatchError(duplicate.reply, 400, "BadRequest",
                     QStringLiteral("Request Id A has to be unique in a batch."));
    const BatchReply empty = sendBatch({revokeItem(QString(), contoso("adele.vance"))});
    expectBatchError(empty.reply, 400, "BadRequest", QString());
    const BatchReply none = sendBatch(QByteArray(R"({"requests":[]})"), adminToken);
    expectBatchError(none.reply, 400, "BadRequest", QString());
    const BatchReply garbage = sendBatch(QByteArray("{\"requests\":"), adminToken);
    expectBatchError(garbage.reply, 400, "BadRequest", QString());
    EXPECT_EQ(validFrom(contoso("adele.vance")), before);
    EXPECT_TRUE(emulator.batchItems().isEmpty());
}

TEST_F(EmulatorBatch, MissingOrForeignToken_401AndNothingRuns)
{
    const QByteArray body = batchBody({revokeItem(QStringLiteral("1"), contoso("adele.vance"))});
    const Reply none = client.send("POST", graph("/v1.0/$batch"),
                                   {{"Content-Type", "application/json"}}, body);
    expectBatchError(none, 401, "InvalidAuthenticationToken",
                     QStringLiteral("Access token is empty."));
    const BatchReply sharePointToken = sendBatch(body, spoToken(contoso("admin")));
    expectBatchError(sharePointToken.reply, 401, "InvalidAuthenticationToken", QString());
    EXPECT_TRUE(emulator.batchItems().isEmpty());
    EXPECT_EQ(emulator.revocationCount(contoso("adele.vance")), 0);
}

TEST_F(EmulatorBatch, TheBatchTokenAppliesToEveryItem)
{
    // An item's own Authorization header does not replace the batch's token.
    BatchRequest forged = revokeItem(QStringLiteral("forged"), contoso("adele.vance"));
    forged.headers.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer not-a-token"));
    const BatchReply admin = sendBatch({forged});
    EXPECT_EQ(admin.status(QStringLiteral("forged")), 200);

    // Lee Gu has no admin role: each of his revocations is refused on its own.
    const BatchReply lee
            = sendBatch(batchBody({revokeItem(QStringLiteral("1"), contoso("alex.wilber")),
                                   lookupItem(QStringLiteral("2"), contoso("alex.wilber"))}),
                        graphToken(contoso("lee.gu")));
    ASSERT_EQ(lee.reply.status, 200);
    EXPECT_EQ(lee.status(QStringLiteral("1")), 403);
    EXPECT_EQ(lee.errorCode(QStringLiteral("1")), QStringLiteral("Authorization_RequestDenied"));
    EXPECT_EQ(lee.status(QStringLiteral("2")), 200);
    EXPECT_EQ(emulator.revocationCount(contoso("alex.wilber")), 0);
}

TEST_F(EmulatorBatch, DependsOn_RunsAfterItsDependencyAnd424WhenItFailed)
{
    const BatchReply batch = sendBatch(
            {withBody({QStringLiteral("after"),
                       QStringLiteral("POST"),
                       QStringLiteral("/users/%1/revokeSignInSessions").arg(contoso("adele.vance")),
                       {QStringLiteral("first")}}),
             lookupItem(QStringLiteral("first"), contoso("adele.vance")),
             lookupItem(QStringLiteral("missing"), contoso("nobody")),
             withBody({QStringLiteral("blocked"),
                       QStringLiteral("POST"),
                       QStringLiteral("/users/%1/revokeSignInSessions").arg(contoso("lee.gu")),
                       {QStringLiteral("MISSING")}})});
    ASSERT_EQ(batch.reply.status, 200) << batch.reply.body.toStdString();
    EXPECT_EQ(batch.status(QStringLiteral("after")), 200);
    EXPECT_EQ(batch.status(QStringLiteral("blocked")), 424);
    EXPECT_EQ(emulator.revocationCount(contoso("lee.gu")), 0);
    const QList<EmulatedBatchItem> items = emulator.batchItems();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items.at(0).id, QStringLiteral("first")); // the dependency ran first
    EXPECT_EQ(items.at(1).id, QStringLiteral("after"));

    const BatchReply unknown = sendBatch({{QStringLiteral("1"),
                                           QStringLiteral("GET"),
                                           QStringLiteral("/me"),
                                           {QStringLiteral("2")}}});
    expectBatchError(unknown.reply, 400, "BadRequest", QString());
    const BatchReply cycle = sendBatch({{QStringLiteral("1"),
                                         QStringLiteral("GET"),
                                         QStringLiteral("/me"),
                                         {QStringLiteral("2")}},
                                        {QStringLiteral("2"),
                                         QStringLiteral("GET"),
                                         QStringLiteral("/me"),
                                         {QStringLiteral("1")}}});
    expectBatchError(cycle.reply, 400, "BadRequest", QString());
}

TEST_F(EmulatorBatch, UrlsAreRelativeToTheVersionRoot)
{
    const BatchReply batch
            = sendBatch({{QStringLiteral("plain"), QStringLiteral("GET"),
                          QStringLiteral("users/") + contoso("lee.gu")},
                         {QStringLiteral("versioned"), QStringLiteral("GET"),
                          QStringLiteral("/v1.0/users/") + contoso("lee.gu")},
                         // Unencoded, '#' starts a fragment: the guest is not found.
                         lookupItem(QStringLiteral("fragment"), Guest),
                         lookupItem(QStringLiteral("encoded"),
                                    QString::fromUtf8(QUrl::toPercentEncoding(Guest))),
                         withBody({QStringLiteral("nested"), QStringLiteral("POST"),
                                   QStringLiteral("/$batch")})});
    ASSERT_EQ(batch.reply.status, 200);
    EXPECT_EQ(batch.status(QStringLiteral("plain")), 200);
    EXPECT_EQ(batch.status(QStringLiteral("versioned")), 400);
    EXPECT_EQ(batch.status(QStringLiteral("fragment")), 404);
    EXPECT_EQ(batch.status(QStringLiteral("encoded")), 200);
    EXPECT_EQ(batch.status(QStringLiteral("nested")), 400);
}

TEST_F(EmulatorBatch, OrderIsASeededShuffle_NeverRequestOrder)
{
    QList<BatchRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests.append(lookupItem(QString::number(i), contoso("lee.gu")));
    emulator.setBatchOrderSeed(7);
    const QStringList first = sendBatch(requests).order;
    emulator.setBatchOrderSeed(7);
    EXPECT_EQ(sendBatch(requests).order, first);
    EXPECT_NE(first, ids(requests));
    for (int n = 2; n <= 4; ++n) {
        for (int round = 0; round < 5; ++round)
            EXPECT_NE(sendBatch(requests.mid(0, n)).order, ids(requests.mid(0, n)));
    }
}

TEST_F(EmulatorBatch, AnswerLatency_ABatchIsOneAnswer)
{
    emulator.setAnswerLatency(Service::Graph, 300);
    QList<BatchRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests.append(lookupItem(QString::number(i), contoso("lee.gu")));
    QElapsedTimer timer;
    timer.start();
    const BatchReply batch = sendBatch(requests);
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(batch.order.size(), 20);
    EXPECT_GE(elapsed, 290);
    EXPECT_LT(elapsed, 20 * 300); // not once per item
    emulator.setAnswerLatency(0);
    timer.restart();
    EXPECT_EQ(sendBatch(requests).order.size(), 20);
    EXPECT_LT(timer.elapsed(), 290);
}

TEST_F(EmulatorBatch, AnItemShowsTheFaultsAnItemCanAndLeavesTheOthers)
{
    const QString adele = contoso("adele.vance");
    // A reset and a latency act on whole requests: an item leaves them for one that can show
    // them; a status is the item's own answer.
    emulator.faults().add(Service::Graph, QStringLiteral("adele.vance"),
                          Fault::ofKind(Fault::Kind::Reset));
    emulator.faults().add(Service::Graph, QStringLiteral("adele.vance"), Fault::latency(50));
    emulator.faults().add(Service::Graph, QStringLiteral("adele.vance"), Fault::httpStatus(503, 2));
    const BatchReply batch = sendBatch({revokeItem(QStringLiteral("1"), adele)});
    ASSERT_EQ(batch.reply.status, 200);
    EXPECT_EQ(batch.status(QStringLiteral("1")), 503);
    EXPECT_EQ(batch.header(QStringLiteral("1"), "Retry-After"), QStringLiteral("2"));
    EXPECT_EQ(emulator.faults().remaining(Service::Graph, QStringLiteral("adele.vance")), 2);
}
