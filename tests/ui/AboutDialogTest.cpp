// About Revoke Console, from the app menu: the version, the licence, the Qt it runs on and was
// built with, and the home page as a link that opens in the browser.
#include "ui/AboutDialog.h"
#include "WindowFixture.h"
#include "ui/ObjectNames.h"

#include <QLabel>

using namespace rc;
using namespace rc::test;
namespace names = rc::ui::names;

namespace {

QString allText(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

using About = WindowTest;

} // namespace

TEST_F(About, TheAppMenuOpensItWithVersionLicenceQtAndTheHomePage)
{
    openSignedIn();
    m_driver->triggerAction(names::AboutAction);
    ui::AboutDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] {
        dialog = m_window->findChild<ui::AboutDialog *>(names::AboutDialog);
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->findChild<QLabel *>(names::AboutVersionLabel)->text(),
              QStringLiteral("Version %1").arg(QStringLiteral(REVOKE_VERSION)));
    EXPECT_EQ(QStringLiteral(REVOKE_VERSION), QStringLiteral("0.1.0"));
    const QString qt = dialog->findChild<QLabel *>(names::AboutQtLabel)->text();
    EXPECT_TRUE(qt.contains(QString::fromLatin1(qVersion()))) << qt.toStdString();
    EXPECT_TRUE(qt.contains(QStringLiteral(QT_VERSION_STR))) << qt.toStdString();
    EXPECT_TRUE(allText(dialog).contains(QLatin1String("Apache License 2.0")));

    auto *home = dialog->findChild<QLabel *>(names::AboutHomePageLabel);
    const QString url = QStringLiteral(REVOKE_HOMEPAGE);
    EXPECT_TRUE(url.startsWith(QLatin1String("https://"))) << url.toStdString();
    EXPECT_TRUE(home->text().contains(QStringLiteral("href=\"%1\"").arg(url)))
            << home->text().toStdString();
    EXPECT_TRUE(home->openExternalLinks());
    EXPECT_TRUE(home->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
}

TEST_F(About, ShowsTheWindowsIcon)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::red);
    QWidget parent;
    parent.setWindowIcon(QIcon(pixmap));
    ui::AboutDialog dialog(&parent);
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || !label->pixmap().isNull();
    EXPECT_TRUE(shown);
}
