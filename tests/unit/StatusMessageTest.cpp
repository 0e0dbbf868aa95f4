#include "revocation/StatusMessage.h"
#include "cli/ExitCode.h"
#include "revocation/EntraRevoker.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;
using K = RevocationOutcome::Kind;

namespace {
RevocationOutcome outcome(K kind, Channel channel = Channel::SharePoint)
{
    RevocationOutcome o;
    o.kind = kind;
    o.channel = channel;
    o.user = QStringLiteral("user1@contoso.com");
    o.correlationId = QStringLiteral("corr-1");
    return o;
}
} // namespace

TEST(StatusMessage, TheCmdletsFiveMessagesExactly)
{
    EXPECT_EQ(StatusMessage::describe(outcome(K::FeatureDisabled)).text,
              QStringLiteral("The cmdlet will be available in the future, but it isn't ready for "
                             "use in your organization yet."));
    EXPECT_EQ(StatusMessage::describe(outcome(K::UserNotFound)).text,
              QStringLiteral(
                      "We couldn't find the user1@contoso.com. Check for typos and try again."));
    EXPECT_EQ(StatusMessage::describe(outcome(K::Failure)).text,
              QStringLiteral("Sorry, something went wrong and we couldn't sign out "
                             "user1@contoso.com from any device."));
    EXPECT_EQ(StatusMessage::describe(outcome(K::NonInstantaneousSuccess)).text,
              QStringLiteral(
                      "It can take up to an hour to sign out user1@contoso.com from all devices."));
    EXPECT_EQ(StatusMessage::describe(outcome(K::InstantaneousSuccess)).text,
              QStringLiteral("We successfully signed out user1@contoso.com from all devices."));
}

TEST(StatusMessage, PreviewAndGuestUseTheCmdletsWording)
{
    EXPECT_EQ(StatusMessage::describe(outcome(K::Preview)).text,
              QStringLiteral("What if: Performing the operation \"Revoke-SPOUserSession\" on "
                             "target \"user1@contoso.com\"."));
    EXPECT_EQ(StatusMessage::describe(outcome(K::GuestNotApplicable)).text,
              QStringLiteral("Will not be applicable for guest users."));
}

TEST(StatusMessage, SeverityFollowsTheOutcome)
{
    EXPECT_EQ(StatusMessage::describe(outcome(K::InstantaneousSuccess)).severity,
              StatusMessage::Severity::Success);
    EXPECT_EQ(StatusMessage::describe(outcome(K::Preview)).severity, StatusMessage::Severity::Info);
    EXPECT_EQ(StatusMessage::describe(outcome(K::UserNotFound)).severity,
              StatusMessage::Severity::Warning);
    EXPECT_EQ(StatusMessage::describe(outcome(K::Failure)).severity,
              StatusMessage::Severity::Error);
    EXPECT_EQ(StatusMessage::describe(outcome(K::NotConfirmed)).severity,
              StatusMessage::Severity::Error);
    EXPECT_EQ(StatusMessage::describe(outcome(K::Failure)).correlationId, QStringLiteral("corr-1"));
}

TEST(StatusMessage, VerifiedEntraSuccessSaysWhenAndIsHonestAboutTokens)
{
    RevocationOutcome o = outcome(K::NonInstantaneousSuccess, Channel::Entra);
    o.verified = true;
    o.sessionsValidFromAfter = QDateTime(QDate(2026, 11, 26), QTime(9, 41, 7), Qt::UTC);
    const StatusMessage m = StatusMessage::describe(o);
    ASSERT_GE(m.details.size(), 2);
    EXPECT_EQ(m.details.at(0),
              QStringLiteral("Verified: sessions valid from 2026-11-26T09:41:07Z."));
    EXPECT_TRUE(m.details.at(1).contains(QStringLiteral("up to about an hour")));
}

TEST(StatusMessage, NotConfirmedIsNeverWordedAsSuccess)
{
    const StatusMessage m = StatusMessage::describe(outcome(K::NotConfirmed, Channel::Entra));
    EXPECT_TRUE(m.text.startsWith(QStringLiteral("Not confirmed")));
    EXPECT_FALSE(m.text.contains(QStringLiteral("successfully")));
}

TEST(StatusMessage, NotConfirmedAfterAFailedReReadClaimsNothingAboutTheTimestamp)
{
    RevocationOutcome o = outcome(K::NotConfirmed, Channel::Entra);
    o.error = ServiceError::make(ServiceError::Kind::Service, QStringLiteral("graph answered 500"));
    const StatusMessage m = StatusMessage::describe(o);
    EXPECT_TRUE(m.text.startsWith(QStringLiteral("Not confirmed")));
    EXPECT_TRUE(m.text.contains(QStringLiteral("could not be verified")));
    EXPECT_FALSE(m.text.contains(QStringLiteral("still valid from")));
    EXPECT_TRUE(m.details.contains(QStringLiteral("graph answered 500")));
}

TEST(StatusMessage, FeatureDisabledOnSharePointOffersEntra)
{
    EXPECT_TRUE(StatusMessage::describe(outcome(K::FeatureDisabled)).offerEntraChannel);
}

TEST(StatusMessage, PermissionDeniedNamesThePermissionAndRoles)
{
    const StatusMessage m = StatusMessage::describe(outcome(K::PermissionDenied, Channel::Entra));
    EXPECT_TRUE(
            m.details.join(QLatin1Char(' ')).contains(QStringLiteral("User.RevokeSessions.All")));
    EXPECT_TRUE(m.details.join(QLatin1Char(' ')).contains(QStringLiteral("User Administrator")));
}

// A predicted refusal: the cmdlet's failure sentence, then why and who can, and that nothing
// was sent; the one-line form (results file, audit log) keeps the why.
TEST(StatusMessage, NotPermittedIsTheCmdletsFailurePlusWhoCan)
{
    ServiceError why = ServiceError::make(
            ServiceError::Kind::Forbidden,
            QStringLiteral("This user is an administrator (Exchange Administrator)."));
    const RevocationOutcome o = RevocationOutcome::notPermitted(
            Channel::Entra, QStringLiteral("allan@contoso.com"), why);
    const StatusMessage m = StatusMessage::describe(o);
    EXPECT_EQ(m.severity, StatusMessage::Severity::Error);
    EXPECT_EQ(m.text,
              QStringLiteral("Sorry, something went wrong and we couldn't sign out "
                             "allan@contoso.com from any device."));
    EXPECT_EQ(m.details, QStringList({why.message, QStringLiteral("Nothing was sent.")}));
    EXPECT_EQ(cli::exitCodeFor(o.kind), cli::ExitCode::Failure);
    EXPECT_EQ(outcomeName(o.kind), QStringLiteral("NotPermitted"));
    EXPECT_EQ(outcomeKindNamed(QStringLiteral("NotPermitted")), K::NotPermitted);
    EXPECT_EQ(StatusMessage::oneLine(o), m.text + QLatin1Char(' ') + why.message);
}

TEST(EntraRevoker, MovedIsLaterThanBeforeOrNotEarlierThanTheRevokeSecond)
{
    const QDateTime before(QDate(2026, 1, 5), QTime(8, 0, 0), Qt::UTC);
    const QDateTime revokeAt(QDate(2026, 11, 26), QTime(9, 41, 7, 650), Qt::UTC);
    const QDateTime sameSecond(QDate(2026, 11, 26), QTime(9, 41, 7), Qt::UTC);
    EXPECT_TRUE(EntraRevoker::moved(before, sameSecond, revokeAt));
    EXPECT_FALSE(EntraRevoker::moved(before, before, revokeAt));
    // Two revocations within one second leave the value as it was; the Date header decides.
    EXPECT_TRUE(EntraRevoker::moved(sameSecond, sameSecond, revokeAt));
    EXPECT_FALSE(EntraRevoker::moved(sameSecond, sameSecond, revokeAt.addSecs(1)));
    EXPECT_TRUE(EntraRevoker::moved(QDateTime(), sameSecond, QDateTime()));
    EXPECT_FALSE(EntraRevoker::moved(before, QDateTime(), revokeAt));
}
