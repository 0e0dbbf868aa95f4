#pragma once
// Graph JSON batching, POST /v1.0/$batch (Microsoft's "JSON batching"; docs/protocol-notes.md,
// "JSON batching"): checks the envelope as Graph does (1 to 20 requests; ids present and unique,
// compared case-insensitively; method and url present; dependsOn naming other items), runs every
// item through the Graph listener's own dispatch under the batch's bearer token, answers 424 for
// an item whose dependency failed, and returns the responses in a seeded shuffle, never in request
// order, so that clients must match them by id. Each item is recorded in EmulatorState::batchItems.

#include "emulator/GraphCall.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>

namespace rc::emu {

class GraphBatch final
{
public:
    // Answers one item as if it had come on its own (faults, token check, routing, quota).
    using Dispatch = std::function<HttpAnswer(const EmulatedRequest &)>;
    static constexpr int MaxRequests = 20;

    GraphBatch(EmulatorState &state, Dispatch dispatch);

    void setOrderSeed(quint32 seed);
    HttpAnswer run(const GraphCall &call);

private:
    struct Item
    {
        int position = 0; // in the request, for the order check
        QString id;
        QJsonObject json;
        QStringList dependsOn; // lower-cased ids
    };

    // The items, each after its dependencies; false (and the 400 in *error) when invalid.
    bool parse(const GraphCall &call, QList<Item> *items, HttpAnswer *error) const;
    static bool orderByDependencies(QList<Item> *items);
    EmulatedRequest subRequest(const GraphCall &call, const QJsonObject &item) const;
    HttpAnswer answer(const EmulatedRequest &sub, const Item &item,
                      const QHash<QString, int> &statuses);
    static QJsonObject response(const QString &id, const HttpAnswer &answer);
    void shuffle(QList<QPair<int, QJsonObject>> *responses);

    EmulatorState &m_state;
    Dispatch m_dispatch;
    QRandomGenerator m_order;
};

} // namespace rc::emu
