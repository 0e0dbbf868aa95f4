#pragma once
// The audit log as a table for the History view: one row per AuditRecord, newest first, in the
// order the query returned them. reload() runs a query against the log and keeps the newest
// AuditQuery::ShownRows of its rows, and how many match in all: the view says when it shows fewer,
// and its export writes every matching row from the log, not from here.

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

namespace rc::ui {

class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    // Action (what the row is about, and the device it acted on) reads first after the time.
    enum Column {
        Time,
        Action,
        Outcome,
        User,
        Channel,
        Reason,
        CorrelationId,
        Operator,
        ColumnCount
    };

    // log may be null: the model is then empty and reload() reports why.
    explicit HistoryModel(const AuditLog *log, QObject *parent = nullptr);

    Result<Done> reload(const AuditQuery &query);
    const QList<AuditRecord> &records() const { return m_records; }
    const AuditQuery &query() const { return m_query; } // the last reload's
    qint64 matching() const { return m_matching; } // rows the query matches, shown or not

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const AuditRecord &record, int column) const;

    const AuditLog *m_log = nullptr;
    AuditQuery m_query;
    QList<AuditRecord> m_records;
    qint64 m_matching = 0;
};

} // namespace rc::ui
