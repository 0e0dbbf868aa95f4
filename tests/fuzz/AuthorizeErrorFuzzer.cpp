// The error a browser sign-in's redirect carries (?error=...&error_description=...), read by
// authorizeRedirectError (app/auth/BrowserSignIn). The input is error, a NUL, then the
// description; both come from the query of a request any local process can send.

#include "FuzzSupport.h"
#include "auth/BrowserSignIn.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray input = rc::fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QString error = QString::fromUtf8(nul < 0 ? input : input.left(nul));
    const QString description = nul < 0 ? QString() : QString::fromUtf8(input.mid(nul + 1));

    const rc::ServiceError e = rc::authorizeRedirectError(error, description);
    check(e.kind == rc::ServiceError::Kind::SignIn, "a redirect's error is a sign-in error");
    check(!e.message.isEmpty(), "a redirect's error has a sentence");
    check(e.correlationId.isEmpty() || e.correlationId.size() == 36,
          "a correlation id is a GUID or absent");
    // RFC 6749's error characters, and at most 64 of them, reach the code and the detail.
    const auto rfc6749 = [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() <= 0x7E && c != QLatin1Char('"')
                && c != QLatin1Char('\\');
    };
    const bool plain = error.size() <= 64 && std::all_of(error.begin(), error.end(), rfc6749);
    const QString code
            = e.serviceCode.startsWith(QLatin1String("AADSTS")) ? QString() : e.serviceCode;
    check(std::all_of(code.begin(), code.end(), rfc6749) && code.size() <= 64,
          "the OAuth error keeps only RFC 6749 characters");
    check(!e.detail.contains(QLatin1Char('\n')), "the detail is one line");
    if (plain) {
        check(e.detail
                      == error + QLatin1String(": ")
                              + description.section(QLatin1Char('\n'), 0, 0).trimmed(),
              "the detail is the error and the description's first line");
        check(e.serviceCode.startsWith(QLatin1String("AADSTS")) || e.serviceCode == error,
              "the code is the AADSTS number or the OAuth error");
    }
    return 0;
}
