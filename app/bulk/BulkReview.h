#pragma once
// The review before a bulk sign-out: each row of the list gets one category (ready, not found,
// guest, disabled, duplicate, invalid name, admin, lookup failed) and the list gets counts per
// category. Pure: rows and lookup results in, a review out. Use upnsToLookUp() to learn which names
// need a Graph lookup (invalid names, #EXT# guests and repeats need none), look them up, then
// review().

#include "bulk/UpnList.h"
#include "directory/User.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace rc {

enum class BulkCategory {
    Ready,
    NotFound, // Graph answered 404
    Guest, // skipped: revocation does not apply to B2B guests, as in the single flow
    Disabled, // revocable, flagged: the account is disabled
    Duplicate, // merged into the earlier row with the same UPN (any case) or object id
    InvalidUpn, // checkUpn refused it; never looked up
    Admin, // revocable, flagged: the user holds an admin directory role
    LookupFailed, // any lookup error other than 404, or no lookup result
};
constexpr int bulkCategoryCount = 8;
QString categoryName(BulkCategory category); // stable, for CSV and the CLI: "not-found"

struct BulkLookup
{
    Result<User> user; // the user, or the lookup's error (Kind::NotFound for a 404)
    bool holdsAdminRole = false; // from the separate directory-role call
};

struct BulkReviewRow
{
    UpnRow row;
    BulkCategory category = BulkCategory::Ready;
    std::optional<User> user; // when the lookup found one
    std::optional<ServiceError> error; // InvalidUpn, NotFound, LookupFailed: why
    int duplicateOfLine = 0; // Duplicate: the line of the earlier row it merges into
    bool isDisabled = false; // also set for an admin, whose category wins
    bool holdsAdminRole = false;

    bool isRevocable() const; // Ready, Disabled, Admin
};

struct BulkReview
{
    QList<BulkReviewRow> rows; // in list order
    std::array<int, bulkCategoryCount> counts {};

    int count(BulkCategory category) const { return counts.at(std::size_t(category)); }
    int revocableCount() const;
};

// Valid, non-guest UPNs, each once (the first spelling), in list order.
QStringList upnsToLookUp(const QList<UpnRow> &rows);
// lookups is keyed by UPN; keys match case-insensitively. A name to look up that has no entry is
// LookupFailed.
BulkReview review(const QList<UpnRow> &rows, const QHash<QString, BulkLookup> &lookups);

} // namespace rc
