#pragma once
// Turns a QNetworkReply failure into a ServiceError a person can act on; Qt's own errorString()
// goes to the developer detail only.

#include "core/ServiceError.h"

#include <QNetworkReply>

namespace rc {

ServiceError networkError(QNetworkReply::NetworkError code, const QUrl &url,
                          const QString &qtErrorString, int timeoutMs);

} // namespace rc
