// Retry-After from a hostile or broken server: whatever the header says, the wait read from it
// lies within [0, RetryAfter::MaxSeconds] (or is "unreadable", -1), and the wait the app then
// takes is a valid timer interval no longer than the cap.
#include "net/RetryAfter.h"
#include "bulk/BatchAnswer.h"
#include "net/ResponseError.h"
#include "support/QtPrinters.h"

#include <QRandomGenerator>
#include <QTimer>
#include <gtest/gtest.h>

#include <limits>

using namespace rc;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(9, 0, 0), Qt::UTC);

struct Hostile
{
    const char *value;
    int seconds; // what parse() reads
};

} // namespace

TEST(RetryAfter, EveryHostileValueIsReadWithinTheCap)
{
    const int max = RetryAfter::MaxSeconds;
    const Hostile table[] = {
            {"0", 0},
            {"120", 120},
            {" 42 ", 42},
            {"0000000000000000000000000000005", 5},
            {"300", max},
            {"301", max},
            {"2147484", max}, // * 1000 overflows an int
            {"2147483648", max}, // overflows an int by itself
            {"99999999999999999999", max}, // overflows 64 bits
            {"Fri, 31 Dec 9999 23:59:59 GMT", max}, // 2.5e11 s ahead: wrapped in an int
            {"Thu, 26 Nov 2026 09:01:00 GMT", 60},
            {"Thu, 26 Nov 2026 08:59:00 GMT", 0}, // already past
            {"Mon, 01 Jan 0001 00:00:00 GMT", 0},
            {"-1", -1},
            {"-99999999999999999999", -1},
            {"+5", -1},
            {"1.5", -1},
            {"1e3", -1},
            {"5, 10", -1}, // the header twice, joined
            {"", -1},
            {"   ", -1},
            {"soon", -1},
            {"Thu, 26 Nov 2026 09:01:00 PST", -1},
            {"Thu, 99 Nov 2026 09:01:00 GMT", -1},
    };
    for (const Hostile &h : table) {
        const int seconds = RetryAfter::parse(QByteArray(h.value), Now);
        EXPECT_EQ(seconds, h.seconds) << "Retry-After: " << h.value;
        EXPECT_GE(seconds, -1);
        EXPECT_LE(seconds, max);
        const int ms = RetryAfter::waitMs(seconds, 500);
        EXPECT_GE(ms, 0) << h.value;
        EXPECT_LE(ms, max * 1000) << h.value;
    }
}

TEST(RetryAfter, TheWaitIsBoundedWhateverItIsAskedFor)
{
    const int maxMs = RetryAfter::MaxSeconds * 1000;
    EXPECT_EQ(RetryAfter::waitMs(7, 500), 7000);
    EXPECT_EQ(RetryAfter::waitMs(-1, 750), 750); // none said: the caller's backoff
    // A Retry-After of 0 is waited a second: repeated, it must not spin a bulk run.
    EXPECT_EQ(RetryAfter::waitMs(0, 500), RetryAfter::MinSeconds * 1000);
    EXPECT_EQ(RetryAfter::waitMs(std::numeric_limits<int>::max(), 0), maxMs);
    EXPECT_EQ(RetryAfter::waitMs(-1, std::numeric_limits<qint64>::max()), maxMs);
    EXPECT_EQ(RetryAfter::waitMs(-1, -5), 0);
    EXPECT_EQ(RetryAfter::waitMs(-7, 100), 100);
    // A timer takes the longest of them.
    QTimer timer;
    timer.start(RetryAfter::waitMs(std::numeric_limits<int>::max(), 0));
    EXPECT_TRUE(timer.isActive());
}

TEST(RetryAfter, AThrottledAnswerCarriesTheBoundedWait)
{
    HttpResponse r;
    r.status = 429;
    r.headers.append({QByteArray("Retry-After"), QByteArray("99999999999999999999")});
    EXPECT_EQ(errorFromResponse(r).retryAfterSeconds, RetryAfter::MaxSeconds);
    r.headers = {{QByteArray("Retry-After"), QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")}};
    EXPECT_EQ(errorFromResponse(r).retryAfterSeconds, RetryAfter::MaxSeconds);
}

TEST(RetryAfter, ABatchItemsRetryAfterIsBoundedAsAStringOrAJsonNumber)
{
    HttpResponse batch;
    batch.status = 200;
    batch.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/$batch"));
    batch.body = R"({"responses":[
        {"id":"1","status":429,"headers":{"Retry-After":"99999999999999999999"},"body":{}},
        {"id":"2","status":429,"headers":{"Retry-After":1e20},"body":{}},
        {"id":"3","status":429,"headers":{"Retry-After":"Fri, 31 Dec 9999 23:59:59 GMT"}},
        {"id":"4","status":429,"headers":{"Retry-After":1.5}},
        {"id":"5","status":429,"headers":{"Retry-After":-3}},
        {"id":"6","status":429,"headers":{"Retry-After":12}}]})";
    const QStringList ids {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")};
    const BatchAnswer answer = BatchAnswer::read(ids, batch);
    const auto waitOf = [&](const char *id) {
        const Result<BatchReply> item = answer.item(QString::fromLatin1(id));
        EXPECT_FALSE(item.ok()) << id;
        return item.ok() ? -2 : item.error().retryAfterSeconds;
    };
    EXPECT_EQ(waitOf("1"), RetryAfter::MaxSeconds);
    // A number too large for an integer is a long wait, never a 0 that resends at once.
    EXPECT_EQ(waitOf("2"), RetryAfter::MaxSeconds);
    EXPECT_EQ(waitOf("3"), RetryAfter::MaxSeconds);
    EXPECT_EQ(waitOf("4"), -1);
    EXPECT_EQ(waitOf("5"), -1);
    EXPECT_EQ(waitOf("6"), 12);
    EXPECT_EQ(answer.retryAfterSeconds(), RetryAfter::MaxSeconds);
}

// The one backoff formula both the request retries (ServiceCaller) and the bulk run
// (BulkScheduler) use when an answer names no wait.
TEST(RetryAfter, BackoffDoublesPerTryUpTo64TimesTheBase)
{
    EXPECT_EQ(RetryAfter::backoffMs(500, 1), 500);
    EXPECT_EQ(RetryAfter::backoffMs(500, 2), 1000);
    EXPECT_EQ(RetryAfter::backoffMs(500, 3), 2000);
    EXPECT_EQ(RetryAfter::backoffMs(500, 7), 32000);
    EXPECT_EQ(RetryAfter::backoffMs(500, 8), 32000);
    EXPECT_EQ(RetryAfter::backoffMs(500, std::numeric_limits<int>::max()), 32000);
    // Before any try, and for a nonsense base, nothing overflows or goes negative.
    EXPECT_EQ(RetryAfter::backoffMs(500, 0), 500);
    EXPECT_EQ(RetryAfter::backoffMs(500, -3), 500);
    EXPECT_EQ(RetryAfter::backoffMs(-1, 4), 0);
    EXPECT_EQ(RetryAfter::backoffMs(std::numeric_limits<int>::max(), 9),
              qint64(std::numeric_limits<int>::max()) * 64);
}

TEST(RetryAfter, BackoffJitterAddsUpToHalfAndIsBoundedByTheWait)
{
    QRandomGenerator seeded(42);
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 wait = RetryAfter::backoffMs(400, 3, &seeded);
        lowest = qMin(lowest, wait);
        highest = qMax(highest, wait);
    }
    EXPECT_GE(lowest, 1600);
    EXPECT_LE(highest, 2400);
    EXPECT_GT(highest - lowest, 400); // it does spread: clients do not all come back together
    // However long the formula gets, the wait taken stays a valid timer interval under the cap.
    EXPECT_EQ(RetryAfter::waitMs(
                      -1, RetryAfter::backoffMs(std::numeric_limits<int>::max(), 9, &seeded)),
              RetryAfter::MaxSeconds * 1000);
}
