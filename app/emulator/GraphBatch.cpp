#include "emulator/GraphBatch.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace rc::emu {

namespace {

constexpr quint32 DefaultOrderSeed = 20;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString idOf(const QJsonValue &value)
{
    // Graph documents ids as strings; numbers are taken as their text, as Graph's parser does.
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

// "Combine multiple HTTP requests using JSON batching" (learn.microsoft.com/graph/json-batching):
// a write item (POST, PATCH, PUT) must carry a body, an empty object where the operation takes
// none, and its headers must then contain Content-Type (the key spelled exactly so); Graph
// refuses the whole batch otherwise.
bool isCompleteWrite(const QJsonObject &item)
{
    const QString method = item.value(QStringLiteral("method")).toString().toUpper();
    if (method != QStringLiteral("POST") && method != QStringLiteral("PATCH")
        && method != QStringLiteral("PUT"))
        return true;
    const QJsonValue body = item.value(QStringLiteral("body"));
    const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
    return !body.isUndefined() && !body.isNull()
            && !headers.value(QStringLiteral("Content-Type")).toString().isEmpty();
}

} // namespace

GraphBatch::GraphBatch(EmulatorState &state, Dispatch dispatch)
    : m_state(state)
    , m_dispatch(std::move(dispatch))
    , m_order(DefaultOrderSeed)
{ }

void GraphBatch::setOrderSeed(quint32 seed)
{
    m_order.seed(seed);
}

bool GraphBatch::parse(const GraphCall &call, QList<Item> *items, HttpAnswer *error) const
{
    const auto invalid = [&call, error](const QString &message) {
        *error = call.error(400, QStringLiteral("BadRequest"), message);
        return false;
    };
    const QString invalidPayload = QStringLiteral("Invalid batch payload format.");
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body);
    const QJsonArray requests = document.object().value(QStringLiteral("requests")).toArray();
    if (!document.isObject() || requests.isEmpty())
        return invalid(invalidPayload);
    // "JSON batching", Batch size limitations: at most 20 requests (Graph's own words for a 21st).
    if (requests.size() > MaxRequests)
        return invalid(QStringLiteral("Number of requests inside batch exceeds the limit."));
    QSet<QString> ids;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject json = requests.at(i).toObject();
        Item item {static_cast<int>(i), idOf(json.value(QStringLiteral("id"))), json, {}};
        if (item.id.isEmpty() || json.value(QStringLiteral("method")).toString().isEmpty()
            || json.value(QStringLiteral("url")).toString().isEmpty())
            return invalid(invalidPayload);
        if (!isCompleteWrite(json))
            return invalid(QStringLiteral("Write request id : %1 does not contain Content-Type "
                                          "header or body.")
                                   .arg(item.id));
        // Graph compares ids without regard to case (a known quirk of the real service).
        if (ids.contains(item.id.toLower()))
            return invalid(
                    QStringLiteral("Request Id %1 has to be unique in a batch.").arg(item.id));
        ids.insert(item.id.toLower());
        const QJsonArray dependsOn = json.value(QStringLiteral("dependsOn")).toArray();
        for (const QJsonValue &dependency : dependsOn)
            item.dependsOn.append(idOf(dependency).toLower());
        items->append(item);
    }
    for (const Item &item : std::as_const(*items)) {
        for (const QString &dependency : item.dependsOn) {
            if (!ids.contains(dependency) || dependency == item.id.toLower())
                return invalid(QStringLiteral("Request %1 depends on '%2', which is not another "
                                              "request of this batch.")
                                       .arg(item.id, dependency));
        }
    }
    if (!orderByDependencies(items))
        return invalid(QStringLiteral("The dependsOn references of this batch form a cycle."));
    return true;
}

bool GraphBatch::orderByDependencies(QList<Item> *items)
{
    // Stable: items keep their request order unless a dependency comes later.
    QList<Item> ordered;
    QSet<QString> done;
    while (!items->isEmpty()) {
        const auto ready = std::find_if(items->begin(), items->end(), [&done](const Item &item) {
            return std::all_of(item.dependsOn.cbegin(), item.dependsOn.cend(),
                               [&done](const QString &id) { return done.contains(id); });
        });
        if (ready == items->end())
            return false;
        done.insert(ready->id.toLower());
        ordered.append(*ready);
        items->erase(ready);
    }
    *items = ordered;
    return true;
}

EmulatedRequest GraphBatch::subRequest(const GraphCall &call, const QJsonObject &item) const
{
    EmulatedRequest sub;
    sub.service = Service::Graph;
    sub.method = item.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    QString url = item.value(QStringLiteral("url")).toString();
    // As in a real URL, '#' starts a fragment: a guest UPN's #EXT# must come percent-encoded.
    const qsizetype fragment = url.indexOf(QLatin1Char('#'));
    if (fragment >= 0)
        url.truncate(fragment);
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? url : url.left(question);
    // Relative to the version root: "/users/x" and "users/x" are /v1.0/users/x; an absolute URL
    // or one repeating /v1.0 fails in routing, as it does on Graph.
    sub.path = QStringLiteral("/v1.0")
            + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    sub.query = question < 0 ? QString() : url.mid(question + 1);
    const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        sub.headers.insert(it.key().toLower().toUtf8(), it.value().toString().toUtf8());
    // The batch's bearer token applies to every item, whatever the item's own headers say.
    sub.headers.insert("authorization", call.request.header("authorization"));
    const QJsonValue body = item.value(QStringLiteral("body"));
    if (body.isObject())
        sub.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        sub.body = body.toString().toUtf8();
    sub.receivedAt = call.request.receivedAt;
    return sub;
}

HttpAnswer GraphBatch::answer(const EmulatedRequest &sub, const Item &item,
                              const QHash<QString, int> &statuses)
{
    const bool dependencyFailed = std::any_of(
            item.dependsOn.cbegin(), item.dependsOn.cend(),
            [&statuses](const QString &id) { return !isSuccess(statuses.value(id)); });
    if (dependencyFailed)
        return GraphCall(sub, m_state)
                .error(424, QStringLiteral("FailedDependency"),
                       QStringLiteral("The request was not run because a request it depends on "
                                      "failed."));
    const QStringList segments = sub.pathSegments();
    if (segments.size() == 2
        && segments.at(1).compare(QStringLiteral("$batch"), Qt::CaseInsensitive) == 0)
        return GraphCall(sub, m_state)
                .error(400, QStringLiteral("BadRequest"),
                       QStringLiteral("A batch request cannot contain another batch."));
    return m_dispatch(sub);
}

QJsonObject GraphBatch::response(const QString &id, const HttpAnswer &answer)
{
    QJsonObject headers;
    for (const auto &header : answer.headers) {
        if (header.first.compare("Date", Qt::CaseInsensitive) != 0)
            headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    }
    QJsonObject response {{QStringLiteral("id"), id},
                          {QStringLiteral("status"), answer.status},
                          {QStringLiteral("headers"), headers}};
    const QJsonDocument body = QJsonDocument::fromJson(answer.body);
    if (body.isObject())
        response.insert(QStringLiteral("body"), body.object());
    return response;
}

void GraphBatch::shuffle(QList<QPair<int, QJsonObject>> *responses)
{
    for (qsizetype i = responses->size() - 1; i > 0; --i)
        responses->swapItemsAt(i, static_cast<qsizetype>(m_order.bounded(static_cast<int>(i + 1))));
    const bool inRequestOrder
            = std::is_sorted(responses->cbegin(), responses->cend(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
    if (inRequestOrder)
        std::reverse(responses->begin(), responses->end());
}

HttpAnswer GraphBatch::run(const GraphCall &call)
{
    QList<Item> items;
    HttpAnswer error;
    if (!parse(call, &items, &error))
        return error;
    const int batchNumber = ++m_state.batchesReceived;
    QHash<QString, int> statuses; // lower-cased id → status, for dependsOn
    QList<QPair<int, QJsonObject>> responses; // request position, response
    for (const Item &item : std::as_const(items)) {
        const EmulatedRequest sub = subRequest(call, item.json);
        const HttpAnswer itemAnswer = answer(sub, item, statuses);
        statuses.insert(item.id.toLower(), itemAnswer.status);
        m_state.batchItems.append({batchNumber, item.id, sub, itemAnswer.status});
        responses.append({item.position, response(item.id, itemAnswer)});
    }
    shuffle(&responses);
    QJsonArray array;
    for (const auto &entry : std::as_const(responses))
        array.append(entry.second);
    return call.json(200, QJsonObject {{QStringLiteral("responses"), array}});
}

} // namespace rc::emu
