#include "bulk/GraphBatchClient.h"

namespace rc {

GraphBatchClient::GraphBatchClient(ServiceCaller &caller, QUrl graphBase)
    : m_caller(caller)
    , m_url(QUrl::fromEncoded(graphBase.toEncoded() + "/v1.0/$batch"))
{ }

Call GraphBatchClient::post(const BatchRequest &batch, QObject *context, Done onDone)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_url;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body = batch.body();
    const QStringList ids = batch.ids();
    return m_caller.send(Resource::Graph, std::move(request), context,
                         [ids, onDone = std::move(onDone)](Result<HttpResponse> r) {
                             if (!r) {
                                 // No answer at all: every item carries the one error.
                                 onDone(BatchAnswer::failedWith(ids, r.error()), QDateTime());
                                 return;
                             }
                             onDone(BatchAnswer::read(ids, r.value()), r.value().date);
                         });
}

} // namespace rc
