// The cmdlet's own operation against the emulator: each of the five States, what was sent, errors.
#include "cli/ExitCode.h"
#include "revocation/StatusMessage.h"
#include "support/EmulatorFixture.h"

#include <QXmlStreamReader>

using namespace rc;
using namespace rc::test;
using K = RevocationOutcome::Kind;

namespace {

class SharePointChannel : public EmulatorFixture
{
};

QString csomParameter(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (r.readNextStartElement() || !r.atEnd()) {
        if (r.isStartElement() && r.name() == QLatin1String("Parameter"))
            return r.readElementText();
        if (!r.isStartElement())
            r.readNext();
    }
    return {};
}

} // namespace

TEST_F(SharePointChannel, EachStateGivesTheCmdletsMessage)
{
    const struct
    {
        const char *user;
        K kind;
        const char *message;
    } cases[] = {
            {"adele.vance", K::InstantaneousSuccess,
             "We successfully signed out %1 from all devices."},
            {"alex.wilber", K::NonInstantaneousSuccess,
             "It can take up to an hour to sign out %1 from all devices."},
            {"diego.siciliani", K::Failure,
             "Sorry, something went wrong and we couldn't sign out %1 from any device."},
            {"isaiah.langer", K::UserNotFound,
             "We couldn't find the %1. Check for typos and try again."},
            {"nobody.here", K::UserNotFound,
             "We couldn't find the %1. Check for typos and try again."},
            {"grady.archie", K::FeatureDisabled,
             "The cmdlet will be available in the future, but it isn't ready for use in your "
             "organization yet."},
    };
    for (const auto &c : cases) {
        const QString user = upn(c.user);
        const RevocationOutcome o = revoke(user, Channel::SharePoint);
        EXPECT_EQ(o.kind, c.kind) << c.user;
        EXPECT_EQ(StatusMessage::describe(o).text,
                  QString::fromUtf8(c.message).replace(QStringLiteral("%1"), user))
                << c.user;
        EXPECT_FALSE(o.correlationId.isEmpty()) << c.user;
    }
}

TEST_F(SharePointChannel, SendsOneWellFormedCsomRequestWithTheNameIntact)
{
    const QString user = upn("o'brien");
    const RevocationOutcome o = revoke(user, Channel::SharePoint);
    EXPECT_EQ(o.kind, K::InstantaneousSuccess);
    const auto sent = requestsTo(emu::Service::SharePoint, "POST",
                                 QStringLiteral("/_vti_bin/client.svc/ProcessQuery"));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.at(0).header("content-type"), QByteArray("text/xml"));
    EXPECT_TRUE(sent.at(0).header("authorization").startsWith("Bearer "));
    EXPECT_TRUE(sent.at(0).body.contains("{e45fd516-a408-4ca4-b6dc-268e2f1f0f83}"));
    EXPECT_TRUE(sent.at(0).body.contains("o&apos;brien@"));
    EXPECT_EQ(csomParameter(sent.at(0).body), user);
    // The SharePoint token was asked for with the admin site's own scope, one resource only.
    bool askedForSharePoint = false;
    for (const auto &r : requestsTo(emu::Service::Identity, "POST", QStringLiteral("/token"))) {
        const QString form = QUrl::fromPercentEncoding(r.body);
        if (form.contains(m_emulator->sharePointAdminUrl().toString()
                          + QStringLiteral("/.default"))) {
            askedForSharePoint = true;
            EXPECT_FALSE(form.contains(m_emulator->graphUrl().toString()));
        }
    }
    EXPECT_TRUE(askedForSharePoint);
}

TEST_F(SharePointChannel, TenantWideFeatureDisabledOffersEntra)
{
    m_emulator->setSharePointRevocationDisabled(true);
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::SharePoint);
    EXPECT_EQ(o.kind, K::FeatureDisabled);
    EXPECT_EQ(o.serviceState, 0);
    EXPECT_TRUE(StatusMessage::describe(o).offerEntraChannel);
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::FeatureDisabled);
}

TEST_F(SharePointChannel, GuestIsRefusedBeforeAnyRevokingRequest)
{
    const RevocationOutcome o
            = revoke(QStringLiteral("jane.doe_fabrikam.com#EXT#@") + Domain, Channel::SharePoint);
    EXPECT_EQ(o.kind, K::GuestNotApplicable);
    EXPECT_EQ(StatusMessage::describe(o).text,
              QStringLiteral("Will not be applicable for guest users."));
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::SharePoint).isEmpty());
}

// Someone without SharePoint or Global Administrator is stopped before anything is sent.
TEST_F(SharePointChannel, NonAdminIsStoppedBeforeSending)
{
    auto connection = connect();
    signIn(*connection, upn("lee.gu"));
    m_connection = std::move(connection);
    m_emulator->clearRequests();
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::SharePoint);
    EXPECT_EQ(o.kind, K::NotPermitted);
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::SharePoint).isEmpty());
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->detail, QStringLiteral("SharePoint Administrator or Global Administrator"));
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::Failure);
}

// When their roles cannot be read, SharePoint decides: access denied from ErrorInfo.
TEST_F(SharePointChannel, NonAdminGetsAccessDeniedFromErrorInfo)
{
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/me/transitiveMemberOf"),
                             emu::Fault::httpStatus(403));
    auto connection = connect();
    signIn(*connection, upn("lee.gu"));
    m_connection = std::move(connection);
    ASSERT_FALSE(m_connection->admin().roles().isKnown());
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::SharePoint);
    EXPECT_EQ(o.kind, K::PermissionDenied);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->serviceCode, QStringLiteral("System.UnauthorizedAccessException"));
    EXPECT_FALSE(o.correlationId.isEmpty());
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::Failure);
}

TEST_F(SharePointChannel, MalformedAnswerIsAFailureWithTheRequestId)
{
    emu::Fault fault;
    fault.kind = emu::Fault::Kind::MalformedBody;
    m_emulator->faults().add(emu::Service::SharePoint, QStringLiteral("ProcessQuery"), fault);
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::SharePoint);
    EXPECT_EQ(o.kind, K::Failure);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->kind, ServiceError::Kind::BadResponse);
}

TEST_F(SharePointChannel, PreviewSendsNothingToSharePoint)
{
    const RevocationOutcome o = revoke(upn("adele.vance"), Channel::SharePoint, /*preview=*/true);
    EXPECT_EQ(o.kind, K::Preview);
    EXPECT_EQ(
            StatusMessage::describe(o).text,
            QStringLiteral(
                    "What if: Performing the operation \"Revoke-SPOUserSession\" on target \"%1\".")
                    .arg(upn("adele.vance")));
    EXPECT_TRUE(m_emulator->requestsTo(emu::Service::SharePoint).isEmpty());
}
