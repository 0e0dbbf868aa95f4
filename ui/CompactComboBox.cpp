#include "ui/CompactComboBox.h"

#include <QStyle>
#include <QStyleOptionComboBox>

#include <cmath>

namespace rc::ui {

CompactComboBox::CompactComboBox(int characters, QWidget *parent)
    : QComboBox(parent)
    , m_characters(characters)
{ }

// QComboBox's own measure under AdjustToMinimumContentsLengthWithIcon: an 'X' per character and
// room for an icon, the placeholder whole, a line of text or an icon high; the style then adds
// the frame and the arrow.
QSize CompactComboBox::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QSize icon = iconSize();
    QSize content(
            m_characters * fm.horizontalAdvance(QLatin1Char('X')) + icon.width() + 4,
            qMax(qMax(int(std::ceil(QFontMetricsF(fm).height())), 14) + 2, icon.height() + 2));
    if (!placeholderText().isEmpty())
        content.setWidth(qMax(content.width(), fm.boundingRect(placeholderText()).width()));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, this);
}

QSize CompactComboBox::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace rc::ui
