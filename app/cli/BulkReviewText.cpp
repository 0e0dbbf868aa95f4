#include "cli/BulkReviewText.h"

#include "cli/Console.h"

#include <QCoreApplication>

namespace rc::cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class BulkReviewTextTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::BulkReviewText)
};

QString categoryCount(BulkCategory category, int n)
{
    switch (category) {
    case BulkCategory::Ready:
        return BulkReviewTextTr::tr("%1 ready").arg(n);
    case BulkCategory::NotFound:
        return BulkReviewTextTr::tr("%1 not found").arg(n);
    case BulkCategory::Guest:
        return BulkReviewTextTr::tr("%n guests", nullptr, n);
    case BulkCategory::Disabled:
        return BulkReviewTextTr::tr("%1 disabled").arg(n);
    case BulkCategory::Duplicate:
        return BulkReviewTextTr::tr("%n duplicates", nullptr, n);
    case BulkCategory::InvalidUpn:
        return BulkReviewTextTr::tr("%n invalid names", nullptr, n);
    case BulkCategory::Admin:
        return BulkReviewTextTr::tr("%n admins", nullptr, n);
    case BulkCategory::LookupFailed:
        return BulkReviewTextTr::tr("%1 could not be looked up").arg(n);
    case BulkCategory::RolesUnknown:
        return BulkReviewTextTr::tr("%n with roles unknown", nullptr, n);
    case BulkCategory::NotPermitted:
        return BulkReviewTextTr::tr("%n not permitted", nullptr, n);
    }
    return QString();
}

QString reason(BulkCategory skipped)
{
    switch (skipped) {
    case BulkCategory::NotFound:
        return BulkReviewTextTr::tr("not found");
    case BulkCategory::Guest:
        return BulkReviewTextTr::tr("guest: their home organization signs them out");
    case BulkCategory::InvalidUpn:
        return BulkReviewTextTr::tr("not a user name");
    case BulkCategory::NotPermitted:
        return BulkReviewTextTr::tr("not permitted for this sign-in");
    default:
        return BulkReviewTextTr::tr("could not be looked up");
    }
}

QString who(const BulkReviewRow &row)
{
    if (row.user && !row.user->displayName.isEmpty())
        return QStringLiteral("%1 <%2>").arg(row.user->displayName, row.row.upn);
    return row.row.upn;
}

// The first few names of a category, with their lines: "line 3 nobody@contoso.com, ...".
QString examples(const BulkReview &review, BulkCategory category)
{
    QStringList names;
    int total = 0;
    for (const BulkReviewRow &row : review.rows) {
        if (row.category != category)
            continue;
        if (++total <= BulkReviewText::NamesShown)
            names << BulkReviewTextTr::tr("line %1 %2")
                             .arg(row.row.line)
                             .arg(row.row.raw.trimmed());
    }
    if (total > BulkReviewText::NamesShown)
        names << BulkReviewTextTr::tr("and %1 more").arg(total - BulkReviewText::NamesShown);
    return names.join(QLatin1String(", "));
}

// For the rows this sign-in may not revoke, grouped by why: who could ("A Privileged
// Authentication Administrator or Global Administrator can sign out: line 3 ..."), or, when no
// role would do (the token lacks a permission), the reason itself.
QStringList whoCouldSend(const BulkReview &review)
{
    QStringList order; // the groups' headings, first seen first
    QHash<QString, QStringList> rowsOf;
    for (const BulkReviewRow &row : review.rows) {
        if (row.category != BulkCategory::NotPermitted)
            continue;
        const QString heading = row.verdict.whoCan.isEmpty()
                ? row.verdict.reason
                : BulkReviewTextTr::tr("A %1 can sign out:").arg(row.verdict.whoCan);
        if (!rowsOf.contains(heading))
            order << heading;
        QStringList &rows = rowsOf[heading];
        if (rows.size() < BulkReviewText::NamesShown)
            rows << BulkReviewTextTr::tr("line %1 %2").arg(row.row.line).arg(row.row.raw.trimmed());
    }
    QStringList lines;
    for (const QString &heading : std::as_const(order))
        lines << QStringLiteral("  %1 %2").arg(heading,
                                               rowsOf.value(heading).join(QLatin1String(", ")));
    return lines;
}

} // namespace

QStringList BulkReviewText::review(const BulkReview &reviewed)
{
    QStringList counts;
    for (int c = 0; c < bulkCategoryCount; ++c) {
        const auto category = BulkCategory(c);
        if (reviewed.count(category) > 0)
            counts << categoryCount(category, reviewed.count(category));
    }
    QStringList lines {BulkReviewTextTr::tr("%n rows: ", nullptr, int(reviewed.rows.size()))
                       + counts.join(QLatin1String(", "))};
    if (const QString self = operatorNote(reviewed); !self.isEmpty())
        lines << QStringLiteral("  ") + self;
    if (reviewed.count(BulkCategory::Admin) > 0)
        lines << BulkReviewTextTr::tr("  Hold an admin role (signed out all the same): %1")
                         .arg(examples(reviewed, BulkCategory::Admin));
    if (reviewed.count(BulkCategory::Disabled) > 0)
        lines << BulkReviewTextTr::tr("  Disabled (signed out all the same): %1")
                         .arg(examples(reviewed, BulkCategory::Disabled));
    if (reviewed.count(BulkCategory::RolesUnknown) > 0)
        lines << BulkReviewTextTr::tr(
                         "  Roles unknown (sent; Microsoft 365 decides, and refuses if they are an "
                         "admin your roles may not sign out): %1")
                         .arg(examples(reviewed, BulkCategory::RolesUnknown));
    for (BulkCategory skipped :
         {BulkCategory::NotFound, BulkCategory::Guest, BulkCategory::InvalidUpn,
          BulkCategory::LookupFailed, BulkCategory::NotPermitted}) {
        if (reviewed.count(skipped) > 0)
            lines << BulkReviewTextTr::tr("  Not sent (%1): %2")
                             .arg(reason(skipped), examples(reviewed, skipped));
    }
    lines += whoCouldSend(reviewed);
    return lines;
}

QString BulkReviewText::confirmation(const BulkReview &reviewed, Channel channel)
{
    const int people = reviewed.revocableCount();
    QStringList names;
    for (const BulkReviewRow &row : reviewed.rows) {
        if (row.isRevocable() && names.size() < NamesShown)
            names << who(row);
    }
    if (people > NamesShown)
        names << BulkReviewTextTr::tr("and %1 more").arg(people - NamesShown);
    const QString through = channel == Channel::Entra
            ? BulkReviewTextTr::tr("through Entra ID (every Microsoft 365 app, every device)")
            : BulkReviewTextTr::tr("through SharePoint (Revoke-SPOUserSession)");
    QStringList lines {
            BulkReviewTextTr::tr("Confirm"),
            BulkReviewTextTr::tr("Sign out %n people %1?", nullptr, people).arg(through)};
    lines += review(reviewed);
    lines << BulkReviewTextTr::tr("  Signing out: %1").arg(names.join(QLatin1String(", ")));
    if (people > TypedConfirmationAbove)
        lines << BulkReviewTextTr::tr(
                         "Type %1 (the number of people) to confirm; anything else cancels: ")
                         .arg(people);
    else
        lines << BulkReviewTextTr::tr("[Y] Yes  [N] No (default is \"N\"): ");
    return lines.join(QLatin1Char('\n'));
}

bool BulkReviewText::confirms(const QString &answer, int people)
{
    const QString a = answer.trimmed();
    if (people > TypedConfirmationAbove)
        return a == QString::number(people);
    return Console::isYes(a);
}

QString BulkReviewText::resuming(int alreadyDone, int total)
{
    return BulkReviewTextTr::
            tr("Resuming: %1 of %2 already done. Only the rest is sent; anyone whose request was "
               "under way when the last run stopped may be signed out again, which is harmless "
               "(revoking sessions twice has the same effect as once). Use --restart to start "
               "afresh.")
                    .arg(alreadyDone)
                    .arg(total);
}

} // namespace rc::cli
