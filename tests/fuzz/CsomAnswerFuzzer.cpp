// SharePoint's answer to the cmdlet's CSOM ProcessQuery (app/revocation/CsomRevokeQuery): the
// JSON array of a header with ErrorInfo, then action id / value pairs, from a hostile or broken
// admin site, with a success and a failure status.

#include "FuzzSupport.h"
#include "revocation/CsomRevokeQuery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray body = rc::fuzz::bytes(data, size);
    for (int status : {200, 401, 403, 500}) {
        rc::HttpResponse r;
        r.status = status;
        r.url = QUrl(QStringLiteral("https://contoso-admin.sharepoint.com/_vti_bin/client.svc/"
                                    "ProcessQuery"));
        r.body = body;
        r.requestId = QStringLiteral("a1b2c3d4-0000-0000-0000-000000000000");
        const auto answer = rc::csom::parseRevokeAnswer(r);
        if (answer) {
            check(status == 200, "only a successful answer is read as a revocation State");
            check(!answer.value().correlationId.isEmpty(),
                  "a revocation answer names a correlation id (the trace's or the request's)");
        } else {
            check(!answer.error().message.isEmpty(), "a refused revocation has a sentence");
            check(answer.error().httpStatus == status, "the error keeps the HTTP status");
        }
    }
    return 0;
}
