#pragma once
// The emulated Microsoft identity platform (the "authority" listener): /{tenant}/oauth2/v2.0/
// devicecode, token and authorize, plus the /devicelogin verification page. Checks the tenant
// segment and the client id; token grants live in TokenEndpoint, HTML pages in SignInPages.

#include "emulator/DemoSignInPage.h"
#include "emulator/EmulatedService.h"
#include "emulator/EmulatorState.h"
#include "emulator/SignInPages.h"
#include "emulator/TokenEndpoint.h"

namespace rc::emu {

class IdentityService final : public EmulatedService
{
public:
    explicit IdentityService(EmulatorState &state);

    HttpAnswer handle(const EmulatedRequest &request) override;
    HttpAnswer failure(const EmulatedRequest &request, int status, int retryAfterSeconds) override;
    HttpAnswer expiredToken(const EmulatedRequest &request) override;
    HttpAnswer malformed(const EmulatedRequest &request) override;
    void decorate(const EmulatedRequest &request, HttpAnswer &answer) override;

    bool isKnownTenant(const QString &tenant) const;
    bool approveDeviceCode(const QString &userCode, const QString &upn)
    {
        return m_pages.approve(userCode, upn, nullptr);
    }
    bool declineDeviceCode(const QString &userCode) { return m_pages.decline(userCode); }

private:
    HttpAnswer deviceCode(const EmulatedRequest &request);
    HttpAnswer error(int status, const QString &error, int code, const QString &text) const;

    EmulatorState &m_state;
    TokenEndpoint m_tokenEndpoint;
    SignInPages m_pages;
    QObject m_approvals; // the context of approvals still to come: none outlives the service
    DemoSignInPage m_demoSignIn {m_state}; // /demo/signin: the demo's control for the sign-in log
};

} // namespace rc::emu
