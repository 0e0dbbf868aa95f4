// The window speaks the language whose translation is installed when it is built: German and
// French from the translations the executable carries (the texts lupdate extracted reach the
// widgets under the context they were extracted with).
#include "WindowFixture.h"
#include "ui/ObjectNames.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTranslator>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class TranslatedWindow : public WindowTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void TearDown() override
    {
        closeWindow();
        QCoreApplication::removeTranslator(&m_translator);
        WindowTest::TearDown();
    }
    QTranslator m_translator;
};

} // namespace

TEST_P(TranslatedWindow, SignInButtonIsTranslated)
{
    const QString language = QLatin1String(GetParam());
    ASSERT_TRUE(m_translator.load(QStringLiteral(":/i18n/revoke-console_") + language));
    ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator));
    openWindow(false);
    const QString expected = language == QLatin1String("de") ? QStringLiteral("Anmelden")
                                                             : QStringLiteral("Se connecter");
    EXPECT_EQ(m_driver->find<QPushButton>(names::SignInButton)->text(), expected);
}

INSTANTIATE_TEST_SUITE_P(Shipped, TranslatedWindow, ::testing::Values("de", "fr"),
                         [](const auto &param) { return std::string(param.param); });
