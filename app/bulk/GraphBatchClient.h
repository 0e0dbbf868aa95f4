#pragma once
// Sends one Graph JSON batch (POST {graph}/v1.0/$batch) and hands back its items matched by id,
// as BatchAnswer reads them. Throttling and retries are left to the caller (the bulk scheduler
// paces the whole run), so the ServiceCaller given should make one attempt only; a 401 is still
// refreshed once there.

#include "bulk/BatchAnswer.h"
#include "bulk/BatchRequest.h"
#include "net/ServiceCaller.h"

namespace rc {

class GraphBatchClient final
{
public:
    GraphBatchClient(ServiceCaller &caller, QUrl graphBase);

    // The answer's Date header (the server's clock) comes with it: verification compares
    // signInSessionsValidFromDateTime against it.
    using Done = std::function<void(const BatchAnswer &answer, const QDateTime &serverDate)>;
    Call post(const BatchRequest &batch, QObject *context, Done onDone);

private:
    ServiceCaller &m_caller;
    QUrl m_url;
};

} // namespace rc
