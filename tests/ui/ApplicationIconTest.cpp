// The window's icon: the desktop theme's under the application id when a theme has it (what the
// package installs in hicolor), else the SVG compiled into the executable. Either way it draws at
// 64 px, which needs Qt's SVG icon engine at run time.
#include "ApplicationIcon.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// A theme of our own for the test's length: only the folders given are searched.
class ScratchIconTheme final
{
public:
    ScratchIconTheme()
        : m_savedPaths(QIcon::themeSearchPaths())
        , m_savedFallbackPaths(QIcon::fallbackSearchPaths())
        , m_savedName(QIcon::themeName())
    {
        QIcon::setThemeSearchPaths({m_dir.path()});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("revoke-test"));
    }
    ~ScratchIconTheme()
    {
        QIcon::setThemeSearchPaths(m_savedPaths);
        QIcon::setFallbackSearchPaths(m_savedFallbackPaths);
        QIcon::setThemeName(m_savedName);
    }
    ScratchIconTheme(const ScratchIconTheme &) = delete;
    ScratchIconTheme &operator=(const ScratchIconTheme &) = delete;

    // Puts `svg` in the theme as the icon `name`; the theme is re-read.
    bool add(const QString &name, const QByteArray &svg)
    {
        const QString theme = m_dir.filePath(QStringLiteral("revoke-test"));
        if (!QDir().mkpath(theme + QStringLiteral("/scalable/apps")))
            return false;
        QFile index(theme + QStringLiteral("/index.theme"));
        QFile icon(theme + QStringLiteral("/scalable/apps/") + name + QStringLiteral(".svg"));
        if (!index.open(QIODevice::WriteOnly) || !icon.open(QIODevice::WriteOnly))
            return false;
        index.write("[Icon Theme]\nName=revoke-test\nDirectories=scalable/apps\n\n"
                    "[scalable/apps]\nSize=64\nMinSize=16\nMaxSize=512\nType=Scalable\n");
        icon.write(svg);
        index.close();
        icon.close();
        QIcon::setThemeName(QString()); // forget what was looked up before
        QIcon::setThemeName(QStringLiteral("revoke-test"));
        return true;
    }

private:
    QTemporaryDir m_dir;
    QStringList m_savedPaths;
    QStringList m_savedFallbackPaths;
    QString m_savedName;
};

QImage windowIconAt64()
{
    QApplication::setWindowIcon(rc::applicationIcon());
    const QIcon icon = QApplication::windowIcon();
    EXPECT_FALSE(icon.isNull());
    const QPixmap pixmap = icon.pixmap(64);
    EXPECT_FALSE(pixmap.isNull());
    EXPECT_EQ(pixmap.deviceIndependentSize().toSize(), QSize(64, 64));
    return pixmap.toImage().scaled(64, 64);
}

} // namespace

TEST(ApplicationIcon, WithoutATheme_TheWindowIconIsTheCompiledInSvg)
{
    ScratchIconTheme noTheme;
    ASSERT_FALSE(QIcon::hasThemeIcon(QStringLiteral(REVOKE_APP_ID)));
    const QImage image = windowIconAt64();
    ASSERT_FALSE(image.isNull());
    // resources/icons/revoke-console.svg, drawn: the red ring's top, the screen's pale blue inside
    // the dark frame, and transparent corners.
    const QColor ring = image.pixelColor(32, 17);
    EXPECT_GT(ring.red(), 150);
    EXPECT_LT(ring.blue(), 100);
    const QColor screen = image.pixelColor(12, 40);
    EXPECT_GT(screen.blue(), 200);
    EXPECT_GT(screen.green(), 200);
    const QColor frame = image.pixelColor(5, 30);
    EXPECT_LT(frame.red(), 80);
    EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0);
}

TEST(ApplicationIcon, TheThemesIconUnderTheApplicationIdComesFirst)
{
    ScratchIconTheme theme;
    ASSERT_TRUE(theme.add(QStringLiteral(REVOKE_APP_ID),
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                          "<rect width=\"64\" height=\"64\" fill=\"#00ff00\"/></svg>"));
    ASSERT_TRUE(QIcon::hasThemeIcon(QStringLiteral(REVOKE_APP_ID)));
    const QImage image = windowIconAt64();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.pixelColor(0, 0), QColor(0, 255, 0));
    EXPECT_EQ(image.pixelColor(32, 17), QColor(0, 255, 0));
}
