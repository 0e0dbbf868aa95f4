#pragma once
// An error of the Microsoft identity platform as its token endpoints send it: HTTP 400/401 with
// {"error","error_description":"AADSTSnnnnn: text\r\nTrace ID: ..\r\nCorrelation ID:
// ..\r\nTimestamp: ..",
//  "error_codes":[n],"timestamp","trace_id","correlation_id","error_uri"}.

#include "emulator/HttpAnswer.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace rc::emu {

struct AadError
{
    int httpStatus = 400;
    QString error; // invalid_grant, authorization_pending ...
    int code = 0; // the AADSTS number
    QString text; // without the "AADSTSnnnnn: " prefix

    HttpAnswer toAnswer(const QUrl &identityUrl, const QDateTime &now) const;

    // AADSTS700016: the client id is not an app registration of the tenant.
    static AadError unknownClient(const QString &clientId, const QString &domain);
    QString description(const QString &traceId, const QString &correlationId,
                        const QDateTime &now) const;
};

} // namespace rc::emu
