#pragma once
// Where a bulk run stands, for a progress bar or a progress line: done of total, the rate over the
// last few seconds and the time left at that rate. ProgressMeter computes the rate from samples;
// pure, times passed in.

#include <QMetaType>
#include <QtGlobal>

#include <deque>

namespace rc {

struct BulkProgress
{
    enum class Phase { Review, Revoke };

    Phase phase = Phase::Revoke;
    int done = 0; // people with their final outcome (review: looked up)
    int total = 0;
    double ratePerSecond = 0;
    int secondsLeft = -1; // -1: not known yet
    int waitingSeconds = 0; // > 0: the service throttles; the run resumes in about this long
    bool paused = false;
    bool writing = false; // sign-outs are still being sent: they can be paused

    static BulkProgress ofReview(int lookedUp, int total)
    {
        BulkProgress p;
        p.phase = Phase::Review;
        p.done = lookedUp;
        p.total = total;
        return p;
    }
};

class ProgressMeter final
{
public:
    static constexpr qint64 WindowMs = 5000;

    void reset(qint64 now, int done);
    void sample(qint64 now, int done);
    double rate(qint64 now) const; // per second, over the last WindowMs
    int secondsLeft(qint64 now, int remaining) const; // -1 while the rate is unknown

private:
    struct Sample
    {
        qint64 at;
        int done;
    };
    std::deque<Sample> m_samples;
};

} // namespace rc

Q_DECLARE_METATYPE(rc::BulkProgress)
