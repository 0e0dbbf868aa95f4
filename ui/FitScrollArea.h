#pragma once
// A scroll area that asks for exactly the height of its content: as tall as the content when the
// window has room, shorter (and scrolling) when it does not. The user card sits in one, so the
// revoke panel stays right under the card on a large screen and in view on an 800x600 one. The
// confirmations sit in one too, so their text stays whole (scrolling) on a short screen at 200 %.

#include <QScrollArea>

namespace rc::ui {

class FitScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitScrollArea)
public:
    explicit FitScrollArea(QWidget *content, QWidget *parent = nullptr);

    // A Tab stop only while there is something to scroll (a dialog whose text fits gains none).
    void takeFocusOnlyWhenScrolling();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rc::ui
