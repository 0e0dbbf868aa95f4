#include "revocation/CsomRevokeQuery.h"
#include "revocation/RevocationOutcome.h"
#include "support/QtPrinters.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace rc;

namespace {

struct ParsedRequest
{
    QString typeId;
    QString methodName;
    QString methodParent;
    QStringList parameters;
    QString ns;
    bool wellFormed = false;
};

ParsedRequest parse(const QByteArray &xml)
{
    ParsedRequest p;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("Request"))
                p.ns = r.namespaceUri().toString();
            if (r.name() == QLatin1String("Constructor"))
                p.typeId = r.attributes().value(QLatin1String("TypeId")).toString();
            if (r.name() == QLatin1String("Method")) {
                p.methodName = r.attributes().value(QLatin1String("Name")).toString();
                p.methodParent = r.attributes().value(QLatin1String("ParentId")).toString();
            }
            if (r.name() == QLatin1String("Parameter"))
                p.parameters << r.readElementText();
        }
    }
    p.wellFormed = !r.hasError();
    return p;
}

HttpResponse answer(const QByteArray &body, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.url = QUrl(QStringLiteral(
            "https://contoso-admin.sharepoint.com/_vti_bin/client.svc/ProcessQuery"));
    r.requestId = QStringLiteral("header-guid");
    return r;
}

QByteArray stateAnswer(int state)
{
    return QByteArrayLiteral(
                   R"([{"SchemaVersion":"15.0.0.0","LibraryVersion":"16.0.25012.12000","ErrorInfo":null,"TraceCorrelationId":"a1b2c3"},2,{"IsNull":false},4,{"IsNull":false},5,{"_ObjectType_":"Microsoft.Online.SharePoint.TenantManagement.SPOUserSessionRevocationResult","State":)")
            + QByteArray::number(state) + "}]";
}

} // namespace

TEST(CsomRevokeQuery, EscapesTheFiveXmlSpecialCharacters)
{
    EXPECT_EQ(csom::xmlEscape(QStringLiteral(R"(a&b<c>d"e'f)")),
              QStringLiteral("a&amp;b&lt;c&gt;d&quot;e&apos;f"));
    EXPECT_EQ(csom::xmlEscape(QStringLiteral("plain@contoso.com")),
              QStringLiteral("plain@contoso.com"));
}

TEST(CsomRevokeQuery, RequestIsWellFormedAndNamesOffice365Tenant)
{
    const ParsedRequest p
            = parse(csom::revokeAllUserSessionsRequest(QStringLiteral("o'brien@contoso.com")));
    ASSERT_TRUE(p.wellFormed);
    EXPECT_EQ(p.ns, QStringLiteral("http://schemas.microsoft.com/sharepoint/clientquery/2009"));
    EXPECT_EQ(p.typeId, QStringLiteral("{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}"));
    EXPECT_EQ(p.methodName, QStringLiteral("RevokeAllUserSessions"));
    EXPECT_EQ(p.methodParent, QStringLiteral("1"));
    EXPECT_EQ(p.parameters, QStringList {QStringLiteral("o'brien@contoso.com")});
}

TEST(CsomRevokeQuery, HostileUserNameStaysOneIntactStringParameter)
{
    const QString hostile
            = QStringLiteral(R"(x</Parameter><Parameter Type="String">&y"'<z>@c.com)");
    const QByteArray xml = csom::revokeAllUserSessionsRequest(hostile);
    EXPECT_FALSE(xml.contains("&y\"")); // escaped, not raw
    const ParsedRequest p = parse(xml);
    ASSERT_TRUE(p.wellFormed);
    EXPECT_EQ(p.parameters, QStringList {hostile});
}

TEST(CsomRevokeQuery, ReadsEachStateByQueryActionId)
{
    for (int state = 0; state <= 4; ++state) {
        const auto parsed = csom::parseRevokeAnswer(answer(stateAnswer(state)));
        ASSERT_TRUE(parsed.ok()) << state;
        EXPECT_EQ(parsed.value().state, state);
        EXPECT_EQ(parsed.value().correlationId, QStringLiteral("a1b2c3"));
    }
}

TEST(CsomRevokeQuery, ErrorInfoWinsWhateverTheStatus)
{
    const QByteArray body
            = R"([{"SchemaVersion":"15.0.0.0","LibraryVersion":"16.0.1","ErrorInfo":{"ErrorMessage":"Access denied. You do not have permission to perform this action or access this resource.","ErrorValue":null,"TraceCorrelationId":"err-guid","ErrorCode":-2147024891,"ErrorTypeName":"System.UnauthorizedAccessException"},"TraceCorrelationId":"err-guid"}])";
    for (int status : {200, 500}) {
        const auto parsed = csom::parseRevokeAnswer(answer(body, status));
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().kind, ServiceError::Kind::Forbidden);
        EXPECT_EQ(parsed.error().serviceCode, QStringLiteral("System.UnauthorizedAccessException"));
        EXPECT_EQ(parsed.error().correlationId, QStringLiteral("err-guid"));
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("Access denied")));
    }
}

TEST(CsomRevokeQuery, GarbageAndMissingStateAreUnreadableNotGuessed)
{
    for (const QByteArray &body :
         {QByteArray("<html>oops</html>"),
          QByteArray("[{\"SchemaVersion\":\"15.0.0.0\",\"ErrorInfo\":null,\"TraceCorrelationId\":"
                     "\"t\"},5,{\"Stat"),
          QByteArray("[{\"SchemaVersion\":\"15.0.0.0\",\"ErrorInfo\":null,\"TraceCorrelationId\":"
                     "\"t\"},2,{\"IsNull\":false}]"),
          QByteArray("[{\"SchemaVersion\":\"15.0.0.0\",\"ErrorInfo\":null,\"TraceCorrelationId\":"
                     "\"t\"},5,{\"State\":\"4\"}]")}) {
        const auto parsed = csom::parseRevokeAnswer(answer(body));
        ASSERT_FALSE(parsed.ok()) << body.toStdString();
        EXPECT_EQ(parsed.error().kind, ServiceError::Kind::BadResponse);
    }
}

TEST(CsomRevokeQuery, UnknownStateIsAFailure)
{
    const auto parsed = csom::parseRevokeAnswer(answer(stateAnswer(7)));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(RevocationOutcome::kindForSpoState(parsed.value().state),
              RevocationOutcome::Kind::Failure);
    EXPECT_EQ(RevocationOutcome::kindForSpoState(0), RevocationOutcome::Kind::FeatureDisabled);
    EXPECT_EQ(RevocationOutcome::kindForSpoState(1), RevocationOutcome::Kind::UserNotFound);
    EXPECT_EQ(RevocationOutcome::kindForSpoState(2), RevocationOutcome::Kind::Failure);
    EXPECT_EQ(RevocationOutcome::kindForSpoState(3),
              RevocationOutcome::Kind::NonInstantaneousSuccess);
    EXPECT_EQ(RevocationOutcome::kindForSpoState(4), RevocationOutcome::Kind::InstantaneousSuccess);
}
