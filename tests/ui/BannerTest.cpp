// The outcome banner: what a screen reader gets, dismissing it, and colours that stay readable on
// light and dark palettes.
#include "WindowFixture.h"
#include "support/Contrast.h"
#include "ui/ColorScheme.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QAccessible>
#include <QApplication>
#include <QStyle>

using namespace rc::test;
using rc::ui::SeverityStyle;
using rc::ui::Tone;
namespace names = rc::ui::names;

namespace {

class Banner : public WindowTest
{
};

} // namespace

TEST_F(Banner, Outcome_IsReadableThroughTheAccessibilityTreeAndCanBeDismissed)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    m_driver->setPreview(true);
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForBanner());
    auto *banner = m_driver->find<QWidget>(names::StatusBanner);
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(banner);
    ASSERT_NE(a11y, nullptr);
    // An alert, which screen readers speak when it appears; not a plain frame.
    EXPECT_EQ(a11y->role(), QAccessible::AlertMessage);
    EXPECT_TRUE(a11y->text(QAccessible::Name).endsWith(m_driver->bannerText()))
            << a11y->text(QAccessible::Name).toStdString();
    EXPECT_TRUE(a11y->text(QAccessible::Name).startsWith(QLatin1String("Information")));

    m_driver->click(names::DismissBannerButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(m_driver->bannerText().isEmpty());
}

TEST(SeverityStyle, EveryToneReadsOnLightAndDarkPalettes)
{
    const QPalette light = rc::ui::ColorScheme::light();
    const QPalette dark = rc::ui::ColorScheme::dark();
    for (const bool isDark : {false, true}) {
        const QPalette &palette = isDark ? dark : light;
        EXPECT_EQ(SeverityStyle::isDark(palette), isDark);
        for (Tone tone : {Tone::Success, Tone::Info, Tone::Warning, Tone::Error}) {
            const auto c = SeverityStyle::colors(tone, palette);
            EXPECT_GE(contrastRatio(palette.color(QPalette::WindowText), c.background), 7.0)
                    << int(tone) << (isDark ? " dark" : " light");
            EXPECT_GE(contrastRatio(c.accent, c.background), 4.5)
                    << int(tone) << (isDark ? " dark" : " light");
        }
    }
}

TEST_F(Banner, ThrottledRevocation_SaysItIsRetryingThenShowsTheOutcome)
{
    openSignedIn();
    m_emulator->faults().add(rc::emu::Service::Graph, QStringLiteral("revokeSignInSessions"),
                             rc::emu::Fault::httpStatus(429, 1));
    findAndPick(QStringLiteral("megan"), upn("megan.bowen"));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm();
    ASSERT_TRUE(waitFor([&] {
        return m_driver->bannerText()
                == QLatin1String("Microsoft 365 is throttling requests, retrying in 1 s.");
    }));
    EXPECT_TRUE(m_driver->isBusy()); // still waiting, and the panel offers Cancel
    ASSERT_TRUE(waitFor([&] {
        return m_driver->bannerText().startsWith(QLatin1String("It can take up to an hour"));
    }));
    EXPECT_EQ(revokingRequests(), 2);
}
