// ui/WrappedLabel remembers heights per width; it must answer exactly what QLabel answers, and
// answer anew once its text, font or margins change.
#include "ui/WrappedLabel.h"

#include <QLabel>

#include <gtest/gtest.h>

using rc::ui::WrappedLabel;

namespace {

const QString kLong = QStringLiteral(
        "Pick a user from the search results to check who they are before you sign them out of "
        "every session on every device.");

int plainHeight(const QString &text, const QFont &font, int margin, int width)
{
    QLabel label;
    label.setWordWrap(true);
    label.setFont(font);
    label.setMargin(margin);
    label.setText(text);
    return label.heightForWidth(width);
}

} // namespace

TEST(WrappedLabel, AnswersWhatQLabelAnswersForEveryWidth)
{
    WrappedLabel label;
    label.setText(kLong);
    // More widths than it remembers, each asked twice: the second answer comes from the cache.
    for (int round = 0; round < 2; ++round) {
        for (int width : {80, 140, 200, 260, 320, 400, 600}) {
            EXPECT_EQ(label.heightForWidth(width), plainHeight(kLong, label.font(), 0, width))
                    << "width " << width << ", round " << round;
        }
    }
}

TEST(WrappedLabel, ANewTextFontOrMarginIsMeasuredAgain)
{
    WrappedLabel label;
    label.setText(QStringLiteral("Short."));
    const int width = 120;
    const int oneLine = label.heightForWidth(width);

    label.setText(kLong);
    const int longText = label.heightForWidth(width);
    EXPECT_GT(longText, oneLine);
    EXPECT_EQ(longText, plainHeight(kLong, label.font(), 0, width));

    QFont big = label.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    label.setFont(big);
    EXPECT_EQ(label.heightForWidth(width), plainHeight(kLong, big, 0, width));
    EXPECT_GT(label.heightForWidth(width), longText);

    label.setMargin(10);
    EXPECT_EQ(label.heightForWidth(width), plainHeight(kLong, big, 10, width));
}
