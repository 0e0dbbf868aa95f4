// The error a browser sign-in's redirect carries (?error=...&error_description=...), read by
// authorizeRedirectError (app/auth/BrowserSignIn). The input is error, a NUL, then the
// description; both come from the query of a request any local process can send.

#include "FuzzSupport.h"
#include "auth/BrowserSignIn.h"

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
    check(e.detail
                  == error + QLatin1String(": ")
                          + description.section(QLatin1Char('\n'), 0, 0).trimmed(),
          "the detail is the error and the description's first line");
    check(e.serviceCode.startsWith(QLatin1String("AADSTS")) || e.serviceCode == error,
          "the code is the AADSTS number or the OAuth error");
    return 0;
}
