#include "directory/GraphJsonCall.h"

#include "net/ResponseError.h"

#include <QJsonDocument>

namespace rc::graph {

QUrl v1Url(const QUrl &base, const QByteArray &path, const QByteArray &query)
{
    QByteArray encoded = base.toEncoded() + "/v1.0" + path;
    if (!query.isEmpty())
        encoded += '?' + query;
    return QUrl::fromEncoded(encoded);
}

Call sendJson(ServiceCaller &caller, Resource resource, HttpRequest request, QObject *context,
              JsonCallback onDone)
{
    request.setHeader("Accept", "application/json");
    return caller.send(resource, std::move(request), context,
                       [onDone = std::move(onDone)](Result<HttpResponse> r) {
                           if (!r) {
                               onDone(r.error(), HttpResponse {});
                               return;
                           }
                           const HttpResponse &response = r.value();
                           if (!response.isSuccess()) {
                               onDone(errorFromResponse(response), response);
                               return;
                           }
                           // A 204 (a PATCH, older revoke docs) has no body, and that is fine.
                           if (response.body.trimmed().isEmpty()) {
                               onDone(QJsonObject(), response);
                               return;
                           }
                           QJsonParseError error {};
                           const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
                           if (!doc.isObject()) {
                               onDone(unreadableResponse(response, error.errorString()), response);
                               return;
                           }
                           onDone(doc.object(), response);
                       });
}

} // namespace rc::graph
