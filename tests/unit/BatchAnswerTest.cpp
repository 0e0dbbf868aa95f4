// The client side of Graph JSON batching: the body we send, and how every answer shape is read.

#include "bulk/BatchAnswer.h"
#include "bulk/BatchRequest.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

namespace {

const QStringList sent {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};

HttpResponse batchAnswer(const QByteArray &body, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:8443/v1.0/$batch"));
    r.requestId = QStringLiteral("batch-request-id");
    r.headers = {{"Content-Type", "application/json"}};
    r.body = body;
    return r;
}

const QByteArray userBody = R"({"id":"0c6f4a3e-1d2b-4c5d-8e9f-001122334455",
    "displayName":"Adele Vance","userPrincipalName":"adele@contoso.com","userType":"Member",
    "accountEnabled":true})";

} // namespace

TEST(BatchRequest, BodyIsExactlyWhatGraphExpects)
{
    BatchRequest batch;
    ASSERT_TRUE(batch.add(
            BatchRequest::userLookup(QStringLiteral("1"), QStringLiteral("adele@contoso.com"))));
    ASSERT_TRUE(batch.add(
            BatchRequest::userLookup(QStringLiteral("2"), QStringLiteral("$svc@contoso.com"))));
    ASSERT_TRUE(batch.add(BatchRequest::userLookup(
            QStringLiteral("3"), QStringLiteral("jane_fabrikam.com#EXT#@contoso.com"))));
    ASSERT_TRUE(batch.add(BatchRequest::revokeSessions(
            QStringLiteral("4"), QStringLiteral("0c6f4a3e-1d2b-4c5d-8e9f-001122334455"))));
    ASSERT_TRUE(batch.add(BatchRequest::revokeSessions(QStringLiteral("5"),
                                                       QStringLiteral("o'brien@contoso.com"))));
    BatchItem withHeader
            = BatchRequest::userLookup(QStringLiteral("6"), QStringLiteral("alex@contoso.com"));
    withHeader.headers = {{"ConsistencyLevel", "eventual"}};
    ASSERT_TRUE(batch.add(withHeader));

    const QByteArray select = "?$select=id,displayName,userPrincipalName,userType,accountEnabled,"
                              "signInSessionsValidFromDateTime";
    const QByteArray expected = R"({"requests":[)"
                                R"({"id":"1","method":"GET","url":"/users/adele%40contoso.com)"
            + select
            + R"("},)"
              R"({"id":"2","method":"GET","url":"/users('%24svc%40contoso.com'))"
            + select
            + R"("},)"
              R"({"id":"3","method":"GET",)"
              R"("url":"/users/jane_fabrikam.com%23EXT%23%40contoso.com)"
            + select
            + R"("},)"
              // A write item carries a body and Content-Type, or Graph refuses the whole batch.
              R"({"body":{},"headers":{"Content-Type":"application/json"},"id":"4",)"
              R"("method":"POST",)"
              R"("url":"/users/0c6f4a3e-1d2b-4c5d-8e9f-001122334455/revokeSignInSessions"},)"
              R"({"body":{},"headers":{"Content-Type":"application/json"},"id":"5",)"
              R"("method":"POST",)"
              R"("url":"/users('o%27%27brien%40contoso.com')/revokeSignInSessions"},)"
              R"({"headers":{"ConsistencyLevel":"eventual"},"id":"6","method":"GET",)"
              R"("url":"/users/alex%40contoso.com)"
            + select + R"("}]})";
    EXPECT_EQ(batch.body(), expected);
    EXPECT_EQ(batch.ids(),
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
}

// A cast to directoryRole is an advanced query: the item carries ConsistencyLevel and $count.
TEST(BatchRequest, DirectoryRolesItemIsAnAdvancedQuery)
{
    BatchRequest batch;
    ASSERT_TRUE(batch.add(BatchRequest::directoryRoles(QStringLiteral("r1"),
                                                       QStringLiteral("adele@contoso.com"))));
    EXPECT_EQ(batch.body(),
              QByteArray(R"({"requests":[{"headers":{"ConsistencyLevel":"eventual"},"id":"r1",)"
                         R"("method":"GET","url":"/users/adele%40contoso.com/transitiveMemberOf/)"
                         R"(microsoft.graph.directoryRole?$select=displayName,roleTemplateId)"
                         R"(&$count=true"}]})"));
}

TEST(BatchRequest, RefusesATwentyFirstItemAnEmptyIdAndARepeatedId)
{
    BatchRequest batch;
    const QString upn = QStringLiteral("adele@contoso.com");
    EXPECT_FALSE(batch.add(BatchRequest::userLookup(QString(), upn)));
    for (int i = 1; i <= BatchRequest::maxItems; ++i) {
        EXPECT_FALSE(batch.isFull());
        ASSERT_TRUE(batch.add(BatchRequest::userLookup(QString::number(i), upn)));
        EXPECT_FALSE(batch.add(BatchRequest::userLookup(QString::number(i), upn)));
    }
    EXPECT_TRUE(batch.isFull());
    EXPECT_FALSE(batch.add(BatchRequest::userLookup(QStringLiteral("21"), upn)));
    EXPECT_EQ(batch.size(), 20);
}

TEST(BatchAnswer, ItemsAreMatchedByIdInAnyOrder)
{
    const auto answer = BatchAnswer::read(sent,
                                          batchAnswer(R"({"responses":[
        {"id":"3","status":204,"headers":{"request-id":"rid-3"}},
        {"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":)"
                                                      + userBody + R"(},
        {"id":"2","status":200,"body":{"value":true}}]})"));
    EXPECT_FALSE(answer.batchError());
    ASSERT_TRUE(answer.item(QStringLiteral("1")).ok());
    EXPECT_EQ(answer.item(QStringLiteral("1")).value().status, 200);
    EXPECT_EQ(answer.user(QStringLiteral("1")).value().userPrincipalName,
              QStringLiteral("adele@contoso.com"));
    EXPECT_EQ(answer.item(QStringLiteral("1")).value().header("content-type"),
              QByteArray("application/json"));
    EXPECT_TRUE(answer.item(QStringLiteral("2")).value().body[QLatin1String("value")].toBool());
    EXPECT_EQ(answer.item(QStringLiteral("3")).value().status, 204);
    EXPECT_TRUE(answer.item(QStringLiteral("3")).value().body.isUndefined());
    // The item's own request id, else the batch's.
    EXPECT_EQ(answer.item(QStringLiteral("3")).value().requestId, QStringLiteral("rid-3"));
    EXPECT_EQ(answer.item(QStringLiteral("2")).value().requestId,
              QStringLiteral("batch-request-id"));
    EXPECT_EQ(answer.retryAfterSeconds(), -1);
}

TEST(BatchAnswer, ThrottledItemKeepsItsOwnRetryAfterAndRequestId)
{
    const auto answer = BatchAnswer::read(sent, batchAnswer(R"({"responses":[
        {"id":"1","status":429,"headers":{"retry-after":"7","Request-Id":"rid-1"},
         "body":{"error":{"code":"TooManyRequests","message":"Too many requests.",
                          "innerError":{"request-id":"inner-1"}}}},
        {"id":"2","status":503,"headers":{"Retry-After":3},
         "body":{"error":{"code":"ServiceUnavailable","message":"Service Unavailable",
                          "innerError":{"request-id":"inner-2"}}}},
        {"id":"3","status":200,"body":{"value":true}}]})"));
    EXPECT_FALSE(answer.batchError());

    const auto first = answer.item(QStringLiteral("1"));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().kind, ServiceError::Kind::Throttled);
    EXPECT_EQ(first.error().httpStatus, 429);
    EXPECT_EQ(first.error().serviceCode, QStringLiteral("TooManyRequests"));
    EXPECT_EQ(first.error().retryAfterSeconds, 7);
    EXPECT_EQ(first.error().correlationId, QStringLiteral("rid-1"));

    const auto second = answer.item(QStringLiteral("2"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, ServiceError::Kind::Throttled);
    EXPECT_EQ(second.error().retryAfterSeconds, 3);
    // No request-id header on the item: the error body's own request id.
    EXPECT_EQ(second.error().correlationId, QStringLiteral("inner-2"));

    EXPECT_TRUE(answer.item(QStringLiteral("3")).ok());
    EXPECT_EQ(answer.retryAfterSeconds(), 7);
}

TEST(BatchAnswer, GraphErrorsPerItemBecomeServiceErrors)
{
    const auto answer = BatchAnswer::read(sent, batchAnswer(R"({"responses":[
        {"id":"1","status":404,"body":{"error":{"code":"Request_ResourceNotFound",
            "message":"Resource 'nobody@contoso.com' does not exist."}}},
        {"id":"2","status":403,"headers":{"request-id":"rid-2"},"body":{"error":{
            "code":"Authorization_RequestDenied","message":"Insufficient privileges."}}},
        {"id":"3","status":500}]})"));
    const auto notFound = answer.user(QStringLiteral("1"));
    ASSERT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().kind, ServiceError::Kind::NotFound);
    EXPECT_EQ(notFound.error().serviceCode, QStringLiteral("Request_ResourceNotFound"));
    // Neither the item nor its error named a request id: the batch's.
    EXPECT_EQ(notFound.error().correlationId, QStringLiteral("batch-request-id"));

    const auto denied = answer.item(QStringLiteral("2"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind, ServiceError::Kind::Forbidden);
    EXPECT_EQ(denied.error().correlationId, QStringLiteral("rid-2"));
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("Insufficient privileges.")));

    const auto failed = answer.item(QStringLiteral("3"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ServiceError::Kind::Service);
    EXPECT_EQ(failed.error().httpStatus, 500);
}

TEST(BatchAnswer, MissingUnknownAndDuplicatedIdsAreErrorsForThoseItemsOnly)
{
    const auto answer = BatchAnswer::read(sent, batchAnswer(R"({"responses":[
        {"id":"2","status":200,"body":{"value":true}},
        {"id":"3","status":200,"body":{"value":true}},
        {"id":"3","status":429,"headers":{"Retry-After":"5"}},
        {"id":"99","status":200},
        {"id":"99","status":200},
        {"status":200},
        {"id":4,"status":200}]})"));
    EXPECT_FALSE(answer.batchError());
    EXPECT_TRUE(answer.item(QStringLiteral("2")).ok());

    const auto missing = answer.item(QStringLiteral("1"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ServiceError::Kind::BadResponse);
    EXPECT_TRUE(missing.error().detail.contains(QStringLiteral("no answer for request 1")))
            << missing.error().detail.toStdString();
    EXPECT_EQ(missing.error().correlationId, QStringLiteral("batch-request-id"));

    const auto twice = answer.item(QStringLiteral("3"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ServiceError::Kind::BadResponse);
    EXPECT_TRUE(twice.error().detail.contains(QStringLiteral("answered 2 times")));

    EXPECT_EQ(answer.unknownIds(), QStringList({QStringLiteral("99"), QStringLiteral("4")}));
    const auto neverSent = answer.item(QStringLiteral("99"));
    ASSERT_FALSE(neverSent.ok());
    EXPECT_EQ(neverSent.error().kind, ServiceError::Kind::BadResponse);
    EXPECT_EQ(answer.retryAfterSeconds(), -1); // the doubtful 429 is not trusted either
}

TEST(BatchAnswer, GarbageBodiesGiveEveryItemABadResponse)
{
    for (const QByteArray &body :
         {QByteArray("<html>Bad gateway</html>"), QByteArray(), QByteArray("[1,2,3]"),
          QByteArray(R"({"value":[]})"), QByteArray(R"({"responses":{"id":"1"}})"),
          QByteArray(R"({"responses":"1")"), QByteArray(R"({"responses":[)")}) {
        const auto answer = BatchAnswer::read(sent, batchAnswer(body));
        ASSERT_TRUE(answer.batchError()) << body.toStdString();
        EXPECT_EQ(answer.batchError()->kind, ServiceError::Kind::BadResponse);
        for (const QString &id : sent) {
            const auto item = answer.item(id);
            ASSERT_FALSE(item.ok());
            EXPECT_EQ(item.error().kind, ServiceError::Kind::BadResponse) << body.toStdString();
            EXPECT_EQ(item.error().correlationId, QStringLiteral("batch-request-id"));
        }
    }
}

TEST(BatchAnswer, WrongShapedItemsAreErrorsForThoseItems)
{
    const auto answer = BatchAnswer::read(sent, batchAnswer(R"({"responses":[
        "1", 2, null,
        {"id":"1","status":"200","body":{"value":true}},
        {"id":"2","headers":"x","body":[]},
        {"id":"3","status":200,"headers":["x"],"body":"aGVsbG8="}]})"));
    EXPECT_FALSE(answer.batchError());
    EXPECT_EQ(answer.item(QStringLiteral("1")).error().kind, ServiceError::Kind::BadResponse);
    EXPECT_EQ(answer.item(QStringLiteral("2")).error().kind, ServiceError::Kind::BadResponse);
    // A 200 with a non-JSON (base64) body is still a reply; as a user lookup it is unreadable.
    ASSERT_TRUE(answer.item(QStringLiteral("3")).ok());
    EXPECT_TRUE(answer.item(QStringLiteral("3")).value().headers.isEmpty());
    EXPECT_EQ(answer.user(QStringLiteral("3")).error().kind, ServiceError::Kind::BadResponse);
}

TEST(BatchAnswer, TheBatchItselfFailing_FailsEveryItemWithItsError)
{
    HttpResponse throttled = batchAnswer(
            R"({"error":{"code":"TooManyRequests","message":"Too many requests."}})", 429);
    throttled.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "12"));
    const auto answer = BatchAnswer::read(sent, throttled);
    ASSERT_TRUE(answer.batchError());
    EXPECT_EQ(answer.batchError()->kind, ServiceError::Kind::Throttled);
    EXPECT_EQ(answer.retryAfterSeconds(), 12);
    for (const QString &id : sent) {
        ASSERT_FALSE(answer.item(id).ok());
        EXPECT_EQ(answer.item(id).error().kind, ServiceError::Kind::Throttled);
        EXPECT_EQ(answer.item(id).error().retryAfterSeconds, 12);
    }
}
