#pragma once
// One Microsoft Graph request whose answer is a JSON object (or empty, as a 204 is): sent through
// ServiceCaller (token for `resource`, 401 refresh, throttling) with Accept: application/json. A
// non-2xx answer becomes the service's error; an unreadable body says so. GraphClient and the
// containment calls share it.

#include "net/ServiceCaller.h"

#include <QJsonObject>

namespace rc::graph {

using JsonCallback = std::function<void(Result<QJsonObject>, const HttpResponse &)>;

// {base}/v1.0{path}?{query}, with path and query already percent-encoded.
QUrl v1Url(const QUrl &base, const QByteArray &path, const QByteArray &query = {});

Call sendJson(ServiceCaller &caller, Resource resource, HttpRequest request, QObject *context,
              JsonCallback onDone);

} // namespace rc::graph
