#include "bulk/BulkResults.h"

#include "audit/CsvExport.h"
#include "core/PrivateFile.h"
#include "revocation/StatusMessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class BulkResultsTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::BulkResults)
};

void fill(BulkRowResult &r, const RevocationOutcome &o)
{
    r.outcome = outcomeName(o.kind);
    r.message = StatusMessage::oneLine(o);
    r.correlationId = o.correlationId;
    r.objectId = o.objectId;
    r.displayName = o.displayName;
    r.sessionsValidFrom = o.sessionsValidFromAfter;
    r.revoked = o.isSuccess() && o.kind != RevocationOutcome::Kind::Preview;
}

} // namespace

RevocationOutcome reviewOutcome(const BulkReviewRow &row, Channel channel)
{
    RevocationOutcome o;
    if (row.category == BulkCategory::Guest) {
        o.kind = RevocationOutcome::Kind::GuestNotApplicable;
        o.channel = channel;
        o.user = row.row.upn;
    } else if (row.category == BulkCategory::NotPermitted) {
        o = RevocationOutcome::notPermitted(channel, row.row.upn, row.verdict.asError());
    } else {
        const ServiceError error = row.error.value_or(ServiceError::make(
                ServiceError::Kind::Service,
                BulkResultsTr::tr("%1 could not be looked up.").arg(row.row.upn)));
        o = RevocationOutcome::fromError(channel, row.row.upn, error);
    }
    if (row.user) {
        o.displayName = row.user->displayName;
        o.objectId = row.user->id;
    }
    return o;
}

QList<BulkRowResult> bulkResults(const BulkReview &review, const QList<BulkTarget> &targets,
                                 Channel channel, bool preview)
{
    QHash<int, const BulkTarget *> targetOf; // review row → target
    for (const BulkTarget &t : targets)
        targetOf.insert(t.row, &t);
    QHash<int, int> rowOfLine; // a first occurrence's line → its result
    QList<BulkRowResult> out;
    out.reserve(review.rows.size());
    for (int i = 0; i < review.rows.size(); ++i) {
        const BulkReviewRow &row = review.rows.at(i);
        BulkRowResult r;
        r.line = row.row.line;
        r.user = row.row.upn.isEmpty() ? row.row.raw : row.row.upn;
        r.category = row.category;
        if (row.category == BulkCategory::Duplicate) {
            const auto first = rowOfLine.constFind(row.duplicateOfLine);
            if (first != rowOfLine.constEnd()) {
                const BulkRowResult &merged = out.at(first.value());
                r.outcome = merged.outcome;
                r.correlationId = merged.correlationId;
                r.objectId = merged.objectId;
                r.displayName = merged.displayName;
                r.sessionsValidFrom = merged.sessionsValidFrom;
                r.revoked = merged.revoked;
            }
            r.message = BulkResultsTr::tr("Same person as line %1.").arg(row.duplicateOfLine);
        } else if (const BulkTarget *t = targetOf.value(i, nullptr)) {
            if (preview) {
                fill(r, t->blankOutcome(RevocationOutcome::Kind::Preview));
            } else if (t->state == BulkTarget::State::Done) {
                fill(r, t->outcome);
            } else if (t->state == BulkTarget::State::Written) {
                RevocationOutcome o = t->blankOutcome(RevocationOutcome::Kind::NotConfirmed);
                o.error = ServiceError::make(
                        ServiceError::Kind::Cancelled,
                        BulkResultsTr::tr("The run stopped before the sign-out was "
                                          "verified. Run the same list again to verify "
                                          "it."));
                fill(r, o);
            } else {
                r.outcome = BulkRowResult::NotSent;
                r.message = BulkResultsTr::tr(
                        "Not sent: the run stopped before this user. Run the same list "
                        "again to send the rest.");
                r.objectId = t->user ? t->user->id : QString();
                r.displayName = t->user ? t->user->displayName : QString();
            }
        } else {
            fill(r, reviewOutcome(row, channel));
        }
        if (row.category != BulkCategory::Duplicate && !rowOfLine.contains(r.line))
            rowOfLine.insert(r.line, i);
        out.append(r);
    }
    return out;
}

BulkSummary summarize(const BulkReview &review, const QList<BulkRowResult> &results,
                      Channel channel, bool preview)
{
    BulkSummary s;
    s.channel = channel;
    s.preview = preview;
    s.rows = int(results.size());
    s.categories = review.counts;
    s.people = review.revocableCount();
    s.everyRowRevoked = !results.isEmpty();
    for (const BulkRowResult &r : results) {
        s.everyRowRevoked = s.everyRowRevoked && r.revoked;
        if (!isRevocable(r.category) || preview)
            continue;
        if (r.revoked)
            ++s.revoked;
        else if (r.outcome == BulkRowResult::NotSent)
            ++s.notSent;
        else if (r.outcome == outcomeName(RevocationOutcome::Kind::NotConfirmed))
            ++s.notConfirmed;
        else
            ++s.failed;
    }
    return s;
}

QString BulkSummary::text() const
{
    auto category = [this](BulkCategory c) {
        return categories.at(std::size_t(c));
    };
    QStringList parts;
    if (preview) {
        parts << BulkResultsTr::tr("%n people would be signed out", nullptr, people);
        if (category(BulkCategory::Admin) > 0)
            parts << BulkResultsTr::tr("%n of them hold admin roles", nullptr,
                                       category(BulkCategory::Admin));
        if (category(BulkCategory::Disabled) > 0)
            parts << BulkResultsTr::tr("%n of them are disabled", nullptr,
                                       category(BulkCategory::Disabled));
        if (category(BulkCategory::RolesUnknown) > 0)
            parts << BulkResultsTr::tr("%n of them have roles that could not be read", nullptr,
                                       category(BulkCategory::RolesUnknown));
    } else if (channel == Channel::Entra) {
        parts << BulkResultsTr::tr("%1 revoked and verified").arg(revoked);
    } else {
        parts << BulkResultsTr::tr("%1 signed out").arg(revoked);
    }
    if (notConfirmed > 0)
        parts << BulkResultsTr::tr("%1 not confirmed").arg(notConfirmed);
    if (failed > 0)
        parts << BulkResultsTr::tr("%1 failed").arg(failed);
    if (notSent > 0)
        parts << BulkResultsTr::tr("%1 not sent").arg(notSent);
    if (category(BulkCategory::NotFound) > 0)
        parts << BulkResultsTr::tr("%1 not found").arg(category(BulkCategory::NotFound));
    if (category(BulkCategory::Guest) > 0)
        parts << BulkResultsTr::tr("%n guests skipped", nullptr, category(BulkCategory::Guest));
    if (category(BulkCategory::InvalidUpn) > 0)
        parts << BulkResultsTr::tr("%n invalid names", nullptr, category(BulkCategory::InvalidUpn));
    if (category(BulkCategory::Duplicate) > 0)
        parts << BulkResultsTr::tr("%n duplicates merged", nullptr,
                                   category(BulkCategory::Duplicate));
    if (category(BulkCategory::LookupFailed) > 0)
        parts << BulkResultsTr::tr("%1 could not be looked up")
                         .arg(category(BulkCategory::LookupFailed));
    if (category(BulkCategory::NotPermitted) > 0)
        parts << BulkResultsTr::tr("%n not permitted for this sign-in", nullptr,
                                   category(BulkCategory::NotPermitted));
    QString text = parts.join(QLatin1String(", ")) + QLatin1Char('.');
    if (gaveUp)
        text += QLatin1Char(' ') + gaveUp->message;
    else if (cancelled)
        text += QLatin1Char(' ') + BulkResultsTr::tr("The run was cancelled.");
    return text;
}

QByteArray resultsCsv(const QList<BulkRowResult> &results)
{
    QList<QStringList> rows;
    rows.reserve(results.size());
    for (const BulkRowResult &r : results) {
        rows.append({QString::number(r.line), r.user, categoryName(r.category), r.outcome,
                     r.message, r.correlationId, r.objectId, r.displayName,
                     r.sessionsValidFrom.isValid() ? formatUtc(r.sessionsValidFrom) : QString()});
    }
    return csvDocument(QStringLiteral("line,user,category,outcome,message,correlationId,objectId,"
                                      "displayName,sessionsValidFrom"),
                       rows);
}

Result<Done> saveResultsCsv(const QString &path, const QList<BulkRowResult> &results)
{
    const QByteArray csv = resultsCsv(results);
    QSaveFile file(path);
    const auto fail = [&path](const QString &why) -> Result<Done> {
        return ServiceError::make(ServiceError::Kind::InvalidInput,
                                  BulkResultsTr::tr("The results file %1 could not be written: %2")
                                          .arg(QDir::toNativeSeparators(path), why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (const auto made = makePrivate(file); !made)
        return fail(made.error().message);
    if (file.write(csv) != csv.size() || !file.commit())
        return fail(file.errorString());
    return Done {};
}

} // namespace rc
