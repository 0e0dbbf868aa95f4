#include "ui/UserResultDelegate.h"

#include "ui/SeverityStyle.h"

#include <QApplication>
#include <QPainter>

namespace rc::ui {

namespace {

int padding(const QFontMetrics &fm)
{
    return fm.height() / 3;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.85);
    else
        font.setPixelSize(qMax(1, qRound(base.pixelSize() * 0.85)));
    font.setBold(true);
    return font;
}

// Draws a rounded pill ending at `right`, returns its left edge.
int paintBadge(QPainter *p, const QString &text, Tone tone, int right, int top, int height,
               const QStyleOptionViewItem &option)
{
    const QFont font = badgeFont(option.font);
    const QFontMetrics fm(font);
    const int width = fm.horizontalAdvance(text) + fm.height();
    const QRect r(right - width, top, width, height);
    const ToneColors c = SeverityStyle::colors(tone, option.palette);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(c.border);
    p->setBrush(c.background);
    p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    p->setFont(font);
    p->setPen(c.accent);
    p->drawText(r, Qt::AlignCenter, text);
    p->restore();
    return r.left();
}

} // namespace

UserResultDelegate::UserResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString UserResultDelegate::guestBadgeText()
{
    return tr("Guest");
}

QString UserResultDelegate::disabledBadgeText()
{
    return tr("Disabled");
}

void UserResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const int pad = padding(fm);
    const QRect area = option.rect.adjusted(2 * pad, pad, -2 * pad, -pad);
    const int lineHeight = fm.height();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
            = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;

    int right = area.right();
    const int badgeHeight = lineHeight;
    if (index.data(DisabledRole).toBool())
        right = paintBadge(painter, disabledBadgeText(), Tone::Warning, right, area.top(),
                           badgeHeight, option)
                - pad;
    if (index.data(GuestRole).toBool())
        right = paintBadge(painter, guestBadgeText(), Tone::Info, right, area.top(), badgeHeight,
                           option)
                - pad;

    painter->save();
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), right - area.left(), lineHeight);
    const QString name = QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                           Qt::ElideRight, nameRect.width());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, name);

    painter->setFont(option.font);
    QColor secondary = option.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        secondary = option.palette.color(group, QPalette::HighlightedText);
    painter->setPen(secondary);
    const QRect upnRect(area.left(), area.top() + lineHeight + pad / 2, area.width(), lineHeight);
    // Guests' #EXT# names are long: keep both ends visible.
    painter->drawText(
            upnRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(index.data(UpnRole).toString(), Qt::ElideMiddle, upnRect.width()));
    painter->restore();
}

QSize UserResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    const int pad = padding(fm);
    return {fm.averageCharWidth() * 30, 2 * fm.height() + pad / 2 + 2 * pad};
}

} // namespace rc::ui
