#pragma once
// The review's counts per category (ready, not found, guest, disabled, duplicate, invalid UPN,
// admin, lookup failed) in a compact grid, one label each, so the counts read at a glance and a
// screen reader says "Not found: 3". Flagged categories (admin, disabled) are signed out too.

#include "bulk/BulkReview.h"

#include <QWidget>

#include <array>

class QLabel;

namespace rc::ui {

class BulkCounts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCounts)
public:
    explicit BulkCounts(QWidget *parent = nullptr);

    void setReview(const BulkReview &review);
    void clear();

private:
    std::array<QLabel *, bulkCategoryCount> m_labels {};
};

} // namespace rc::ui
