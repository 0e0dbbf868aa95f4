// The review before a bulk sign-out: one category per row, and the counts.

#include "bulk/BulkReview.h"
#include "directory/RoleTemplates.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

namespace {

UpnRow row(int line, const char *upn)
{
    return {line, QString::fromUtf8(upn).trimmed(), QString::fromUtf8(upn)};
}

User user(const char *id, const char *upn, const char *type = "Member", bool enabled = true)
{
    User u;
    u.id = QString::fromUtf8(id);
    u.userPrincipalName = QString::fromUtf8(upn);
    u.userType = QString::fromUtf8(type);
    u.accountEnabled = enabled;
    return u;
}

RoleSet adminRoles()
{
    return RoleSet::known({{QStringLiteral("Exchange Administrator"),
                            QString::fromLatin1(RoleTemplates::ExchangeAdministrator)}});
}

BulkLookup found(const User &u, bool admin = false)
{
    return {u, admin ? adminRoles() : RoleSet::known({})};
}

RoleSet rolesOf(const char *templateId, const char *name)
{
    return RoleSet::known({{QString::fromUtf8(name), QString::fromLatin1(templateId)}});
}

BulkLookup failed(ServiceError::Kind kind, int status)
{
    ServiceError e = ServiceError::make(kind, QStringLiteral("lookup failed"));
    e.httpStatus = status;
    return {e, RoleSet {}};
}

// Every category once, some twice.
const QList<UpnRow> rows {
        row(2, "adele@contoso.com"), // ready
        row(3, "nobody@contoso.com"), // not found
        row(4, "jane_fabrikam.com#EXT#@contoso.com"), // guest by UPN: no lookup
        row(5, "guest@contoso.com"), // guest by userType
        row(6, "gone@contoso.com"), // disabled
        row(7, " ADELE@Contoso.com "), // duplicate of line 2 by UPN
        row(8, "adele.alias@contoso.com"), // duplicate of line 2 by object id
        row(9, "not a name"), // invalid
        row(10, ""), // invalid (empty cell)
        row(11, "boss@contoso.com"), // admin
        row(12, "busy@contoso.com"), // lookup failed: throttled
        row(13, "forgotten@contoso.com"), // lookup failed: never looked up
        row(14, "disabled.admin@contoso.com"), // admin wins over disabled
};

QHash<QString, BulkLookup> lookups()
{
    QHash<QString, BulkLookup> l;
    l.insert(QStringLiteral("Adele@contoso.com"), found(user("id-adele", "adele@contoso.com")));
    l.insert(QStringLiteral("nobody@contoso.com"), failed(ServiceError::Kind::NotFound, 404));
    l.insert(QStringLiteral("guest@contoso.com"),
             found(user("id-guest", "guest@contoso.com", "Guest"), true));
    l.insert(QStringLiteral("gone@contoso.com"),
             found(user("id-gone", "gone@contoso.com", "Member", false)));
    l.insert(QStringLiteral("adele.alias@contoso.com"),
             found(user("id-adele", "adele@contoso.com")));
    l.insert(QStringLiteral("boss@contoso.com"), found(user("id-boss", "boss@contoso.com"), true));
    l.insert(QStringLiteral("busy@contoso.com"), failed(ServiceError::Kind::Throttled, 429));
    l.insert(QStringLiteral("disabled.admin@contoso.com"),
             found(user("id-da", "disabled.admin@contoso.com", "Member", false), true));
    return l;
}

} // namespace

TEST(BulkReview, OnlyValidNonGuestFirstSpellingsAreLookedUp)
{
    EXPECT_EQ(
            upnsToLookUp(rows),
            QStringList({QStringLiteral("adele@contoso.com"), QStringLiteral("nobody@contoso.com"),
                         QStringLiteral("guest@contoso.com"), QStringLiteral("gone@contoso.com"),
                         QStringLiteral("adele.alias@contoso.com"),
                         QStringLiteral("boss@contoso.com"), QStringLiteral("busy@contoso.com"),
                         QStringLiteral("forgotten@contoso.com"),
                         QStringLiteral("disabled.admin@contoso.com")}));
}

TEST(BulkReview, EveryRowGetsItsCategory)
{
    const BulkReview r = review(rows, lookups());
    ASSERT_EQ(r.rows.size(), rows.size());
    const BulkCategory expected[] = {
            BulkCategory::Ready,     BulkCategory::NotFound,     BulkCategory::Guest,
            BulkCategory::Guest,     BulkCategory::Disabled,     BulkCategory::Duplicate,
            BulkCategory::Duplicate, BulkCategory::InvalidUpn,   BulkCategory::InvalidUpn,
            BulkCategory::Admin,     BulkCategory::LookupFailed, BulkCategory::LookupFailed,
            BulkCategory::Admin,
    };
    for (int i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(categoryName(r.rows.at(i).category), categoryName(expected[i]))
                << "line " << rows.at(i).line;
        EXPECT_EQ(r.rows.at(i).row.line, rows.at(i).line);
    }

    EXPECT_EQ(r.rows.at(0).user->id, QStringLiteral("id-adele"));
    EXPECT_EQ(r.rows.at(1).error->kind, ServiceError::Kind::NotFound);
    EXPECT_FALSE(r.rows.at(2).user); // guest by its UPN: never looked up
    EXPECT_TRUE(r.rows.at(4).isDisabled);
    EXPECT_EQ(r.rows.at(5).duplicateOfLine, 2);
    EXPECT_FALSE(r.rows.at(5).user); // merged by UPN before any lookup
    EXPECT_EQ(r.rows.at(6).duplicateOfLine, 2);
    EXPECT_EQ(r.rows.at(7).error->kind, ServiceError::Kind::InvalidInput);
    EXPECT_TRUE(r.rows.at(7).error->message.contains(QStringLiteral("not a name")));
    EXPECT_TRUE(r.rows.at(9).holdsAdminRole());
    EXPECT_EQ(r.rows.at(10).error->kind, ServiceError::Kind::Throttled);
    EXPECT_TRUE(r.rows.at(11).error.has_value());
    EXPECT_TRUE(r.rows.at(12).isDisabled);
    EXPECT_TRUE(r.rows.at(12).holdsAdminRole());
}

TEST(BulkReview, CountsPerCategoryAndRevocable)
{
    const BulkReview r = review(rows, lookups());
    EXPECT_EQ(r.count(BulkCategory::Ready), 1);
    EXPECT_EQ(r.count(BulkCategory::NotFound), 1);
    EXPECT_EQ(r.count(BulkCategory::Guest), 2);
    EXPECT_EQ(r.count(BulkCategory::Disabled), 1);
    EXPECT_EQ(r.count(BulkCategory::Duplicate), 2);
    EXPECT_EQ(r.count(BulkCategory::InvalidUpn), 2);
    EXPECT_EQ(r.count(BulkCategory::Admin), 2);
    EXPECT_EQ(r.count(BulkCategory::LookupFailed), 2);
    int total = 0;
    for (int n : r.counts)
        total += n;
    EXPECT_EQ(total, rows.size());
    EXPECT_EQ(r.revocableCount(), 4); // ready, disabled, two admins

    QStringList revocable;
    for (const BulkReviewRow &row : r.rows) {
        if (row.isRevocable())
            revocable << row.user->id;
    }
    EXPECT_EQ(revocable,
              QStringList({QStringLiteral("id-adele"), QStringLiteral("id-gone"),
                           QStringLiteral("id-boss"), QStringLiteral("id-da")}));
}

TEST(BulkReview, CategoryNamesAreStable)
{
    EXPECT_EQ(categoryName(BulkCategory::Ready), QStringLiteral("ready"));
    EXPECT_EQ(categoryName(BulkCategory::NotFound), QStringLiteral("not-found"));
    EXPECT_EQ(categoryName(BulkCategory::Guest), QStringLiteral("guest"));
    EXPECT_EQ(categoryName(BulkCategory::Disabled), QStringLiteral("disabled"));
    EXPECT_EQ(categoryName(BulkCategory::Duplicate), QStringLiteral("duplicate"));
    EXPECT_EQ(categoryName(BulkCategory::InvalidUpn), QStringLiteral("invalid-upn"));
    EXPECT_EQ(categoryName(BulkCategory::Admin), QStringLiteral("admin"));
    EXPECT_EQ(categoryName(BulkCategory::LookupFailed), QStringLiteral("lookup-failed"));
    EXPECT_EQ(categoryName(BulkCategory::RolesUnknown), QStringLiteral("roles-unknown"));
    EXPECT_EQ(categoryName(BulkCategory::NotPermitted), QStringLiteral("not-permitted"));
}

// The roles call failed (403, say): the person is not counted as "not admin" (fail closed).
TEST(BulkReview, UnreadableRoles_AreTheirOwnCategoryAndStillSent)
{
    QHash<QString, BulkLookup> l;
    l.insert(QStringLiteral("adele@contoso.com"),
             {user("id-adele", "adele@contoso.com"), RoleSet::unknown(QStringLiteral("403"))});
    const BulkReview r = review({row(2, "adele@contoso.com")}, l);
    EXPECT_EQ(categoryName(r.rows.at(0).category), categoryName(BulkCategory::RolesUnknown));
    EXPECT_FALSE(r.rows.at(0).holdsAdminRole());
    EXPECT_TRUE(r.rows.at(0).isRevocable()) << "the service decides";
    EXPECT_EQ(r.count(BulkCategory::RolesUnknown), 1);
}

// A Helpdesk Administrator may revoke members but not admins: the admin is not sent, and says
// who could; a Privileged Authentication Administrator sends both.
TEST(BulkReview, OperatorRoles_DecideWhoIsSent)
{
    const QList<UpnRow> list {row(2, "adele@contoso.com"), row(3, "boss@contoso.com")};
    QHash<QString, BulkLookup> l;
    l.insert(QStringLiteral("adele@contoso.com"), found(user("id-adele", "adele@contoso.com")));
    l.insert(QStringLiteral("boss@contoso.com"), found(user("id-boss", "boss@contoso.com"), true));

    OperatorGrant helpdesk {rolesOf(RoleTemplates::HelpdeskAdministrator, "Helpdesk Administrator"),
                            QStringList {QStringLiteral("User.RevokeSessions.All"),
                                         QStringLiteral("User.Read.All")},
                            false,
                            {}};
    BulkReview r = review(list, l, helpdesk, Channel::Entra);
    EXPECT_EQ(categoryName(r.rows.at(0).category), categoryName(BulkCategory::Ready));
    EXPECT_EQ(categoryName(r.rows.at(1).category), categoryName(BulkCategory::NotPermitted));
    EXPECT_FALSE(r.rows.at(1).isRevocable());
    EXPECT_EQ(r.rows.at(1).verdict.whoCan,
              QStringLiteral("Privileged Authentication Administrator or Global Administrator"));
    EXPECT_EQ(r.revocableCount(), 1);

    OperatorGrant privileged = helpdesk;
    privileged.roles = rolesOf(RoleTemplates::PrivilegedAuthenticationAdministrator,
                               "Privileged Authentication Administrator");
    judge(r, privileged, Channel::Entra);
    EXPECT_EQ(categoryName(r.rows.at(1).category), categoryName(BulkCategory::Admin));
    EXPECT_EQ(r.revocableCount(), 2);
    EXPECT_EQ(r.count(BulkCategory::NotPermitted), 0);

    // On SharePoint a Privileged Authentication Administrator has no say: nobody is sent.
    judge(r, privileged, Channel::SharePoint);
    EXPECT_EQ(r.count(BulkCategory::NotPermitted), 2);
    EXPECT_EQ(r.rows.at(0).verdict.whoCan,
              QStringLiteral("SharePoint Administrator or Global Administrator"));
}

TEST(BulkReview, EmptyListIsAnEmptyReview)
{
    const BulkReview r = review({}, {});
    EXPECT_TRUE(r.rows.isEmpty());
    EXPECT_EQ(r.revocableCount(), 0);
}

TEST(BulkReview, TheOperatorsOwnAccount_IsNamedWithItsLine_AndTheyAreToldTheyGoToo)
{
    OperatorGrant grant;
    grant.roles = rolesOf(RoleTemplates::GlobalAdministrator, "Global Administrator");
    EXPECT_EQ(review(rows, lookups(), grant).operatorLine, 0);
    EXPECT_TRUE(operatorNote(review(rows, lookups(), grant)).isEmpty());

    grant.operatorId = QStringLiteral("ID-BOSS"); // object ids compare without case
    const BulkReview reviewed = review(rows, lookups(), grant);
    EXPECT_EQ(reviewed.operatorLine, 11);
    EXPECT_EQ(operatorNote(reviewed),
              QStringLiteral("Your own account is on the list (line 11): "
                             "you will be signed out too."));
    // A guest's row is not sent, so naming it would be wrong.
    grant.operatorId = QStringLiteral("id-guest");
    EXPECT_EQ(review(rows, lookups(), grant).operatorLine, 0);
}
