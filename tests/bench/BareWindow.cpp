// revoke-bare-window: the yardstick for the start-up benchmark (revoke-bench --only compare,
// packaging/bench.sh startup). A bare QApplication and QMainWindow, given the size
// revoke-console's main window opens at, that reports its first paint and quits exactly as
// revoke-console does (core/FirstPaintReport.h). It links Qt Widgets and nothing else.
// Built with REVOKE_BARE_WINDOW_TEXT (revoke-bare-window-text), it shows one line of text: what a
// window's first text costs (the font's face and hinting, shaping, the glyph cache).
// Built with REVOKE_BARE_WINDOW_CONTROLS (revoke-bare-window-controls), it shows the controls of
// revoke-console's first frame in plain Qt (FirstFrameControls.h): what Qt charges for that
// content, whatever application draws it.
#include "core/FirstPaintReport.h"

#ifdef REVOKE_BARE_WINDOW_CONTROLS
#include "FirstFrameControls.h"
#endif

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    rc::FirstPaintReport firstPaint(sinceMain);
    QMainWindow window;
    if (rc::FirstPaintReport::wanted())
        window.installEventFilter(&firstPaint);
#ifdef REVOKE_BARE_WINDOW_TEXT
    window.setCentralWidget(
            new QLabel(QStringLiteral("Sign in to search the directory."), &window));
#endif
#ifdef REVOKE_BARE_WINDOW_CONTROLS
    rc::bench::addFirstFrameControls(window);
#endif
    // The size ui/MainWindow opens at, so both fill a backing store of the same size.
    const QFontMetrics fm = window.fontMetrics();
    QSize size(fm.averageCharWidth() * 175, fm.height() * 52);
    if (const QScreen *screen = window.screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    window.resize(size);
    window.show();
    return app.exec();
}
