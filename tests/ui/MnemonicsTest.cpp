// Alt+letter reaches one control per letter: within the main window (with a user picked) and
// within the settings dialog, no two visible mnemonics share a letter. CTest also runs this in
// German and French (ui_layout_de, ui_layout_fr), where the translations choose the letters.
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>

using namespace rc::test;

namespace {

class Mnemonics : public WindowTest
{
};

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; none: a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Each visible mnemonic letter of `top`'s own widgets (not those of other windows), with who has
// it.
QMap<QChar, QStringList> mnemonicsIn(QWidget *top)
{
    QMap<QChar, QStringList> letters;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->window() != top)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text = box->title();
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            letters[letter] << text;
    }
    return letters;
}

std::string clashes(const QMap<QChar, QStringList> &letters)
{
    QStringList out;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | ")));
    }
    return out.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_F(Mnemonics, UniqueInTheMainWindowWithAUserPicked)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    const auto letters = mnemonicsIn(m_window.get());
    EXPECT_GE(letters.size(), 5) << "too few mnemonics found: the walk is broken";
    EXPECT_EQ(clashes(letters), std::string());
}

TEST_F(Mnemonics, UniqueInTheSettingsDialog)
{
    rc::ui::SettingsDialog dialog(profiles(), rc::AuditLog::defaultPath());
    dialog.show();
    const auto letters = mnemonicsIn(&dialog);
    EXPECT_GE(letters.size(), 4) << "too few mnemonics found: the walk is broken";
    EXPECT_EQ(clashes(letters), std::string());
}
