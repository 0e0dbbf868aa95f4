#pragma once
// Which language the user interface speaks, and the translators that make it speak it: ours
// (compiled from resources/translations into :/i18n) and Qt's own (qtbase_XX.qm, for the texts
// QCommandLineParser and the standard dialog buttons bring). No widgets: the window and every
// command-line verb use it.

#include <QString>
#include <QStringList>

namespace rc {

class Translations final
{
public:
    // The languages we ship, English (the source texts) first.
    static QStringList shipped();

    // The language to show: the override if it names a shipped language, else the first of the
    // system's languages (QLocale::system().uiLanguages(): LANGUAGE, then LC_ALL, LC_MESSAGES,
    // LANG) that is shipped, else English. "de-AT" and "de_CH.UTF-8" both read as "de".
    static QString choose(const QString &override, const QStringList &systemLanguages);

    // Chooses (with the system's languages) and installs the translators on the running
    // application; they live as long as it. English installs only its plural forms ("1 row",
    // "2 rows"). Returns the language chosen.
    static QString install(const QString &override = {});

    // Makes `language` the default QLocale's unless it already is (install() calls it).
    static void adoptLocale(const QString &language);
};

} // namespace rc
