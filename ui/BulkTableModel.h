#pragma once
// The rows of a bulk sign-out for the table: each input row with its review category and, as the
// run answers, its outcome. Built once per review; outcomes arrive one row at a time and are
// shown in batches (one dataChanged over the changed range every few tenths of a second), so a
// run of 10,000 people never rebuilds the model or floods the view.

#include "bulk/BulkResults.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace rc::ui {

class BulkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTableModel)
public:
    enum Column { LineColumn, UserColumn, NameColumn, CategoryColumn, OutcomeColumn, ColumnCount };
    enum Role {
        CategoryRole = Qt::UserRole + 1, // categoryName(): "not-found"
        OutcomeRole, // outcomeName() or BulkRowResult::NotSent; empty: no outcome yet
        MessageRole,
    };

    static constexpr int FlushIntervalMs = 150;

    explicit BulkTableModel(QObject *parent = nullptr);

    void setReview(const BulkReview &review);
    void clear();
    // One row's outcome (and its duplicates'); shown with the next batch.
    void setOutcome(int row, const RevocationOutcome &outcome);
    // The outcomes of the rows that end at the review (guest, not found, invalid, lookup failed).
    void setSkippedOutcomes(const BulkReview &review, Channel channel);
    // The whole run at once (the end of a run, a preview): one update. answeredOnly: a run that
    // resumes, where rows not sent or not verified yet are still to come.
    void setResults(const QList<BulkRowResult> &results, bool answeredOnly = false);
    // Shows the outcomes set so far now, rather than with the next batch.
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString categoryLabel(BulkCategory category);
    static QString outcomeLabel(const QString &outcomeName);

private:
    struct Row
    {
        int line = 0;
        QString user;
        QString displayName;
        BulkCategory category = BulkCategory::Ready;
        QString outcome; // outcomeName(), NotSent, or empty
        QString message;
    };
    void markChanged(int row);

    QList<Row> m_rows;
    QHash<int, QList<int>> m_duplicates; // row → the rows merged into it
    QTimer m_flush;
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};

} // namespace rc::ui
