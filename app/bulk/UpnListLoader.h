#pragma once
// Reads a list of people on a thread of its own, so that a large file, or one that is slow to
// arrive (a FIFO, a network share), never stops the window's event loop; the result comes back
// on the thread that asked, through the worker's queued finished() signal. Only the newest read
// is answered: one started while another is under way supersedes it, and cancel() drops it. A
// superseded read still runs to its end, unheard (a parse cannot be interrupted).

#include "bulk/UpnList.h"

#include <QObject>

#include <functional>

namespace rc {

class UpnListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpnListLoader)
public:
    using Done = std::function<void(const Result<UpnList> &)>;

    explicit UpnListLoader(QObject *parent = nullptr);
    ~UpnListLoader() override;

    // Both return at once; `done` runs later on this object's thread, unless superseded.
    void readFile(const QString &path, Done done);
    void readText(const QString &text, Done done);
    void cancel();
    bool isReading() const { return m_reading; } // the newest read has not answered yet
    int threadsRunning() const { return m_threads; } // superseded reads included

private:
    void start(std::function<Result<UpnList>()> read, Done done);

    quint64 m_generation = 0;
    bool m_reading = false;
    int m_threads = 0;
};

} // namespace rc
