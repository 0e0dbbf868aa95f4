#pragma once
// Start-up work the first frame does not need waits until that frame is on screen: the window
// maps as soon as it can, and the work still runs before the person can do anything with it.

#include <functional>

class QWidget;

namespace rc::ui {

// Runs `work` once, from the event loop, right after `widget` is first painted. Bound to
// `widget`: nothing runs if it is deleted first.
void afterFirstPaint(QWidget *widget, std::function<void()> work);

} // namespace rc::ui
