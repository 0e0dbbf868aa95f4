// Which language the interface speaks (the settings' choice, else the system's first shipped
// language, else English), and the compiled translations the executable carries: German and
// French texts, and English plural forms.
#include "core/Translations.h"
#include "cli/Console.h"

#include "support/QtPrinters.h"

#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace rc;

TEST(Translations, TheSettingsChoiceBeatsTheSystem)
{
    EXPECT_EQ(Translations::choose(QStringLiteral("de"), {QStringLiteral("fr-FR")}),
              QStringLiteral("de"));
    EXPECT_EQ(Translations::choose(QStringLiteral("en"), {QStringLiteral("de-DE")}),
              QStringLiteral("en"));
    EXPECT_EQ(Translations::choose(QStringLiteral("fr"), {}), QStringLiteral("fr"));
}

TEST(Translations, TheSystemsFirstShippedLanguageWins)
{
    // QLocale::system().uiLanguages() lists LANGUAGE's entries before LANG's.
    EXPECT_EQ(Translations::choose(
                      {}, {QStringLiteral("fr-FR"), QStringLiteral("fr"), QStringLiteral("de-DE")}),
              QStringLiteral("fr"));
    EXPECT_EQ(Translations::choose({}, {QStringLiteral("es-ES"), QStringLiteral("de_AT.UTF-8")}),
              QStringLiteral("de"));
    EXPECT_EQ(Translations::choose({}, {QStringLiteral("en-GB"), QStringLiteral("de-DE")}),
              QStringLiteral("en"));
}

TEST(Translations, AnUnknownLanguageIsEnglish)
{
    EXPECT_EQ(Translations::choose({}, {QStringLiteral("es-ES"), QStringLiteral("es")}),
              QStringLiteral("en"));
    EXPECT_EQ(Translations::choose({}, {QStringLiteral("C")}), QStringLiteral("en"));
    EXPECT_EQ(Translations::choose({}, {}), QStringLiteral("en"));
    // An override we do not ship follows the system.
    EXPECT_EQ(Translations::choose(QStringLiteral("xx"), {QStringLiteral("fr-CA")}),
              QStringLiteral("fr"));
}

TEST(Translations, TheExecutableCarriesGermanAndFrench)
{
    const char *context = "rc::cli::CliOptions";
    const char *source = "Print the outcome as JSON.";
    for (const char *language : {"de", "fr"}) {
        QTranslator translator;
        ASSERT_TRUE(
                translator.load(QStringLiteral(":/i18n/revoke-console_") + QLatin1String(language)))
                << language;
        const QString translated = translator.translate(context, source);
        EXPECT_FALSE(translated.isEmpty()) << language;
        EXPECT_NE(translated, QLatin1String(source)) << language;
    }
}

TEST(Translations, EnglishPluralsReadRight)
{
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(":/i18n/revoke-console_en")));
    const char *context = "rc::NetworkErrorText";
    const char *source = "%1 did not answer within %n second(s).";
    EXPECT_EQ(english.translate(context, source, nullptr, 1),
              QStringLiteral("%1 did not answer within %n second."));
    EXPECT_EQ(english.translate(context, source, nullptr, 30),
              QStringLiteral("%1 did not answer within %n seconds."));
}

// A [Y]/[N] prompt in German or French asks for J/Ja or O/Oui: those confirm, and so do the English
// answers scripts and habit give; nothing else does.
TEST(Translations, APromptAcceptsTheLanguagesOwnYes)
{
    using rc::cli::Console;
    for (const char *answer : {"y", "Y", " yes ", "YES"})
        EXPECT_TRUE(Console::isYes(QLatin1String(answer))) << answer;
    for (const char *answer : {"", "n", "no", "yess", "ja", "oui"})
        EXPECT_FALSE(Console::isYes(QLatin1String(answer))) << answer << " (English)";

    const struct
    {
        const char *language;
        const char *letter;
        const char *word;
    } own[] = {{"de", "j", "Ja"}, {"fr", "O", "oui"}};
    for (const auto &l : own) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/revoke-console_")
                                    + QLatin1String(l.language)));
        QCoreApplication::installTranslator(&translator);
        EXPECT_TRUE(Console::isYes(QLatin1String(l.letter))) << l.language;
        EXPECT_TRUE(Console::isYes(QLatin1String(l.word))) << l.language;
        EXPECT_TRUE(Console::isYes(QStringLiteral("yes"))) << l.language;
        EXPECT_FALSE(Console::isYes(QStringLiteral("nein"))) << l.language;
        EXPECT_FALSE(Console::isYes(QStringLiteral("non"))) << l.language;
        QCoreApplication::removeTranslator(&translator);
    }
}

// The settings' language on a system in another: dates, numbers and the language assistive
// technology is told follow the window's language.
TEST(Translations, TheChosenLanguageIsTheDefaultLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    Translations::adoptLocale(QStringLiteral("fr"));
    EXPECT_EQ(QLocale().language(), QLocale::French);
    // English on an English system: the region already in use stays.
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    Translations::adoptLocale(QStringLiteral("en"));
    EXPECT_EQ(QLocale().territory(), QLocale::UnitedKingdom);
    // English with no locale at all (LANG=C): C stays, as the command line has always printed.
    QLocale::setDefault(QLocale::c());
    Translations::adoptLocale(QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::C);
    QLocale::setDefault(before);
}
