#include "ui/BulkCounts.h"

#include "ui/BulkTableModel.h"
#include "ui/ObjectNames.h"

#include <QGridLayout>
#include <QLabel>

namespace rc::ui {

namespace {

// Revocable categories first, in the order a person reads them.
constexpr std::array<BulkCategory, bulkCategoryCount> shownOrder {
        BulkCategory::Ready,        BulkCategory::Admin,        BulkCategory::RolesUnknown,
        BulkCategory::Disabled,     BulkCategory::NotPermitted, BulkCategory::Duplicate,
        BulkCategory::NotFound,     BulkCategory::Guest,        BulkCategory::InvalidUpn,
        BulkCategory::LookupFailed,
};

} // namespace

BulkCounts::BulkCounts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(names::BulkCounts);
    setAccessibleName(tr("Review counts per category"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int perRow = 4;
    for (int i = 0; i < bulkCategoryCount; ++i) {
        const BulkCategory category = shownOrder.at(std::size_t(i));
        auto *label = new QLabel(this);
        label->setObjectName(names::BulkCountPrefix + categoryName(category));
        label->setTextFormat(Qt::PlainText);
        m_labels.at(std::size_t(category)) = label;
        grid->addWidget(label, i / perRow, i % perRow);
    }
    clear();
}

void BulkCounts::setReview(const BulkReview &review)
{
    for (int i = 0; i < bulkCategoryCount; ++i) {
        const auto category = BulkCategory(i);
        QLabel *label = m_labels.at(std::size_t(i));
        const QString text = tr("%1: %2")
                                     .arg(BulkTableModel::categoryLabel(category))
                                     .arg(review.count(category));
        label->setText(text);
        label->setAccessibleName(text);
        // A flag worth a second look stands out; zero counts recede.
        QFont font = label->font();
        font.setBold(review.count(category) > 0
                     && (category == BulkCategory::Admin || category == BulkCategory::Disabled
                         || category == BulkCategory::LookupFailed
                         || category == BulkCategory::RolesUnknown
                         || category == BulkCategory::NotPermitted));
        label->setFont(font);
        label->setForegroundRole(review.count(category) > 0 ? QPalette::WindowText
                                                            : QPalette::PlaceholderText);
    }
}

void BulkCounts::clear()
{
    setReview({});
}

} // namespace rc::ui
