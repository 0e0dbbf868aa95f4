#pragma once
// The window fixture for walks that compare a control's focused and unfocused pictures: no
// blinking text cursor (a focused field's picture would depend on the moment), and the platform's
// colour scheme back afterwards, whatever the test applied.

#include "WindowFixture.h"
#include "ui/ColorScheme.h"

#include <QApplication>

namespace rc::test {

class FocusWalkTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_flashTime = QApplication::cursorFlashTime();
        QApplication::setCursorFlashTime(0);
    }
    void TearDown() override
    {
        qunsetenv("REVOKE_CONSOLE_PALETTE");
        ui::ColorScheme::apply(ui::ColorScheme::Scheme::System);
        QApplication::setCursorFlashTime(m_flashTime);
        WindowTest::TearDown();
    }

private:
    int m_flashTime = 0;
};

} // namespace rc::test
