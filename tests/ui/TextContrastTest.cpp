// Text is readable in each of our palettes (light, dark, high contrast): the window with a user
// picked, the card (its secondary grey lines and its Guest / Disabled badges), the result rows
// (plain and selected), the search field's placeholder and the status banner in each severity are
// rendered, and the ink of each piece of text is measured against the colour it is drawn on
// (tests/support/Contrast.h): 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold), WCAG 1.4.3.
// Disabled controls are skipped: WCAG exempts the text of an inactive control (their ratio is
// printed, not asserted).
#include "WindowFixture.h"
#include "support/TextInk.h"
#include "ui/ColorScheme.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"
#include "ui/StatusBanner.h"
#include "ui/UserResultDelegate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>

#include <iomanip>
#include <iostream>

using namespace rc;
using namespace rc::test;
using rc::ui::ColorScheme;
using rc::ui::SeverityStyle;
using rc::ui::Tone;
namespace names = rc::ui::names;

namespace {

const char *schemeName(ColorScheme::Scheme scheme)
{
    switch (scheme) {
    case ColorScheme::Scheme::Dark:
        return "Dark";
    case ColorScheme::Scheme::HighContrast:
        return "HighContrast";
    default:
        return "Light";
    }
}

std::string paletteName(const ::testing::TestParamInfo<ColorScheme::Scheme> &param)
{
    return schemeName(param.param);
}

bool isLargeText(const QFont &font)
{
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
    return points >= 18 || (font.bold() && points >= 14);
}

double requiredRatio(const QFont &font)
{
    return isLargeText(font) ? 3.0 : 4.5;
}

QRect devicePixels(const QRect &logical, qreal dpr)
{
    return {QPoint(qRound(logical.left() * dpr), qRound(logical.top() * dpr)),
            QPoint(qRound((logical.right() + 1) * dpr) - 1,
                   qRound((logical.bottom() + 1) * dpr) - 1)};
}

// A rendering of `root` and the measurements taken on it.
class Shot
{
public:
    Shot(QWidget *root, std::string scheme)
        : m_root(root)
        , m_image(render(root))
        , m_scheme(std::move(scheme))
    { }

    // Text in `box` (in `of`'s coordinates) drawn in `font`: asserts its contrast.
    InkContrast expectText(const std::string &what, const QWidget *of, const QRect &box,
                           const QFont &font)
    {
        const InkContrast c = measure(of, box);
        const double needed = requiredRatio(font);
        report(what, c, "");
        EXPECT_GE(c.ratio, needed) << m_scheme << ' ' << what << ": " << c.ink.name().toStdString()
                                   << " on " << c.background.name().toStdString();
        return c;
    }
    // A disabled control's text: WCAG exempts it, so it is only printed.
    void note(const std::string &what, const QWidget *of, const QRect &box)
    {
        report(what, measure(of, box), "(disabled: exempt, not asserted)");
    }
    QColor pixel(const QPoint &logical) const
    {
        const qreal dpr = m_image.devicePixelRatio();
        return m_image.pixelColor(qRound(logical.x() * dpr), qRound(logical.y() * dpr));
    }

private:
    static QImage render(QWidget *root)
    {
        // Layouts and style sheets settle in posted events: paint what a person would see.
        QApplication::processEvents();
        return root->grab().toImage();
    }
    InkContrast measure(const QWidget *of, const QRect &box) const
    {
        const QRect inRoot(of == m_root ? box.topLeft() : of->mapTo(m_root, box.topLeft()),
                           box.size());
        return inkContrast(m_image, devicePixels(inRoot, m_image.devicePixelRatio()));
    }
    void report(const std::string &what, const InkContrast &c, const char *remark) const
    {
        std::cout << "[contrast] " << m_scheme << " | " << what << " | " << std::fixed
                  << std::setprecision(2) << c.ratio << ":1 | " << c.ink.name().toStdString()
                  << " on " << c.background.name().toStdString() << ' ' << remark << '\n';
    }

    QWidget *m_root;
    QImage m_image;
    std::string m_scheme;
};

std::string labelName(const QLabel *label)
{
    if (!label->objectName().isEmpty())
        return "label " + label->objectName().toStdString();
    return "label \"" + label->text().left(40).toStdString() + '"';
}

// Every visible label and enabled button with text inside `root` (disabled ones noted).
void expectEveryText(Shot &shot, QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        if (label->isEnabled())
            shot.expectText(labelName(label), label, label->contentsRect(), label->font());
        else
            shot.note(labelName(label), label, label->contentsRect());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        QRect box = button->rect().adjusted(4, 4, -4, -4); // inside the frame
        if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(button);
            box = button->style()->subElementRect(qobject_cast<QCheckBox *>(button)
                                                          ? QStyle::SE_CheckBoxContents
                                                          : QStyle::SE_RadioButtonContents,
                                                  &option, button);
        }
        const std::string what
                = "button \"" + button->text().remove(QLatin1Char('&')).toStdString() + '"';
        if (button->isEnabled())
            shot.expectText(what, button, box, button->font());
        else
            shot.note(what, button, box);
    }
}

class TextContrast : public WindowTest, public ::testing::WithParamInterface<ColorScheme::Scheme>
{
protected:
    void SetUp() override
    {
        ColorScheme::apply(GetParam());
        WindowTest::SetUp();
    }
    void TearDown() override
    {
        WindowTest::TearDown();
        ColorScheme::apply(ColorScheme::Scheme::System);
    }
    std::string scheme() const { return schemeName(GetParam()); }

    // The two lines and the badges of the row showing `upn`, as UserResultDelegate lays them out.
    void expectRow(const QString &upn, const std::string &state)
    {
        auto *list = m_driver->find<QListView>(names::ResultsList);
        const int row = int(m_driver->resultUpns().indexOf(upn));
        ASSERT_GE(row, 0);
        const QModelIndex index = list->model()->index(row, 0);
        ASSERT_EQ(list->selectionModel()->isSelected(index), state == "selected");
        Shot shot(list->viewport(), scheme());
        const QRect rect = list->visualRect(index);
        const QFont font = list->font();
        const QFontMetrics fm(font);
        const int pad = fm.height() / 3;
        const QRect area = rect.adjusted(2 * pad, pad, -2 * pad, -pad);
        const int line = fm.height();
        QFont bold = font;
        bold.setBold(true);
        const QString name = index.data(Qt::DisplayRole).toString();
        const int nameWidth = qMin(QFontMetrics(bold).horizontalAdvance(name), area.width() / 2);
        const std::string row_ = "result row (" + state + ") ";
        const InkContrast nameInk
                = shot.expectText(row_ + "name", list->viewport(),
                                  QRect(area.left(), area.top(), nameWidth, line), bold);
        if (state == "selected") {
            // The selection is a state indicator: 3:1 against the list's empty space under the
            // last row, where unselected rows have the same background (WCAG 1.4.11).
            const int last = list->model()->rowCount() - 1;
            const int below = list->visualRect(list->model()->index(last, 0)).bottom() + 2;
            ASSERT_LT(below, list->viewport()->height()) << "no empty space under the rows";
            const QColor empty = shot.pixel(QPoint(2, below));
            const double ratio = contrastRatio(nameInk.background, empty);
            std::cout << "[contrast] " << scheme() << " | selected row against the list | "
                      << std::fixed << std::setprecision(2) << ratio << ":1 | "
                      << nameInk.background.name().toStdString() << " on "
                      << empty.name().toStdString() << '\n';
            EXPECT_GE(ratio, 3.0) << scheme() << " selected row";
        }
        const int upnWidth = qMin(fm.horizontalAdvance(upn), area.width());
        shot.expectText(row_ + "sign-in name", list->viewport(),
                        QRect(area.left(), area.top() + line + pad / 2, upnWidth, line), font);

        QFont badge = font;
        badge.setPointSizeF(font.pointSizeF() * 0.85);
        badge.setBold(true);
        const QFontMetrics bfm(badge);
        int right = area.right();
        const auto expectBadge = [&](const QString &text) {
            const int width = bfm.horizontalAdvance(text) + bfm.height();
            const QRect pill(right - width, area.top(), width, line);
            // Inside the pill's rounded ends and border: its fill and the text.
            shot.expectText(row_ + "badge " + text.toStdString(), list->viewport(),
                            pill.adjusted(line / 2, 2, -line / 2, -2), badge);
            right = pill.left() - pad;
        };
        if (index.data(ui::DisabledRole).toBool())
            expectBadge(ui::UserResultDelegate::disabledBadgeText());
        if (index.data(ui::GuestRole).toBool())
            expectBadge(ui::UserResultDelegate::guestBadgeText());
    }

    void expectCard(const std::string &who)
    {
        auto *card = m_driver->find<QWidget>(names::UserCard);
        Shot shot(card, scheme() + " card of " + who);
        expectEveryText(shot, card);
    }
};

} // namespace

TEST_P(TextContrast, TheWindowWithAUserPicked)
{
    openSignedIn();
    m_window->resize(1280, 900);
    // The search field's placeholder, before anything is typed (no cursor in the way).
    auto *search = m_driver->find<QLineEdit>(names::SearchEdit);
    ASSERT_TRUE(search->text().isEmpty());
    ASSERT_FALSE(search->placeholderText().isEmpty());
    search->clearFocus();
    {
        Shot shot(search, scheme());
        shot.expectText("search placeholder", search, search->rect().adjusted(8, 4, -4, -4),
                        search->font());
    }

    for (const QString &person : {GuestUpn, upn("pradeep.gupta")}) {
        const QString query
                = person.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('_'), 0, 0);
        m_driver->search(query);
        ASSERT_TRUE(m_driver->waitForResults());
        expectRow(person, "plain");
        ASSERT_TRUE(m_driver->pick(person));
        expectRow(person, "selected");
        expectCard(person.section(QLatin1Char('@'), 0, 0).toStdString());
    }
    // The rest of the window: the tenant pane, the revoke panel (a guest's Revoke is disabled,
    // noted only), the buttons along the bottom.
    Shot shot(m_window.get(), scheme() + " window");
    expectEveryText(shot, m_window.get());
}

TEST_P(TextContrast, TheBannerInEverySeverity)
{
    for (const auto severity : {StatusMessage::Severity::Success, StatusMessage::Severity::Info,
                                StatusMessage::Severity::Warning, StatusMessage::Severity::Error}) {
        ui::StatusBanner banner;
        banner.resize(720, 10);
        StatusMessage message;
        message.severity = severity;
        message.text = QStringLiteral("Signed out of every Microsoft 365 app.");
        message.details = {QStringLiteral("Sessions valid from moved to now.")};
        message.correlationId = QStringLiteral("3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c");
        message.offerEntraChannel = severity == StatusMessage::Severity::Error;
        banner.showMessage(message);
        banner.resize(720,
                      banner.heightForWidth(720) > 0 ? banner.heightForWidth(720)
                                                     : banner.sizeHint().height());
        QApplication::processEvents();
        const std::string tone
                = SeverityStyle::toneName(SeverityStyle::toneOf(severity)).toStdString();
        Shot shot(&banner, scheme() + " banner " + tone);
        expectEveryText(shot, &banner);
    }
}

TEST_P(TextContrast, TintedTextOnTheWindow)
{
    // A sign-in dialog's failure line: the tone's accent as text on the window.
    for (Tone tone : {Tone::Success, Tone::Info, Tone::Warning, Tone::Error}) {
        QLabel label(QStringLiteral("The sign-in was refused."));
        label.setAutoFillBackground(true);
        SeverityStyle::tintText(&label, tone);
        label.resize(label.sizeHint() + QSize(8, 8));
        Shot shot(&label, scheme());
        shot.expectText("tinted text " + SeverityStyle::toneName(tone).toStdString(), &label,
                        label.rect(), label.font());
    }
}

INSTANTIATE_TEST_SUITE_P(EveryPalette, TextContrast,
                         ::testing::Values(ColorScheme::Scheme::Light, ColorScheme::Scheme::Dark,
                                           ColorScheme::Scheme::HighContrast),
                         paletteName);

// The measurement finds text that is too faint: grey on grey fails, and the ratio it reports is
// the one the colours have.
TEST(TextContrastMeasure, CatchesLowContrastText)
{
    QLabel label(QStringLiteral("Last sign-in 2025-03-18 14:22"));
    QPalette palette = label.palette();
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x99, 0x99, 0x99)); // 2.5:1
    label.setPalette(palette);
    label.setAutoFillBackground(true);
    label.resize(label.sizeHint() + QSize(8, 8));
    const QImage image = label.grab().toImage();
    const InkContrast c = inkContrast(image, image.rect());
    EXPECT_EQ(c.background.rgb(), QColor(0xef, 0xef, 0xef).rgb());
    EXPECT_EQ(c.ink.rgb(), QColor(0x99, 0x99, 0x99).rgb());
    EXPECT_LT(c.ratio, 4.5);
    EXPECT_NEAR(c.ratio, contrastRatio(QColor(0x99, 0x99, 0x99), QColor(0xef, 0xef, 0xef)), 0.01);
}

// A platform theme with a high-contrast palette of its own delivers it as the application
// palette. "System" (the default) keeps that palette while no desktop portal asks for high
// contrast (DesktopContrast), so its text is drawn in the platform's colours, not ours.
TEST(TextContrastSystem, KeepsAHighContrastPlatformPalette)
{
    const QPalette before = QApplication::palette();
    QPalette highContrast(QColor(Qt::black));
    highContrast.setColor(QPalette::Window, Qt::black);
    highContrast.setColor(QPalette::WindowText, Qt::white);
    highContrast.setColor(QPalette::PlaceholderText, QColor(0xff, 0xff, 0x00));
    QApplication::setPalette(highContrast);
    ColorScheme::apply(ColorScheme::Scheme::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));

    QLabel secondary(QStringLiteral("adele.vance@contoso.onmicrosoft.com"));
    secondary.setForegroundRole(QPalette::PlaceholderText); // as the card's sign-in name
    secondary.setAutoFillBackground(true);
    secondary.resize(secondary.sizeHint() + QSize(8, 8));
    const QImage image = secondary.grab().toImage();
    const InkContrast c = inkContrast(image, image.rect());
    QApplication::setPalette(before);
    EXPECT_EQ(c.background.rgb(), QColor(Qt::black).rgb());
    EXPECT_EQ(c.ink.rgb(), QColor(0xff, 0xff, 0x00).rgb());
}
