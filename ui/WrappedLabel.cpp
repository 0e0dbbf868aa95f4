#include "ui/WrappedLabel.h"

namespace rc::ui {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappedLabel::cacheStillValid() const
{
    if (text() == m_text && font() == m_font && margin() == m_margin && indent() == m_indent
        && contentsMargins() == m_contentsMargins)
        return true;
    m_heights.fill({});
    m_text = text();
    m_font = font();
    m_margin = margin();
    m_indent = indent();
    m_contentsMargins = contentsMargins();
    return false;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (cacheStillValid()) {
        for (const Height &h : m_heights) {
            if (h.width == width)
                return h.height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

} // namespace rc::ui
