#pragma once
// Search as you type, for the search box: debounced, from two characters, one request in flight
// (a new query cancels the old one, so a stale answer is never shown, let alone out of order). A
// pasted full UPN is looked up directly. $search needs advanced queries; a tenant that refuses
// them falls back to $filter startswith for the rest of the session.

#include "directory/GraphClient.h"

#include <QObject>
#include <QTimer>

namespace rc {

class UserSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSearch)
public:
    explicit UserSearch(GraphClient &graph, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    QList<User> results() const { return m_results; }
    bool isBusy() const { return m_busy; }

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    static constexpr int MinimumLength = 2;
    static constexpr int PageSize = 15;

Q_SIGNALS:
    void busyChanged(bool busy);
    // Results for the current query (empty: no users match). Never emitted for a stale query.
    void resultsChanged(const QList<rc::User> &users);
    void failed(const rc::ServiceError &error);
    void cleared(); // the query is too short to search

private:
    void run();
    void lookUpDirectly(const QString &upn);
    void search(const QString &term);
    void setBusy(bool busy);
    void deliver(quint64 generation, Result<QList<User>> result);

    GraphClient &m_graph;
    QTimer m_debounce;
    QString m_query;
    QList<User> m_results;
    Call m_call;
    quint64 m_generation = 0;
    bool m_busy = false;
    GraphClient::SearchMode m_mode = GraphClient::SearchMode::Search;
};

} // namespace rc
