#include "auth/ClientAssertion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace rc {

namespace {

// Microsoft: "keep it short, 5-10 minutes after nbf at most".
constexpr qint64 LifetimeSeconds = 10 * 60;

QByteArray encodedPart(const QJsonObject &object)
{
    return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject header(const CertificateCredential &credential, CertificateCredential::Algorithm alg)
{
    const bool pss = alg == CertificateCredential::Algorithm::PS256;
    QJsonObject header;
    header.insert(QStringLiteral("alg"), pss ? QStringLiteral("PS256") : QStringLiteral("RS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    if (pss)
        header.insert(QStringLiteral("x5t#S256"), QString::fromLatin1(credential.x5tS256()));
    else
        header.insert(QStringLiteral("x5t"), QString::fromLatin1(credential.x5t()));
    return header;
}

QJsonObject claims(const QString &clientId, const QUrl &tokenUrl, const QDateTime &now)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(QStringLiteral("aud"), tokenUrl.toString(QUrl::FullyEncoded));
    claims.insert(QStringLiteral("iss"), clientId);
    claims.insert(QStringLiteral("sub"), clientId);
    claims.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    claims.insert(QStringLiteral("nbf"), issuedAt);
    claims.insert(QStringLiteral("iat"), issuedAt);
    claims.insert(QStringLiteral("exp"), issuedAt + LifetimeSeconds);
    return claims;
}

} // namespace

Result<SecretBytes> makeClientAssertion(const CertificateCredential &credential,
                                        const QString &clientId, const QUrl &tokenUrl,
                                        const QDateTime &now, CertificateCredential::Algorithm alg)
{
    const QByteArray signingInput = encodedPart(header(credential, alg)) + '.'
            + encodedPart(claims(clientId, tokenUrl, now));
    Result<QByteArray> signature = credential.sign(signingInput, alg);
    if (!signature)
        return signature.error();
    return SecretBytes(signingInput + '.'
                       + signature.value().toBase64(QByteArray::Base64UrlEncoding
                                                    | QByteArray::OmitTrailingEquals));
}

} // namespace rc
