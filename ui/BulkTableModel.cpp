#include "ui/BulkTableModel.h"

#include "revocation/StatusMessage.h"

namespace rc::ui {

BulkTableModel::BulkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(FlushIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &BulkTableModel::flush);
}

void BulkTableModel::setReview(const BulkReview &review)
{
    beginResetModel();
    m_flush.stop();
    m_firstChanged = m_lastChanged = -1;
    m_rows.clear();
    m_duplicates.clear();
    m_rows.reserve(review.rows.size());
    QHash<int, int> rowOfLine; // the line of a first occurrence → its row
    for (int i = 0; i < review.rows.size(); ++i) {
        const BulkReviewRow &r = review.rows.at(i);
        Row row;
        row.line = r.row.line;
        row.user = r.row.upn.isEmpty() ? r.row.raw : r.row.upn;
        row.displayName = r.user ? r.user->displayName : QString();
        row.category = r.category;
        if (r.error)
            row.message = r.error->message;
        if (r.category == BulkCategory::Duplicate) {
            row.message = tr("Same person as line %1.").arg(r.duplicateOfLine);
            const auto first = rowOfLine.constFind(r.duplicateOfLine);
            if (first != rowOfLine.constEnd())
                m_duplicates[first.value()].append(i);
        } else if (!rowOfLine.contains(row.line)) {
            rowOfLine.insert(row.line, i);
        }
        m_rows.append(row);
    }
    endResetModel();
}

void BulkTableModel::clear()
{
    setReview({});
}

void BulkTableModel::setOutcome(int row, const RevocationOutcome &outcome)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QString name = outcomeName(outcome.kind);
    Row &r = m_rows[row];
    r.outcome = name;
    r.message = StatusMessage::describe(outcome).text;
    if (outcome.error && !outcome.error->message.isEmpty()
        && !r.message.contains(outcome.error->message))
        r.message += QLatin1Char(' ') + outcome.error->message;
    if (!outcome.displayName.isEmpty())
        r.displayName = outcome.displayName;
    markChanged(row);
    for (int duplicate : m_duplicates.value(row)) {
        m_rows[duplicate].outcome = name;
        markChanged(duplicate);
    }
    if (!m_flush.isActive())
        m_flush.start();
}

void BulkTableModel::setSkippedOutcomes(const BulkReview &review, Channel channel)
{
    for (int i = 0; i < review.rows.size() && i < m_rows.size(); ++i) {
        const BulkReviewRow &row = review.rows.at(i);
        if (!row.isRevocable() && row.category != BulkCategory::Duplicate)
            setOutcome(i, reviewOutcome(row, channel));
    }
}

void BulkTableModel::setResults(const QList<BulkRowResult> &results, bool answeredOnly)
{
    const QString notConfirmed = outcomeName(RevocationOutcome::Kind::NotConfirmed);
    const int count = int(qMin(results.size(), m_rows.size()));
    for (int i = 0; i < count; ++i) {
        const BulkRowResult &result = results.at(i);
        if (answeredOnly
            && (result.outcome == BulkRowResult::NotSent || result.outcome == notConfirmed))
            continue;
        Row &r = m_rows[i];
        r.outcome = result.outcome;
        r.message = result.message;
        if (!result.displayName.isEmpty())
            r.displayName = result.displayName;
    }
    if (count > 0) {
        markChanged(0);
        markChanged(count - 1);
    }
    flush();
}

void BulkTableModel::markChanged(int row)
{
    m_firstChanged = m_firstChanged < 0 ? row : qMin(m_firstChanged, row);
    m_lastChanged = qMax(m_lastChanged, row);
}

void BulkTableModel::flush()
{
    m_flush.stop();
    if (m_firstChanged < 0)
        return;
    // One signal for the whole range: the view repaints only the rows it shows.
    const QModelIndex first = index(m_firstChanged, 0);
    const QModelIndex last = index(m_lastChanged, ColumnCount - 1);
    m_firstChanged = m_lastChanged = -1;
    Q_EMIT dataChanged(first, last, {Qt::DisplayRole, Qt::ToolTipRole, OutcomeRole, MessageRole});
}

int BulkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case CategoryRole:
        return categoryName(r.category);
    case OutcomeRole:
        return r.outcome;
    case MessageRole:
        return r.message;
    case Qt::ToolTipRole:
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LineColumn:
        return r.line;
    case UserColumn:
        return r.user;
    case NameColumn:
        return r.displayName;
    case CategoryColumn:
        return categoryLabel(r.category);
    case OutcomeColumn:
        return r.outcome.isEmpty() ? QString() : outcomeLabel(r.outcome);
    default:
        return {};
    }
}

QVariant BulkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserColumn:
        return tr("User");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Review");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

QString BulkTableModel::categoryLabel(BulkCategory category)
{
    switch (category) {
    case BulkCategory::Ready:
        return tr("Ready");
    case BulkCategory::NotFound:
        return tr("Not found");
    case BulkCategory::Guest:
        return tr("Guest");
    case BulkCategory::Disabled:
        return tr("Disabled");
    case BulkCategory::Duplicate:
        return tr("Duplicate");
    case BulkCategory::InvalidUpn:
        return tr("Invalid UPN");
    case BulkCategory::Admin:
        return tr("Admin");
    case BulkCategory::LookupFailed:
        return tr("Lookup failed");
    case BulkCategory::RolesUnknown:
        return tr("Roles unknown");
    case BulkCategory::NotPermitted:
        return tr("Not permitted");
    }
    return tr("Lookup failed");
}

QString BulkTableModel::outcomeLabel(const QString &name)
{
    using K = RevocationOutcome::Kind;
    if (name == BulkRowResult::NotSent)
        return tr("Not sent");
    switch (outcomeKindNamed(name)) {
    case K::Preview:
        return tr("Would be signed out");
    case K::InstantaneousSuccess:
    case K::NonInstantaneousSuccess:
        return tr("Signed out");
    case K::NotConfirmed:
        return tr("Not confirmed");
    case K::UserNotFound:
        return tr("Not found");
    case K::FeatureDisabled:
        return tr("Refused: feature disabled");
    case K::GuestNotApplicable:
        return tr("Skipped: guest");
    case K::InvalidInput:
        return tr("Invalid name");
    case K::PermissionDenied:
        return tr("Permission denied");
    case K::NotPermitted:
        return tr("Not sent: not permitted");
    case K::SignInFailed:
        return tr("Sign-in failed");
    case K::NetworkFailure:
        return tr("Network failure");
    case K::Failure:
        break;
    }
    return tr("Failed");
}

} // namespace rc::ui
