// The tokens in a token answer are only decoded, never verified: the access token's scp/roles
// (app/auth/GrantedPermissions) and the id token's account name (TokenEndpoint's id-token decode).
// The input is the token text, put into a well-formed token answer as both tokens.

#include "FuzzSupport.h"
#include "auth/GrantedPermissions.h"
#include "auth/TokenEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray token = rc::fuzz::bytes(data, size);

    // Read only for what it grants; roles are taken as listed, so there is nothing to assert.
    rc::permissions::fromAccessToken(token);

    const QString text = QString::fromUtf8(token);
    const QJsonObject o {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("expires_in"), 3599},
                         {QStringLiteral("access_token"), text},
                         {QStringLiteral("id_token"), text},
                         {QStringLiteral("scope"), QStringLiteral("User.Read.All")}};
    rc::HttpResponse r;
    r.status = 200;
    r.url = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const auto grant = rc::TokenEndpoint::parseGrant(
            r, QUrl(QStringLiteral("https://graph.microsoft.com")), now);
    check(grant.ok() == !text.isEmpty(), "any non-empty bearer token is taken as it is");
    if (grant) {
        check(grant.value().accessToken->value.view() == text.toUtf8(),
              "the access token is kept byte for byte");
        check(grant.value().accessToken->permissions.has_value(),
              "permissions come from the token or else from the answer's scope");
    }
    return 0;
}
