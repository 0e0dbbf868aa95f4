#pragma once
// The controls revoke-console's first frame shows (a first run: nothing stored, signed out), built
// with plain Qt and none of the application: the tenant row, the search column and its hint, the
// empty card, the status bar's buttons. revoke-bare-window-controls shows them, so the start-up
// benchmark can tell what Qt charges for this content from what the application adds to it.
// FirstFrame.TheBenchmarksPlainQtCopyShowsWhatTheWindowShows (tests/ui) fails when the window's
// first frame shows controls this does not, or the other way round.

class QMainWindow;

namespace rc::bench {

void addFirstFrameControls(QMainWindow &window);

} // namespace rc::bench
