#pragma once
// A word-wrapped QLabel that remembers its last few heights for a width. QLabel lays its text out
// again on every heightForWidth() call, and a layout of nested boxes asks the same widths many
// times while a window first shows: about 50 calls, a third of the window's own start-up work,
// for the two wrapped labels the empty window shows.

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace rc::ui {

class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Height
    {
        int width = -1;
        int height = 0;
    };
    bool cacheStillValid() const;

    mutable std::array<Height, 4> m_heights;
    mutable std::size_t m_next = 0;
    // What the heights were measured for: text, font and margins change them.
    mutable QString m_text;
    mutable QFont m_font;
    mutable int m_margin = -1;
    mutable int m_indent = -1;
    mutable QMargins m_contentsMargins;
};

} // namespace rc::ui
