#pragma once
// A combo box as wide as a number of characters, whatever its entries: long entries are elided in
// the closed box and shown whole in its list, so a translated entry never widens its row. This is
// the size QComboBox::AdjustToMinimumContentsLengthWithIcon gives, without that policy's cost:
// setting any size policy builds the drop-down list at once, and the tenant row's three lists were
// a tenth of the window's own work before its first frame. The list is built when first opened.

#include <QComboBox>

namespace rc::ui {

class CompactComboBox final : public QComboBox
{
    Q_OBJECT

public:
    CompactComboBox(int characters, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int m_characters;
};

} // namespace rc::ui
