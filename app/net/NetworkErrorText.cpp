#include "net/NetworkErrorText.h"

#include <QCoreApplication>

namespace rc {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
class NetworkErrorTextTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::NetworkErrorText)
};
} // namespace

ServiceError networkError(QNetworkReply::NetworkError code, const QUrl &url,
                          const QString &qtErrorString, int timeoutMs)
{
    const QString host = url.host();
    QString message;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        message = NetworkErrorTextTr::tr("Could not connect to %1: the connection was refused.")
                          .arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        message = NetworkErrorTextTr::tr(
                          "Could not find %1. Check the network connection and the cloud settings.")
                          .arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() reports
        message = NetworkErrorTextTr::tr("%1 did not answer within %n second(s).", nullptr,
                                         qMax(1, (timeoutMs + 999) / 1000))
                          .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = NetworkErrorTextTr::tr("%1 closed the connection before answering.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = NetworkErrorTextTr::tr("The secure connection to %1 could not be verified, so "
                                         "nothing was sent. A "
                                         "proxy or a wrong clock can cause this.")
                          .arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        message = NetworkErrorTextTr::tr("The network proxy did not let the request to %1 through.")
                          .arg(host);
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        message = NetworkErrorTextTr::tr(
                          "The network is not available, so %1 could not be reached.")
                          .arg(host);
        break;
    default:
        message = NetworkErrorTextTr::tr("Could not reach %1 because of a network error.")
                          .arg(host);
        break;
    }
    ServiceError error = ServiceError::make(ServiceError::Kind::Network, message, qtErrorString);
    error.serviceCode = QStringLiteral("QNetworkReply::%1").arg(int(code));
    return error;
}

ServiceError deadlineError(const QUrl &url, int deadlineMs)
{
    ServiceError error = ServiceError::make(
            ServiceError::Kind::Network,
            NetworkErrorTextTr::tr(
                    "%1 did not finish answering within %n second(s); the request was stopped.",
                    nullptr, qMax(1, (deadlineMs + 999) / 1000))
                    .arg(url.host()),
            QStringLiteral("total deadline of %1 ms passed").arg(deadlineMs));
    error.serviceCode = QStringLiteral("deadline");
    return error;
}

} // namespace rc
