// The exit codes scripts branch on: the numbers README's table and --help give, and which one
// each outcome ends the process with.
#include "cli/ExitCode.h"

#include <gtest/gtest.h>

using namespace rc;
using namespace rc::cli;
using K = RevocationOutcome::Kind;

TEST(ExitCode, NumbersAreTheDocumentedOnes)
{
    EXPECT_EQ(processExitCode(ExitCode::Success), 0);
    EXPECT_EQ(processExitCode(ExitCode::Cancelled), 1);
    EXPECT_EQ(processExitCode(ExitCode::Usage), 2);
    EXPECT_EQ(processExitCode(ExitCode::UserNotFound), 3);
    EXPECT_EQ(processExitCode(ExitCode::FeatureDisabled), 4);
    EXPECT_EQ(processExitCode(ExitCode::Failure), 5);
    EXPECT_EQ(processExitCode(ExitCode::GuestNotApplicable), 6);
    EXPECT_EQ(processExitCode(ExitCode::SignInFailed), 7);
    EXPECT_EQ(processExitCode(ExitCode::NetworkFailure), 8);
    EXPECT_EQ(processExitCode(ExitCode::NotAllRevoked), 9);
}

TEST(ExitCode, ExitCodesPerKind)
{
    EXPECT_EQ(processExitCode(exitCodeFor(K::Preview)), 0);
    EXPECT_EQ(processExitCode(exitCodeFor(K::InstantaneousSuccess)), 0);
    EXPECT_EQ(processExitCode(exitCodeFor(K::NonInstantaneousSuccess)), 0);
    EXPECT_EQ(processExitCode(exitCodeFor(K::InvalidInput)), 2);
    EXPECT_EQ(processExitCode(exitCodeFor(K::UserNotFound)), 3);
    EXPECT_EQ(processExitCode(exitCodeFor(K::FeatureDisabled)), 4);
    EXPECT_EQ(processExitCode(exitCodeFor(K::Failure)), 5);
    EXPECT_EQ(processExitCode(exitCodeFor(K::NotConfirmed)), 5);
    EXPECT_EQ(processExitCode(exitCodeFor(K::PermissionDenied)), 5);
    EXPECT_EQ(processExitCode(exitCodeFor(K::NotPermitted)), 5);
    EXPECT_EQ(processExitCode(exitCodeFor(K::GuestNotApplicable)), 6);
    EXPECT_EQ(processExitCode(exitCodeFor(K::SignInFailed)), 7);
    EXPECT_EQ(processExitCode(exitCodeFor(K::NetworkFailure)), 8);
}
