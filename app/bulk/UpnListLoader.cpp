#include "bulk/UpnListLoader.h"

#include <QThread>

#include <memory>
#include <optional>

namespace rc {

UpnListLoader::UpnListLoader(QObject *parent)
    : QObject(parent)
{ }

// A read still under way is not waited for (a FIFO may never be written): its thread deletes
// itself when it ends, and its answer has no one to go to.
UpnListLoader::~UpnListLoader() = default;

void UpnListLoader::readFile(const QString &path, Done done)
{
    start([path] { return UpnList::fromFile(path); }, std::move(done));
}

void UpnListLoader::readText(const QString &text, Done done)
{
    start([text] { return UpnList::fromText(text); }, std::move(done));
}

void UpnListLoader::cancel()
{
    ++m_generation;
    m_reading = false;
}

void UpnListLoader::start(std::function<Result<UpnList>()> read, Done done)
{
    const quint64 generation = ++m_generation;
    m_reading = true;
    ++m_threads;
    // Written by the worker before finished() is emitted; read here after it is delivered.
    auto result = std::make_shared<std::optional<Result<UpnList>>>();
    // Not a QThreadPool: a pool waits for its threads when the application ends, and a read
    // from a FIFO nobody writes never ends.
    QThread *worker
            = QThread::create([read = std::move(read), result] { result->emplace(read()); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, generation, result, done = std::move(done)] {
        --m_threads;
        if (generation != m_generation || !result->has_value())
            return; // superseded or cancelled
        m_reading = false;
        done(**result);
    });
    worker->start();
}

} // namespace rc
