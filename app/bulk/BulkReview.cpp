#include "bulk/BulkReview.h"

#include "directory/UpnCheck.h"

#include <QCoreApplication>

namespace rc {

namespace {

// One spelling per person: UPNs compare case-insensitively.
QString keyOf(const QString &upn)
{
    return upn.toCaseFolded();
}

// What the row is before any lookup; Ready means "look it up".
BulkReviewRow precheck(const UpnRow &row, QHash<QString, int> &firstLineByUpn)
{
    BulkReviewRow out;
    out.row = row;
    const Result<QString> checked = checkUpn(row.upn);
    if (!checked) {
        out.category = BulkCategory::InvalidUpn;
        out.error = checked.error();
        return out;
    }
    const QString key = keyOf(checked.value());
    const auto earlier = firstLineByUpn.constFind(key);
    if (earlier != firstLineByUpn.constEnd()) {
        out.category = BulkCategory::Duplicate;
        out.duplicateOfLine = earlier.value();
        return out;
    }
    firstLineByUpn.insert(key, row.line);
    // #EXT# names a guest: refused before any request, as the single flow does.
    if (User::isGuestUpn(checked.value()))
        out.category = BulkCategory::Guest;
    return out;
}

void applyLookup(BulkReviewRow &out, const BulkLookup *lookup, QHash<QString, int> &firstLineById)
{
    if (!lookup) {
        out.category = BulkCategory::LookupFailed;
        out.error = ServiceError::make(
                ServiceError::Kind::Service,
                QCoreApplication::translate("rc::BulkReview", "%1 was not looked up.")
                        .arg(out.row.upn));
        return;
    }
    if (!lookup->user) {
        const ServiceError &e = lookup->user.error();
        out.error = e;
        out.category = e.kind == ServiceError::Kind::NotFound ? BulkCategory::NotFound
                                                              : BulkCategory::LookupFailed;
        return;
    }
    const User &user = lookup->user.value();
    out.user = user;
    out.roles = lookup->roles;
    out.isDisabled = user.accountEnabled == false;
    const auto earlier = firstLineById.constFind(user.id);
    if (!user.id.isEmpty() && earlier != firstLineById.constEnd()) {
        out.category = BulkCategory::Duplicate;
        out.duplicateOfLine = earlier.value();
        return;
    }
    firstLineById.insert(user.id, out.row.line);
    out.category = user.isGuest() ? BulkCategory::Guest : BulkCategory::Ready;
}

// A found person whose category the operator's grant decides.
bool isJudged(BulkCategory category)
{
    return isRevocable(category) || category == BulkCategory::NotPermitted;
}

BulkCategory judged(BulkReviewRow &row, const OperatorGrant &grant, Channel channel)
{
    row.verdict = RevokePermission::check(grant, row.roles, channel,
                                          row.user ? row.user->id : QString());
    if (row.verdict.isRefused())
        return BulkCategory::NotPermitted;
    if (row.holdsAdminRole())
        return BulkCategory::Admin;
    // Never "not an admin" for want of an answer: the review fails closed, the service decides.
    if (!row.roles.isKnown())
        return BulkCategory::RolesUnknown;
    return row.isDisabled ? BulkCategory::Disabled : BulkCategory::Ready;
}

} // namespace

QString categoryName(BulkCategory category)
{
    switch (category) {
    case BulkCategory::Ready:
        return QStringLiteral("ready");
    case BulkCategory::NotFound:
        return QStringLiteral("not-found");
    case BulkCategory::Guest:
        return QStringLiteral("guest");
    case BulkCategory::Disabled:
        return QStringLiteral("disabled");
    case BulkCategory::Duplicate:
        return QStringLiteral("duplicate");
    case BulkCategory::InvalidUpn:
        return QStringLiteral("invalid-upn");
    case BulkCategory::Admin:
        return QStringLiteral("admin");
    case BulkCategory::LookupFailed:
        return QStringLiteral("lookup-failed");
    case BulkCategory::RolesUnknown:
        return QStringLiteral("roles-unknown");
    case BulkCategory::NotPermitted:
        return QStringLiteral("not-permitted");
    }
    return QStringLiteral("lookup-failed");
}

bool isRevocable(BulkCategory category)
{
    return category == BulkCategory::Ready || category == BulkCategory::Disabled
            || category == BulkCategory::Admin || category == BulkCategory::RolesUnknown;
}

bool BulkReviewRow::isRevocable() const
{
    return rc::isRevocable(category);
}

int BulkReview::revocableCount() const
{
    int people = 0;
    for (int c = 0; c < bulkCategoryCount; ++c)
        people += isRevocable(BulkCategory(c)) ? counts.at(std::size_t(c)) : 0;
    return people;
}

QStringList upnsToLookUp(const QList<UpnRow> &rows)
{
    QStringList out;
    QHash<QString, int> seen;
    for (const UpnRow &row : rows) {
        const BulkReviewRow r = precheck(row, seen);
        if (r.category == BulkCategory::Ready)
            out.append(checkUpn(row.upn).value());
    }
    return out;
}

void judge(BulkReview &review, const OperatorGrant &grant, Channel channel)
{
    review.operatorLine = 0;
    for (BulkReviewRow &row : review.rows) {
        if (!row.user || !isJudged(row.category))
            continue;
        --review.counts.at(std::size_t(row.category));
        row.category = judged(row, grant, channel);
        ++review.counts.at(std::size_t(row.category));
        if (review.operatorLine == 0 && row.isRevocable() && !grant.operatorId.isEmpty()
            && row.user->id.compare(grant.operatorId, Qt::CaseInsensitive) == 0)
            review.operatorLine = row.row.line;
    }
}

QString operatorNote(const BulkReview &review)
{
    if (review.operatorLine == 0)
        return {};
    return QCoreApplication::translate("rc::BulkReview",
                                       "Your own account is on the list (line %1): you will be "
                                       "signed out too.")
            .arg(review.operatorLine);
}

BulkReview review(const QList<UpnRow> &rows, const QHash<QString, BulkLookup> &lookups,
                  const OperatorGrant &grant, Channel channel)
{
    QHash<QString, const BulkLookup *> byKey;
    for (auto it = lookups.constBegin(); it != lookups.constEnd(); ++it)
        byKey.insert(keyOf(it.key().trimmed()), &it.value());

    BulkReview out;
    out.rows.reserve(rows.size());
    QHash<QString, int> firstLineByUpn;
    QHash<QString, int> firstLineById;
    for (const UpnRow &row : rows) {
        BulkReviewRow r = precheck(row, firstLineByUpn);
        if (r.category == BulkCategory::Ready)
            applyLookup(r, byKey.value(keyOf(row.upn.trimmed()), nullptr), firstLineById);
        ++out.counts.at(std::size_t(r.category));
        out.rows.append(std::move(r));
    }
    judge(out, grant, channel);
    return out;
}

} // namespace rc
