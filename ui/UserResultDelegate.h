#pragma once
// Paints one search result as two lines: the display name (with Guest / Disabled badges) over the
// sign-in name. The model's items carry the User; the roles below are what the delegate reads.

#include <QStyledItemDelegate>

namespace rc::ui {

enum UserResultRole {
    UpnRole = Qt::UserRole + 1,
    GuestRole,
    DisabledRole,
    UserValueRole, // the whole rc::User
};

class UserResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserResultDelegate)
public:
    explicit UserResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString guestBadgeText();
    static QString disabledBadgeText();
};

} // namespace rc::ui
