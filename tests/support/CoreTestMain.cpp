// The test main for core, integration and end-to-end suites: one QCoreApplication for all tests.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Tests never touch the real user's settings or data.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console-tests"));
    // English as the executable speaks it, plural forms included ("1 second", "2 seconds"),
    // whatever the language of the machine the tests run on.
    rc::Translations::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
