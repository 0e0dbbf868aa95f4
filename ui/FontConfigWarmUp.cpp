#include "ui/FontConfigWarmUp.h"

#include <fontconfig/fontconfig.h>

namespace rc::ui {

// FcInit loads the default configuration once per process; a later call, Qt's included, returns
// at once. fontconfig is thread-safe, so a platform theme that loads it meanwhile costs only time.
FontConfigWarmUp::FontConfigWarmUp()
    : m_thread([] { FcInit(); })
{ }

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace rc::ui
