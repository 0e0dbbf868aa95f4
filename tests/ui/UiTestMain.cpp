// The test main for the widget suite: one offscreen QApplication for all tests. The platform is
// chosen before the application exists, so the suite runs headless (and under gtest discovery).
#include "PseudoTranslator.h"
#include "core/Translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyleFactory>
#include <gtest/gtest.h>

namespace {

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform says this for every dialog; it is noise, not a finding.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    defaultHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the real user's settings or data.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QCoreApplication::setOrganizationName(QStringLiteral("RevokeConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("revoke-console-ui-tests"));
    // English as the executable speaks it, plural forms included, whatever the machine's language;
    // or, for CTest's ui_layout_de and ui_layout_fr, the shipped German or French.
    const QString language = qEnvironmentVariable("REVOKE_TEST_LANGUAGE", QStringLiteral("en"));
    if (rc::Translations::install(language) != language)
        return 2;
    // The pseudo-locale run (CTest's ui_layout_pseudo_locale): every text runs long.
    rc::test::PseudoTranslator pseudo;
    if (qEnvironmentVariableIntValue("REVOKE_TEST_PSEUDO_LOCALE") == 1)
        QCoreApplication::installTranslator(&pseudo);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
