#pragma once
// The emulated SharePoint Online admin listener: CSOM POST /_vti_bin/client.svc/ProcessQuery
// running Office365Tenant.RevokeAllUserSessions(userName), and its REST twin under /_api. Checks
// the bearer token's audience (401 + WWW-Authenticate + x-ms-diagnostics otherwise), the
// caller's admin role, the request's shape, and answers the user's SPOUserSessionRevocationState.
// Each revoke call is a write against the tenant's quota (429 + Retry-After when it runs dry).

#include "emulator/CsomRequestParser.h"
#include "emulator/EmulatedService.h"
#include "emulator/EmulatorState.h"

#include <QJsonObject>

namespace rc::emu {

class SharePointService final : public EmulatedService
{
public:
    explicit SharePointService(EmulatorState &state);

    HttpAnswer handle(const EmulatedRequest &request) override;
    HttpAnswer failure(const EmulatedRequest &request, int status, int retryAfterSeconds) override;
    HttpAnswer expiredToken(const EmulatedRequest &request) override;
    HttpAnswer malformed(const EmulatedRequest &request) override;
    void decorate(const EmulatedRequest &request, HttpAnswer &answer) override;

private:
    struct CsomError
    {
        QString typeName;
        int code = -1;
        QString message;
    };
    struct Evaluation; // one ProcessQuery run: results per object path, first error

    HttpAnswer unauthorized(const QString &diagnostics, const QString &description) const;
    HttpAnswer processQuery(const EmulatedRequest &request, const AccessGrant &token);
    HttpAnswer restRevoke(const EmulatedRequest &request, const AccessGrant &token);
    HttpAnswer csomError(const CsomError &error) const;
    HttpAnswer restError(int status, const CsomError &error) const;
    QJsonObject evaluate(Evaluation &run, int pathId, int depth);
    QJsonObject evaluateMethod(Evaluation &run, const CsomObjectPath &path, int depth);
    // Runs RevokeAllUserSessions: access check, argument check, then the user's State.
    bool revoke(const AccessGrant &token, const QString &userName, int *state, CsomError *error);
    bool isAdmin(const AccessGrant &token) const;

    EmulatorState &m_state;
};

} // namespace rc::emu
