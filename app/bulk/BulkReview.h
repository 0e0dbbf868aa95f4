#pragma once
// The review before a bulk sign-out: each row of the list gets one category (ready, not found,
// guest, disabled, duplicate, invalid name, admin, lookup failed) and the list gets counts per
// category. Pure: rows and lookup results in, a review out. Use upnsToLookUp() to learn which names
// need a Graph lookup (invalid names, #EXT# guests and repeats need none), look them up, then
// review().

#include "bulk/UpnList.h"
#include "directory/User.h"
#include "revocation/RevokePermission.h"

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
    RolesUnknown, // revocable, flagged: the user's roles could not be read; the service decides
    NotPermitted, // not sent: the operator's roles or token cannot revoke this user
};
constexpr int bulkCategoryCount = 10;
QString categoryName(BulkCategory category); // stable, for CSV and the CLI: "not-found"
// Ready, Disabled, Admin, RolesUnknown: the people a run sends.
bool isRevocable(BulkCategory category);

struct BulkLookup
{
    Result<User> user; // the user, or the lookup's error (Kind::NotFound for a 404)
    RoleSet roles; // from the separate directory-role call; unknown when it failed
};

struct BulkReviewRow
{
    UpnRow row;
    BulkCategory category = BulkCategory::Ready;
    std::optional<User> user; // when the lookup found one
    std::optional<ServiceError> error; // InvalidUpn, NotFound, LookupFailed: why
    int duplicateOfLine = 0; // Duplicate: the line of the earlier row it merges into
    bool isDisabled = false; // also set for an admin, whose category wins
    RoleSet roles; // the user's, when looked up
    RevokeVerdict verdict; // NotPermitted: why, and who can

    bool holdsAdminRole() const { return roles.holdsAnyRole(); }
    bool isRevocable() const; // Ready, Disabled, Admin, RolesUnknown
};

struct BulkReview
{
    QList<BulkReviewRow> rows; // in list order
    std::array<int, bulkCategoryCount> counts {};
    // The line of the list naming the signed-in operator, who will be signed out too (0: none).
    int operatorLine = 0;

    int count(BulkCategory category) const { return counts.at(std::size_t(category)); }
    int revocableCount() const;
};

// Valid, non-guest UPNs, each once (the first spelling), in list order.
QStringList upnsToLookUp(const QList<UpnRow> &rows);
// lookups is keyed by UPN; keys match case-insensitively. A name to look up that has no entry is
// LookupFailed. Each found person is judged (judge()) for the operator on the channel.
BulkReview review(const QList<UpnRow> &rows, const QHash<QString, BulkLookup> &lookups,
                  const OperatorGrant &grant = {}, Channel channel = Channel::Entra);
// Sorts the found people again for this operator and channel (RevokePermission): not permitted,
// admin, roles unknown, disabled or ready. Other rows are left alone.
void judge(BulkReview &review, const OperatorGrant &grant, Channel channel);
// "Your own account is on the list (line 7): you will be signed out too."; empty when it is not.
QString operatorNote(const BulkReview &review);

} // namespace rc
