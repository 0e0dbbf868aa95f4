#include "directory/UserSearch.h"

#include "core/Logging.h"
#include "directory/UpnCheck.h"

namespace rc {

UserSearch::UserSearch(GraphClient &graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &UserSearch::run);
}

void UserSearch::setQuery(const QString &text)
{
    const QString query = text.trimmed();
    if (query == m_query && (m_debounce.isActive() || m_busy))
        return;
    m_query = query;
    // Whatever was in flight answers a question nobody is asking any more.
    ++m_generation;
    m_call.cancel();
    if (m_query.size() < MinimumLength) {
        m_debounce.stop();
        setBusy(false);
        m_results.clear();
        Q_EMIT cleared();
        return;
    }
    m_debounce.start();
}

void UserSearch::run()
{
    // A pasted sign-in name is looked up as such: it may be a guest's #EXT# name, which no search
    // would match by prefix.
    if (m_query.contains(QLatin1Char('@')) && checkUpn(m_query).ok())
        lookUpDirectly(m_query);
    else
        search(m_query);
}

void UserSearch::lookUpDirectly(const QString &upn)
{
    setBusy(true);
    const quint64 generation = m_generation;
    m_call = m_graph.getUser(upn, this, [this, generation](Result<User> user) {
        if (!user && user.error().kind == ServiceError::Kind::NotFound) {
            deliver(generation, QList<User> {}); // "no users match", not an error
            return;
        }
        if (!user)
            deliver(generation, user.error());
        else
            deliver(generation, QList<User> {user.value()});
    });
}

void UserSearch::search(const QString &term)
{
    setBusy(true);
    const quint64 generation = m_generation;
    const GraphClient::SearchMode mode = m_mode;
    m_call = m_graph.searchUsers(
            term, mode, PageSize, this, [this, generation, mode, term](Result<UserPage> page) {
                // Tenants without advanced queries answer 400 to $search: use $filter from now on.
                if (!page && mode == GraphClient::SearchMode::Search
                    && page.error().httpStatus == 400) {
                    qCInfo(lcGraph) << "$search refused (" << page.error().serviceCode
                                    << "); using $filter";
                    m_mode = GraphClient::SearchMode::Filter;
                    if (generation == m_generation)
                        search(term);
                    return;
                }
                if (!page)
                    deliver(generation, page.error());
                else
                    deliver(generation, page.value().users);
            });
}

void UserSearch::deliver(quint64 generation, Result<QList<User>> result)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    if (!result) {
        m_results.clear();
        Q_EMIT failed(result.error());
        return;
    }
    m_results = result.value();
    Q_EMIT resultsChanged(m_results);
}

void UserSearch::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace rc
