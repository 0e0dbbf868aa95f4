// A failed answer from Graph or SharePoint (app/net/ResponseError): the Graph error body, the
// SharePoint REST odata.error, or x-ms-diagnostics. The input is the body; its start is also the
// x-ms-diagnostics header.

#include "FuzzSupport.h"
#include "net/ResponseError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray input = rc::fuzz::bytes(data, size);
    for (int status : {400, 401, 403, 404, 429, 500, 503}) {
        rc::HttpResponse r;
        r.status = status;
        r.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users/x"));
        r.body = input;
        r.headers = {{"x-ms-diagnostics", input.left(512)}};
        const rc::ServiceError e = rc::errorFromResponse(r);
        check(e.kind == rc::kindForStatus(status), "the kind follows the HTTP status");
        check(e.httpStatus == status, "the error keeps the HTTP status");
        check(!e.message.isEmpty(), "an error has a sentence");
        check(e.detail.startsWith(QStringLiteral("HTTP %1").arg(status)),
              "the detail starts with the status");
        check(e.retryAfterSeconds == -1, "no Retry-After header, no wait");
    }
    return 0;
}
