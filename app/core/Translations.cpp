#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rc {

namespace {

const QString English = QStringLiteral("en");

// "de-AT", "de_CH.UTF-8", "DE" -> "de"; "C" and "POSIX" (no language) -> "".
QString languageOf(const QString &name)
{
    const QString language = name.section(QLatin1Char('-'), 0, 0)
                                     .section(QLatin1Char('_'), 0, 0)
                                     .section(QLatin1Char('.'), 0, 0)
                                     .toLower();
    return language == QLatin1String("c") || language == QLatin1String("posix") ? QString()
                                                                                : language;
}

bool installFrom(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList Translations::shipped()
{
    return {English, QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::choose(const QString &override, const QStringList &systemLanguages)
{
    const QStringList ours = shipped();
    const QString wanted = languageOf(override);
    if (ours.contains(wanted))
        return wanted;
    for (const QString &name : systemLanguages) {
        const QString language = languageOf(name);
        if (ours.contains(language))
            return language;
    }
    return English;
}

QString Translations::install(const QString &override)
{
    const QString language = choose(override, QLocale::system().uiLanguages());
    const QString ours = QStringLiteral("revoke-console_") + language;
    if (!installFrom(ours, QStringLiteral(":/i18n")))
        qCWarning(lcI18n) << "no translation" << ours << "in the executable";
    if (language != English) {
        // Qt's own texts: "Usage:", "Displays help on commandline options.", "Cancel", ...
        const QString qt = QStringLiteral("qtbase_") + language;
        if (!installFrom(qt, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qCInfo(lcI18n) << "Qt's own translation" << qt << "is not installed";
    }
    adoptLocale(language);
    return language;
}

void Translations::adoptLocale(const QString &language)
{
    // Dates and numbers, and the language reported to assistive technology, follow the language
    // shown: a German window on an English system is German (the region already in use is kept
    // when its language is the one shown, and the plain "C" locale stays for English).
    const QLocale::Language current = QLocale().language();
    if (language == English && current == QLocale::C)
        return;
    if (current != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
}

} // namespace rc
