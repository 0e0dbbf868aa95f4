// What any local process may send to the browser sign-in's loopback listener
// (app/auth/RedirectRequest): the request head, then the redirect's query. A head that reads has
// a method, a target and a trimmed Host; a repeated query parameter is never guessed at.

#include "FuzzSupport.h"
#include "auth/RedirectRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    namespace redirect = rc::redirect;
    rc::fuzz::ensureApplication();
    const QByteArray head = rc::fuzz::bytes(data, size);

    const auto request = redirect::parseHead(head);
    QByteArray query = head; // without a head that reads, the bytes are fuzzed as a query
    if (request) {
        check(!request->method.isEmpty() && !request->target.isEmpty(),
              "a request has a method and a target");
        check(!request->method.contains(' ') && !request->target.contains(' '),
              "the request line's parts hold no space");
        check(request->host == request->host.trimmed(), "the Host header is trimmed");
        redirect::isLoopbackHostHeader(request->host);
        const qsizetype mark = request->target.indexOf('?');
        query = mark < 0 ? QByteArray() : request->target.mid(mark + 1);
    }

    const redirect::QueryFields fields = redirect::parseQuery(query);
    for (const char *name : {"state", "code", "error", "error_description"}) {
        int seen = 0;
        QByteArray value;
        for (const auto &field : fields) {
            if (field.first == name) {
                ++seen;
                value = field.second;
            }
        }
        const auto one = redirect::single(fields, name);
        check(one.has_value() == (seen <= 1), "a parameter given twice is refused, once is read");
        if (one)
            check(*one == value, "a parameter given once is its value (empty when absent)");
    }
    return 0;
}
