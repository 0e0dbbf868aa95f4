#pragma once
// What a bulk run did, row by row and in one sentence: one result per input row (duplicates carry
// the outcome of the row they merge into), the summary ("2000 revoked and verified, 1 not found,
// 1 guest skipped") and the results file (RFC 4180, formula cells neutralised as in the history
// export). Pure functions of the review and the targets. The CLI turns the summary into an exit
// code (cli/ExitCode).

#include "bulk/BulkReview.h"
#include "bulk/BulkTarget.h"

#include <QMetaType>

namespace rc {

struct BulkRowResult
{
    int line = 0;
    QString user; // as written in the list
    BulkCategory category = BulkCategory::Ready;
    QString outcome; // outcomeName(), or NotSent
    QString message; // StatusMessage's headline, as the single flow says it
    QString correlationId;
    QString objectId;
    QString displayName;
    QDateTime sessionsValidFrom; // Entra: after the revocation
    bool revoked = false;

    static inline const QString NotSent = QStringLiteral("NotSent");
};

struct BulkSummary
{
    Channel channel = Channel::Entra;
    bool preview = false;
    bool cancelled = false;
    std::optional<ServiceError> gaveUp; // why the run stopped before the end
    // When the reason was an outcome (SharePoint's operation is off); otherwise gaveUp's kind.
    std::optional<RevocationOutcome::Kind> gaveUpAs;
    int rows = 0;
    int people = 0; // distinct people to sign out
    int revoked = 0;
    int notConfirmed = 0;
    int failed = 0;
    int notSent = 0;
    bool everyRowRevoked = false; // a duplicate counts when the row it merges into was revoked
    std::array<int, bulkCategoryCount> categories {}; // from the review

    // "2000 revoked and verified, 1 not found, 1 guest skipped, 1 duplicate merged."
    QString text() const;
};

// The outcome the single flow gives a row that ends at the review (guest, not found, invalid).
RevocationOutcome reviewOutcome(const BulkReviewRow &row, Channel channel);
QList<BulkRowResult> bulkResults(const BulkReview &review, const QList<BulkTarget> &targets,
                                 Channel channel, bool preview);
BulkSummary summarize(const BulkReview &review, const QList<BulkRowResult> &results,
                      Channel channel, bool preview);
QByteArray resultsCsv(const QList<BulkRowResult> &results);
// Writes resultsCsv() to `path` whole or not at all, readable by its owner only (it names every
// person of the run and what happened to them). The error says which file and why, in words.
Result<Done> saveResultsCsv(const QString &path, const QList<BulkRowResult> &results);

} // namespace rc

Q_DECLARE_METATYPE(rc::BulkSummary)
