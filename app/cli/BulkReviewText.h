#pragma once
// The words the command line uses around a bulk run: the review (counts per category, flagged
// people), the one confirmation (how many, through which channel, the first names; above 50
// people the operator types the number), and the note printed when a run resumes. Pure.

#include "bulk/BulkReview.h"
#include "revocation/RevocationOutcome.h"

#include <QStringList>

namespace rc::cli {

class BulkReviewText final
{
public:
    static constexpr int TypedConfirmationAbove = 50;
    static constexpr int NamesShown = 5;

    // "2004 rows: 2000 ready, 1 not found, 1 guest, 1 duplicate, 1 invalid name" and, when there
    // are any, the flagged people and the rows that will not be sent with their lines.
    static QStringList review(const BulkReview &reviewed);
    static QString confirmation(const BulkReview &reviewed, Channel channel);
    // True when the answer confirms: a yes (Console::isYes) up to 50 people, the exact number
    // above.
    static bool confirms(const QString &answer, int people);
    static QString resuming(int alreadyDone, int total);
};

} // namespace rc::cli
