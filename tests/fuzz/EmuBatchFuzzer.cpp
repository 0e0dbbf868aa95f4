// The emulator's Graph $batch reader (app/emulator/GraphBatch), fed whatever a client posts:
// the envelope is checked as Graph checks it, and an accepted batch answers every request once,
// by its id. Items are answered by a stand-in for the Graph listener (a 404 for one path).

#include "FuzzSupport.h"
#include "emulator/GraphBatch.h"

#include <QJsonDocument>
#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace rc::emu;
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    static EmulatorState state(rc::Clock::system());
    state.batchItems.clear(); // what tests read back; it would grow with every input
    GraphBatch batch(state, [](const EmulatedRequest &item) {
        GraphCall call(item, state);
        if (item.path.endsWith(QLatin1String("/missing")))
            return call.error(404, QStringLiteral("Request_ResourceNotFound"),
                              QStringLiteral("Not found."));
        return call.json(200, QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}});
    });

    EmulatedRequest request;
    request.service = Service::Graph;
    request.method = "POST";
    request.path = QStringLiteral("/v1.0/$batch");
    request.headers.insert("authorization", "Bearer fuzz");
    request.headers.insert("content-type", "application/json");
    request.body = rc::fuzz::bytes(data, size);
    const HttpAnswer answer = batch.run(GraphCall(request, state));
    check(answer.status == 200 || answer.status == 400,
          "a batch is answered, or refused as a whole");
    if (answer.status != 200)
        return 0;

    const QJsonArray requests = QJsonDocument::fromJson(request.body)
                                        .object()
                                        .value(QLatin1String("requests"))
                                        .toArray();
    const QJsonArray responses = QJsonDocument::fromJson(answer.body)
                                         .object()
                                         .value(QLatin1String("responses"))
                                         .toArray();
    check(requests.size() >= 1 && requests.size() <= GraphBatch::MaxRequests,
          "an accepted batch has 1 to 20 requests");
    check(responses.size() == requests.size(), "every request has one response");
    QSet<QString> ids;
    for (const QJsonValue &response : responses) {
        const QString id = response.toObject().value(QLatin1String("id")).toString();
        check(!id.isEmpty() && !ids.contains(id.toLower()), "responses have distinct ids");
        ids.insert(id.toLower());
        const int status = response.toObject().value(QLatin1String("status")).toInt();
        check(status >= 200 && status <= 599, "every response has an HTTP status");
    }
    check(state.batchItems.size() == requests.size(), "every item is recorded once");
    return 0;
}
