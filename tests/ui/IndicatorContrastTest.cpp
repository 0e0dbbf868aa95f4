// Check boxes and radio buttons stand out from the window in each of our palettes: the
// indicator's outline, as drawn, has at least 3:1 contrast with the background next to it
// (WCAG 1.4.11), unchecked and checked. In high contrast, buttons, fields, combo and spin boxes
// and lists are outlined at 3:1 or more as well, enabled and disabled.
#include "support/Contrast.h"
#include "ui/ColorScheme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace rc;
using namespace rc::test;
using rc::ui::ColorScheme;

namespace {

struct Case
{
    ColorScheme::Scheme scheme;
    bool radio;
    bool checked;
};

std::string nameOf(const ::testing::TestParamInfo<Case> &info)
{
    const Case &c = info.param;
    const char *scheme = c.scheme == ColorScheme::Scheme::Dark ? "Dark"
            : c.scheme == ColorScheme::Scheme::HighContrast    ? "HighContrast"
                                                               : "Light";
    return std::string(scheme) + (c.radio ? "Radio" : "CheckBox")
            + (c.checked ? "Checked" : "Unchecked");
}

class IndicatorContrast : public ::testing::TestWithParam<Case>
{
protected:
    void TearDown() override { ColorScheme::apply(ColorScheme::Scheme::System); }
};

// The strongest contrast with `background` within three pixels inward of `edge` along the line
// through the indicator's middle: the outline sits there, antialiased or not.
double edgeContrast(const QImage &image, const QRect &indicator, const QColor &background,
                    Qt::Edge edge)
{
    double best = 1.0;
    for (int inward = 0; inward < 3; ++inward) {
        QPoint at;
        switch (edge) {
        case Qt::LeftEdge:
            at = QPoint(indicator.left() + inward, indicator.center().y());
            break;
        case Qt::RightEdge:
            at = QPoint(indicator.right() - inward, indicator.center().y());
            break;
        case Qt::TopEdge:
            at = QPoint(indicator.center().x(), indicator.top() + inward);
            break;
        case Qt::BottomEdge:
            at = QPoint(indicator.center().x(), indicator.bottom() - inward);
            break;
        }
        best = std::max(best, contrastRatio(image.pixelColor(at), background));
    }
    return best;
}

} // namespace

TEST_P(IndicatorContrast, TheOutlineHasThreeToOneAgainstTheWindow)
{
    const Case c = GetParam();
    ColorScheme::apply(c.scheme);
    std::unique_ptr<QAbstractButton> button;
    if (c.radio)
        button = std::make_unique<QRadioButton>(QStringLiteral("Entra ID"));
    else
        button = std::make_unique<QCheckBox>(QStringLiteral("Preview only"));
    button->setChecked(c.checked);
    // The window behind it, as in a dialog (a button alone would fill with Button).
    button->setBackgroundRole(QPalette::Window);
    button->setAutoFillBackground(true);
    button->ensurePolished();
    button->resize(button->sizeHint() + QSize(24, 12)); // a corner of plain background
    const QImage image = button->grab().toImage();
    const qreal dpr = image.devicePixelRatio();

    QStyleOptionButton option;
    option.initFrom(button.get());
    const QRect logical = button->style()->subElementRect(c.radio ? QStyle::SE_RadioButtonIndicator
                                                                  : QStyle::SE_CheckBoxIndicator,
                                                          &option, button.get());
    ASSERT_TRUE(logical.isValid());
    const QRect indicator(QPoint(qRound(logical.left() * dpr), qRound(logical.top() * dpr)),
                          QPoint(qRound((logical.right() + 1) * dpr) - 1,
                                 qRound((logical.bottom() + 1) * dpr) - 1));
    const QColor background = image.pixelColor(image.width() - 1, image.height() - 1);
    EXPECT_EQ(background.rgb(), QApplication::palette().color(QPalette::Window).rgb())
            << "the corner shows the window";

    for (Qt::Edge edge : {Qt::LeftEdge, Qt::RightEdge, Qt::TopEdge, Qt::BottomEdge}) {
        const double ratio = edgeContrast(image, indicator, background, edge);
        const char *side = edge == Qt::LeftEdge ? "left"
                : edge == Qt::RightEdge         ? "right"
                : edge == Qt::TopEdge           ? "top"
                                                : "bottom";
        EXPECT_GE(ratio, 3.0) << side << " edge of " << nameOf({c, 0}) << ": " << ratio
                              << ":1 against " << background.name().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryPalette, IndicatorContrast,
                         ::testing::Values(Case {ColorScheme::Scheme::Light, false, false},
                                           Case {ColorScheme::Scheme::Light, false, true},
                                           Case {ColorScheme::Scheme::Light, true, false},
                                           Case {ColorScheme::Scheme::Light, true, true},
                                           Case {ColorScheme::Scheme::Dark, false, false},
                                           Case {ColorScheme::Scheme::Dark, false, true},
                                           Case {ColorScheme::Scheme::Dark, true, false},
                                           Case {ColorScheme::Scheme::Dark, true, true},
                                           Case {ColorScheme::Scheme::HighContrast, false, false},
                                           Case {ColorScheme::Scheme::HighContrast, false, true},
                                           Case {ColorScheme::Scheme::HighContrast, true, false},
                                           Case {ColorScheme::Scheme::HighContrast, true, true}),
                         nameOf);

// Fusion outlines buttons and fields at 2:1 on white; the high-contrast scheme draws them in the
// text colour: every side of each control, enabled or not, stands out 3:1 from the window.
TEST(ControlOutlineContrast, InHighContrastEveryControlIsOutlinedAtThreeToOne)
{
    ColorScheme::apply(ColorScheme::Scheme::HighContrast);
    QWidget window;
    window.setAutoFillBackground(true);
    auto *button = new QPushButton(QStringLiteral("Revoke"), &window);
    auto *field = new QLineEdit(QStringLiteral("adele"), &window);
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("Entra ID"));
    auto *editable = new QComboBox(&window);
    editable->setEditable(true);
    auto *spin = new QSpinBox(&window);
    auto *list = new QListWidget(&window);
    auto *disabled = new QPushButton(QStringLiteral("Contain"), &window);
    disabled->setEnabled(false);
    const QList<QWidget *> controls {button, field, combo, editable, spin, list, disabled};
    int y = 12;
    for (QWidget *control : controls) {
        control->ensurePolished();
        control->setGeometry(12, y, 160, list == control ? 60 : control->sizeHint().height());
        y += control->height() + 12;
    }
    window.resize(184, y);
    const QImage image = window.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QColor background = QApplication::palette().color(QPalette::Window);
    ASSERT_EQ(image.pixelColor(2, 2).rgb(), background.rgb());
    for (QWidget *control : controls) {
        const QRect logical = control->geometry();
        const QRect rect(QPoint(qRound(logical.left() * dpr), qRound(logical.top() * dpr)),
                         QPoint(qRound((logical.right() + 1) * dpr) - 1,
                                qRound((logical.bottom() + 1) * dpr) - 1));
        for (Qt::Edge edge : {Qt::LeftEdge, Qt::RightEdge, Qt::TopEdge, Qt::BottomEdge}) {
            const double ratio = edgeContrast(image, rect, background, edge);
            std::cout << "[contrast] HighContrast | outline of "
                      << control->metaObject()->className()
                      << (control->isEnabled() ? "" : " (disabled)") << " | " << ratio << ":1\n";
            EXPECT_GE(ratio, 3.0) << control->metaObject()->className() << " edge " << int(edge);
        }
    }
    ColorScheme::apply(ColorScheme::Scheme::System);
}

TEST(ContrastArithmetic, MatchesTheWcagExamples)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // #767676 on white is the lightest grey that passes 4.5:1.
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
    EXPECT_NEAR(relativeLuminance(QColor(0x80, 0x80, 0x80)), 0.2158, 0.0005);
}
