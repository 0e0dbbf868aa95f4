// ui/CompactComboBox must size itself exactly as QComboBox does under
// AdjustToMinimumContentsLengthWithIcon, and must not build its drop-down list before it is
// opened (building it is what the class saves).
#include "ui/CompactComboBox.h"

#include <QAbstractItemView>
#include <QComboBox>

#include <gtest/gtest.h>

using rc::ui::CompactComboBox;

namespace {

void fill(QComboBox &combo, const QString &placeholder)
{
    combo.addItem(QStringLiteral("Global"));
    combo.addItem(QStringLiteral("Zertifikat (nur App, ohne Administratorkonto)"));
    combo.setPlaceholderText(placeholder);
}

QSize qtSize(int characters, const QString &placeholder, const QFont &font, bool minimum)
{
    QComboBox combo;
    combo.setFont(font);
    combo.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo.setMinimumContentsLength(characters);
    fill(combo, placeholder);
    return minimum ? combo.minimumSizeHint() : combo.sizeHint();
}

} // namespace

TEST(CompactComboBox, SizesAsQtsMinimumContentsLengthPolicy)
{
    QFont large;
    large.setPointSizeF(large.pointSizeF() * 2);
    for (const QFont &font : {QFont(), large}) {
        for (int characters : {8, 14, 18}) {
            for (const QString &placeholder :
                 {QString(), QStringLiteral("New tenant"),
                  QStringLiteral("A placeholder longer than eighteen characters")}) {
                SCOPED_TRACE(characters);
                SCOPED_TRACE(placeholder.toStdString());
                CompactComboBox combo(characters, nullptr);
                combo.setFont(font);
                fill(combo, placeholder);
                EXPECT_EQ(combo.sizeHint(), qtSize(characters, placeholder, font, false));
                EXPECT_EQ(combo.minimumSizeHint(), qtSize(characters, placeholder, font, true));
            }
        }
    }
}

TEST(CompactComboBox, BuildsItsListOnlyWhenAsked)
{
    CompactComboBox combo(14, nullptr);
    fill(combo, QString());
    combo.sizeHint();
    EXPECT_EQ(combo.findChild<QAbstractItemView *>(), nullptr);
    // The list still holds every entry once built.
    ASSERT_NE(combo.view(), nullptr);
    EXPECT_EQ(combo.view()->model()->rowCount(), 2);
}
