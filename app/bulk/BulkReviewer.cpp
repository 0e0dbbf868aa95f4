#include "bulk/BulkReviewer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rc {

namespace {

QString userId(int item)
{
    return QLatin1Char('u') + QString::number(item);
}

QString rolesId(int item)
{
    return QLatin1Char('r') + QString::number(item);
}

// Graph lists only directory roles here, every one an administrator role. When they cannot be
// read (no permission, an unanswerable query) the roles are unknown: never "not an admin".
RoleSet rolesOf(const Result<BatchReply> &reply)
{
    if (!reply)
        return RoleSet::fromResult(reply.error());
    auto roles = DirectoryRole::listFromJson(reply.value().body.toObject());
    if (!roles)
        return RoleSet::unknown(
                QCoreApplication::translate("rc::BulkReviewer", "the answer held no role list"));
    return RoleSet::known(std::move(*roles));
}

bool retryable(const ServiceError &e)
{
    return e.kind == ServiceError::Kind::Throttled || e.kind == ServiceError::Kind::Network
            || e.kind == ServiceError::Kind::BadResponse;
}

} // namespace

BulkReviewer::BulkReviewer(GraphBatchClient &graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
{
    m_limits.unitSize = BatchRequest::maxItems / 2; // two requests per person
}

BulkReviewer::~BulkReviewer() = default;

void BulkReviewer::setLimits(const BulkSchedulerLimits &limits)
{
    m_limits = limits;
    m_limits.unitSize = BatchRequest::maxItems / 2;
}

void BulkReviewer::review(const QList<UpnRow> &rows)
{
    m_rows = rows;
    m_names = upnsToLookUp(rows);
    m_lookups.clear();
    m_found.clear();
    m_lookedUp = 0;
    m_cancelled = false;
    m_scheduler = std::make_unique<BulkScheduler>(m_limits,
                                                  [this](const QList<int> &items, auto onDone) {
                                                      return send(items, std::move(onDone));
                                                  });
    m_scheduler->setUnitDone([this](const QList<BulkItemAnswer> &finals) { unitDone(finals); });
    m_scheduler->setFinished(
            [this](const std::optional<ServiceError> &why, const QList<int> &) { done(why); });
    QList<int> items;
    items.reserve(m_names.size());
    for (int i = 0; i < m_names.size(); ++i)
        items.append(i);
    m_scheduler->start(items);
}

void BulkReviewer::cancel()
{
    m_cancelled = true;
    if (m_scheduler)
        m_scheduler->cancel();
}

Call BulkReviewer::send(const QList<int> &items, std::function<void(QList<BulkItemAnswer>)> onDone)
{
    BatchRequest batch;
    for (int item : items) {
        batch.add(BatchRequest::userLookup(userId(item), m_names.at(item)));
        batch.add(BatchRequest::directoryRoles(rolesId(item), m_names.at(item)));
    }
    return m_graph.post(batch, this,
                        [this, items, onDone = std::move(onDone)](const BatchAnswer &answer,
                                                                  const QDateTime &) {
                            QList<BulkItemAnswer> answers;
                            for (int item : items) {
                                const Result<User> user = answer.user(userId(item));
                                const Result<BatchReply> roles = answer.item(rolesId(item));
                                if (!user)
                                    m_found.remove(item); // this answer is the latest word
                                // Either half throttled or lost: the person is asked again.
                                if (!user && retryable(user.error())) {
                                    answers.append({item, user.error()});
                                    continue;
                                }
                                if (user && !roles && retryable(roles.error())) {
                                    // Kept: if the roles never come, the person is still found.
                                    m_found.insert(item, user.value());
                                    answers.append({item, roles.error()});
                                    continue;
                                }
                                if (!user) { // a 404 is an answer: "not found"
                                    answers.append({item, user.error()});
                                    continue;
                                }
                                m_lookups.insert(m_names.at(item), {user.value(), rolesOf(roles)});
                                answers.append({item, std::nullopt});
                            }
                            onDone(answers);
                        });
}

void BulkReviewer::unitDone(const QList<BulkItemAnswer> &finals)
{
    for (const BulkItemAnswer &a : finals) {
        if (!a.error)
            continue;
        // The user was found but the roles gave up: roles unknown, not "lookup failed".
        const auto found = m_found.constFind(a.item);
        if (found != m_found.cend())
            m_lookups.insert(m_names.at(a.item), {*found, RoleSet::fromResult(*a.error)});
        else
            m_lookups.insert(m_names.at(a.item), {*a.error, RoleSet {}});
    }
    m_lookedUp += int(finals.size());
    Q_EMIT progressed(m_lookedUp, int(m_names.size()));
}

void BulkReviewer::done(const std::optional<ServiceError> &why)
{
    if (why || m_cancelled) {
        Q_EMIT failed(why ? *why
                          : ServiceError::make(ServiceError::Kind::Cancelled,
                                               tr("The review was cancelled. Nothing was sent.")));
        return;
    }
    Q_EMIT finished(rc::review(m_rows, m_lookups, m_grant, m_channel));
}

} // namespace rc
