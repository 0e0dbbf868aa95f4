#pragma once
// The one error value of the app: every failure, from a dead network to an AADSTS code, becomes a
// ServiceError carrying a sentence for a person, the service's own code and the correlation id
// Microsoft support asks for. The banner shows it, the audit log records it, the CLI maps its kind
// to an exit code.

#include <QMetaType>
#include <QString>

namespace rc {

struct ServiceError
{
    enum class Kind {
        InvalidInput, // the user typed something we refuse before any request
        Configuration, // cloud profile or option is unusable (e.g. plain http to a remote host)
        SignIn, // the identity platform refused, or a token was not accepted
        Forbidden, // 403: signed in, but not allowed
        NotFound, // 404
        Throttled, // 429/503/504 and the retries ran out
        Network, // DNS, refused, reset, timeout, TLS
        Redirect, // the service tried to send us (and our token) to another host
        Service, // any other HTTP failure from the service
        BadResponse, // an answer we cannot read: malformed, truncated, unexpected shape
        Cancelled,
        Keychain, // the OS keychain is missing, locked, refused or did not answer
    };

    Kind kind = Kind::Service;
    QString message; // human sentence, translated
    int httpStatus = 0;
    QString serviceCode; // Graph error.code, "AADSTS70008", CSOM ErrorTypeName...
    QString correlationId; // request-id / SPRequestGuid / TraceCorrelationId / AAD correlation_id
    int retryAfterSeconds = -1;
    QString detail; // developer detail (never a secret), for "copy details" and logs

    static ServiceError make(Kind kind, const QString &message, const QString &detail = {})
    {
        ServiceError e;
        e.kind = kind;
        e.message = message;
        e.detail = detail;
        return e;
    }
};

QString kindName(ServiceError::Kind kind);

} // namespace rc

Q_DECLARE_METATYPE(rc::ServiceError)
