#pragma once
// Turns a QNetworkReply failure into a ServiceError a person can act on; Qt's own errorString()
// goes to the developer detail only.

#include "core/ServiceError.h"

#include <QNetworkReply>

namespace rc {

ServiceError networkError(QNetworkReply::NetworkError code, const QUrl &url,
                          const QString &qtErrorString, int timeoutMs);
// The answer was still coming in when the request's total deadline passed.
ServiceError deadlineError(const QUrl &url, int deadlineMs);

} // namespace rc
