#pragma once
// The browser-facing pages of the emulated identity platform: the authorize sign-in form (posts
// back, then redirects 302 to the app's loopback redirect_uri with ?code=..&state=.. or
// ?error=..&error_description=..), the device-code verification page /devicelogin, and a short
// /error?code=n page. Deliberately plain HTML: it is for the demo and for browser-driven tests.

#include "emulator/EmulatedRequest.h"
#include "emulator/EmulatorState.h"
#include "emulator/FormFields.h"
#include "emulator/HttpAnswer.h"

namespace rc::emu {

class SignInPages final
{
public:
    explicit SignInPages(EmulatorState &state);

    HttpAnswer authorize(const EmulatedRequest &request);
    HttpAnswer deviceLogin(const EmulatedRequest &request);
    HttpAnswer errorPage(const QString &code, const QString &text = QString()) const;

    // Approves a pending, unexpired device code as the user with that UPN (must exist and be
    // enabled). On failure, *error (if given) says why.
    bool approve(const QString &userCode, const QString &upn, QString *error);
    bool decline(const QString &userCode);

private:
    HttpAnswer signInForm(const EmulatedRequest &request, const FormFields &params,
                          const QString &problem) const;
    HttpAnswer deviceLoginForm(const QString &code, const QString &login,
                               const QString &message) const;
    HttpAnswer redirectWith(const QString &redirectUri,
                            const QList<QPair<QString, QString>> &items) const;
    HttpAnswer redirectError(const QString &redirectUri, const QString &state, const QString &error,
                             int code, const QString &text) const;
    static bool isLoopbackRedirect(const QString &redirectUri);
    static QString page(const QString &title, const QString &body);

    EmulatorState &m_state;
};

} // namespace rc::emu
