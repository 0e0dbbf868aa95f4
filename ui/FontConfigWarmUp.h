#pragma once
// Loading the desktop's font configuration (fontconfig reads its XML files and font caches) is
// about a quarter of the work before the window's first frame, and Qt does it when the first text
// is laid out. Started on a thread of its own at the top of main, it runs while the application
// connects to the display and reads its settings; the window waits for it before it builds any
// text, and Qt then finds the configuration already loaded.

#include <thread>

namespace rc::ui {

class FontConfigWarmUp final
{
public:
    FontConfigWarmUp(); // starts loading
    ~FontConfigWarmUp(); // waits, if wait() was not called
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    // Returns once the configuration is loaded. Call before the first widget is built, so that
    // Qt's own load never runs alongside this one.
    void wait();

private:
    std::thread m_thread;
};

} // namespace rc::ui
