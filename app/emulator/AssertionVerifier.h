#pragma once
// Checks a client_assertion as Microsoft Entra ID does for certificate credentials: a JWT signed
// (RS256 or PS256) with the key of a certificate uploaded to the app registration, named by its
// x5t or x5t#S256 thumbprint; issued by and about the client id, addressed to the token endpoint
// it was posted to, within its valid time range, with a jti. A failure comes back as the AADSTS
// code and text the real service answers with (always 401 invalid_client). One per request.

#include "emulator/DemoTenant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rc::emu {

struct AssertionProblem
{
    int code = 0; // the AADSTS number; 0: the assertion is valid
    QString text;

    bool isNone() const { return code == 0; }
};

class AssertionVerifier final
{
public:
    // audience: the URL the request was posted to, which "aud" must name.
    AssertionVerifier(const DemoTenant &tenant, QString audience, QDateTime now);

    AssertionProblem verify(const QByteArray &assertion, const QString &clientId) const;

    // How far in the future "nbf" may be, for clients whose clock runs ahead.
    static constexpr qint64 ClockSkewSeconds = 300;

private:
    AssertionProblem checkClaims(const QJsonObject &claims, const QString &clientId) const;

    const DemoTenant &m_tenant;
    QString m_audience;
    QDateTime m_now;
};

} // namespace rc::emu
