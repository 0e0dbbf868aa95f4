#pragma once
// What a browser sends to the loopback redirect listener (LoopbackRedirect), read by pure
// functions: the request head and the redirect's query. Any local process can connect to the
// port, so the bytes are untrusted; tests/fuzz/RedirectRequestFuzzer.cpp feeds them anything.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace rc::redirect {

struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray host; // empty when the request has no Host header
};

// The request line and headers of an HTTP/1.x request; nullopt for anything malformed, and for
// two Host headers (RFC 9112 §3.2).
std::optional<RequestHead> parseHead(const QByteArray &head);

using QueryFields = QList<QPair<QByteArray, QByteArray>>;
// Form decoding, as the identity platform encodes the redirect: '+' is a space, %XX a byte.
QueryFields parseQuery(const QByteArray &query);

// The only value of `name` (empty when absent); nullopt when it is there more than once, so no
// one has to guess which counts.
std::optional<QByteArray> single(const QueryFields &fields, const char *name);

// A Host header naming a loopback address or "localhost": anything else is a page elsewhere
// reaching the port through DNS rebinding.
bool isLoopbackHostHeader(const QByteArray &host);

} // namespace rc::redirect
