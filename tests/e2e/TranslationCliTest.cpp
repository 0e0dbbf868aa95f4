// The built binary speaks the system's language (LANG, or LANGUAGE before it) in --help and its
// text output, and English in --json, which scripts read.
#include "e2e/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rc::test;

namespace {

QString dataHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliRun help(const QString &lang)
{
    return runCli({QStringLiteral("--help")}, dataHome(), lang);
}

// An invalid user name with --json: refused before anything is sent, so it needs no tenant.
CliRun refusedAsJson(const QString &lang)
{
    return runCli({QStringLiteral("revoke"), QStringLiteral("--demo"), QStringLiteral("--yes"),
                   QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("adele")},
                  dataHome(), lang);
}

} // namespace

TEST(TranslationCli, HelpSpeaksGermanUnderAGermanLang)
{
    const CliRun english = help({});
    const CliRun german = help(QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(german.exitCode, 0);
    EXPECT_NE(german.out, english.out);
    EXPECT_TRUE(english.out.contains(QStringLiteral("Print the outcome as JSON.")));
    EXPECT_TRUE(german.out.contains(QStringLiteral("Das Ergebnis als JSON ausgeben.")))
            << german.out.toStdString();
    // The verbs and options themselves stay as they are typed.
    EXPECT_TRUE(german.out.contains(QStringLiteral("--json")));
}

TEST(TranslationCli, HelpSpeaksFrenchUnderAFrenchLang)
{
    const CliRun english = help({});
    const CliRun french = help(QStringLiteral("fr_FR.UTF-8"));
    EXPECT_EQ(french.exitCode, 0);
    EXPECT_NE(french.out, english.out);
    EXPECT_TRUE(french.out.contains(QStringLiteral("Afficher le résultat au format JSON.")))
            << french.out.toStdString();
}

TEST(TranslationCli, LanguageBeatsLang)
{
    QProcess p;
    QProcessEnvironment env = cliEnvironment(dataHome(), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    p.setProcessEnvironment(env);
    p.start(binary(), {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("Afficher le résultat au format JSON.")))
            << out.toStdString();
}

TEST(TranslationCli, AnUnknownLanguageIsEnglish)
{
    EXPECT_EQ(help(QStringLiteral("es_ES.UTF-8")).out, help({}).out);
}

TEST(TranslationCli, JsonStaysEnglish)
{
    const CliRun english = refusedAsJson({});
    const CliRun german = refusedAsJson(QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(english.exitCode, 2);
    EXPECT_EQ(german.exitCode, english.exitCode);
    const QJsonObject o = QJsonDocument::fromJson(english.out.toUtf8()).object();
    ASSERT_FALSE(o.isEmpty()) << english.out.toStdString();
    EXPECT_EQ(german.out, english.out);
    EXPECT_EQ(german.err, english.err);
    // Without --json the same refusal is German: the sentence is translated, so the equality
    // above is --json's doing.
    const CliRun germanText
            = runCli({QStringLiteral("revoke"), QStringLiteral("--demo"), QStringLiteral("--yes"),
                      QStringLiteral("--user"), QStringLiteral("adele")},
                     dataHome(), QStringLiteral("de_DE.UTF-8"));
    const CliRun englishText
            = runCli({QStringLiteral("revoke"), QStringLiteral("--demo"), QStringLiteral("--yes"),
                      QStringLiteral("--user"), QStringLiteral("adele")},
                     dataHome());
    EXPECT_NE(germanText.out, englishText.out);
}
