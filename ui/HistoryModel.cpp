#include "ui/HistoryModel.h"

#include "audit/AuditActionText.h"
#include "revocation/StatusMessage.h"

namespace rc::ui {

HistoryModel::HistoryModel(const AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{ }

Result<Done> HistoryModel::reload(const AuditQuery &query)
{
    if (!m_log) {
        return ServiceError::make(ServiceError::Kind::Configuration,
                                  tr("The audit log could not be opened, so there is no history "
                                     "to show."));
    }
    m_query = query;
    m_query.limit = AuditQuery::ShownRows;
    auto rows = m_log->records(m_query);
    // Counted only when the page is full: fewer rows than the limit are all of them.
    const Result<qint64> matching = rows && rows.value().size() >= m_query.limit
            ? m_log->count(m_query)
            : Result<qint64>(rows ? qint64(rows.value().size()) : 0);
    beginResetModel();
    if (rows && matching) {
        m_records = std::move(rows).value();
        m_matching = matching.value();
    } else {
        m_records.clear();
        m_matching = 0;
    }
    endResetModel();
    if (!rows)
        return rows.error();
    if (!matching)
        return matching.error();
    return Done {};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::text(const AuditRecord &record, int column) const
{
    switch (column) {
    case Time:
        return record.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Action:
        return auditActionText(record);
    case Outcome:
        return record.outcome;
    case User:
        return record.targetUpn;
    case Channel:
        if (record.preview)
            return tr("Preview"); // nothing was sent; the tooltip names the channel
        return record.channel;
    case Reason:
        return record.reason;
    case CorrelationId:
        return record.correlationId;
    case Operator:
        return record.operatorUpn;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord &record = m_records.at(index.row());
    if (role == Qt::DisplayRole)
        return text(record, index.column());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return tr("%1 (UTC)").arg(formatUtc(record.recordedAt));
        if (index.column() == Action && !record.objectId.isEmpty())
            return tr("Object id %1").arg(record.objectId);
        if (index.column() == Outcome && !record.message.isEmpty())
            return record.message;
        if (index.column() == Channel && record.preview)
            return tr("Preview of the %1 channel").arg(record.channel);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case User:
        return tr("User");
    case Channel:
        return tr("Channel");
    case Reason:
        return tr("Reason");
    case CorrelationId:
        return tr("Correlation id");
    case Operator:
        return tr("Operator");
    default:
        return {};
    }
}

} // namespace rc::ui
