// revoke-console: parses the command line and runs a verb. (The window arrives with the UI.)
#include "cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVOKE_VERSION));
    return rc::cli::runCommandLine(argc, argv);
}
