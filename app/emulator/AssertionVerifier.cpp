#include "emulator/AssertionVerifier.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace rc::emu {

namespace {

struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // header.claims, as sent
    QByteArray signature;
};

std::optional<QByteArray> base64UrlDecoded(const QByteArray &part)
{
    auto decoded = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &part)
{
    const std::optional<QByteArray> raw = base64UrlDecoded(part);
    if (!raw)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*raw);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<Jwt> parse(const QByteArray &assertion)
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto header = jsonPart(parts.at(0));
    const auto claims = jsonPart(parts.at(1));
    const auto signature = base64UrlDecoded(parts.at(2));
    if (!header || !claims || !signature || signature->isEmpty())
        return std::nullopt;
    return Jwt {*header, *claims, parts.at(0) + '.' + parts.at(1), *signature};
}

struct Certificate
{
    std::unique_ptr<X509, decltype(&X509_free)> x509 {nullptr, &X509_free};
    QDateTime notBefore;
    QDateTime notAfter;
};

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm t
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

Certificate decode(const QByteArray &der)
{
    Certificate certificate;
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    certificate.x509.reset(d2i_X509(nullptr, &cursor, long(der.size())));
    if (certificate.x509) {
        certificate.notBefore = toDateTime(X509_get0_notBefore(certificate.x509.get()));
        certificate.notAfter = toDateTime(X509_get0_notAfter(certificate.x509.get()));
    }
    ERR_clear_error();
    return certificate;
}

bool signatureMatches(X509 *certificate, const Jwt &jwt, bool pss)
{
    EVP_PKEY *key = X509_get0_pubkey(certificate); // owned by the certificate
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    bool ok = key && context && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA
            && EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) == 1;
    if (ok && pss) {
        // RFC 7518 3.5: MGF1 with SHA-256 and a 32-byte salt, nothing else.
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1;
    }
    ok = ok
            && EVP_DigestVerify(
                       context.get(),
                       reinterpret_cast<const unsigned char *>(jwt.signature.constData()),
                       size_t(jwt.signature.size()),
                       reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                       size_t(jwt.signingInput.size()))
                    == 1;
    ERR_clear_error();
    return ok;
}

// The thumbprint as the service prints it: hex, upper case.
QString hexThumbprint(const QByteArray &thumbprint)
{
    const std::optional<QByteArray> raw = base64UrlDecoded(thumbprint);
    return raw ? QString::fromLatin1(raw->toHex()).toUpper() : QString::fromLatin1(thumbprint);
}

QString keyDates(const Certificate &certificate)
{
    const QString format = QStringLiteral("MM/dd/yyyy HH:mm:ss");
    return QStringLiteral("Start=%1, End=%2")
            .arg(certificate.notBefore.toString(format), certificate.notAfter.toString(format));
}

// Entra prints times with seven fractional digits.
QString serviceTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
            + QStringLiteral("0000Z");
}

AssertionProblem malformed()
{
    return {50027, QStringLiteral("JWT token is invalid or malformed.")};
}

AssertionProblem invalidSignature(const QString &reason, const QString &thumbprint,
                                  const QString &more)
{
    return {700027,
            QStringLiteral("Client assertion contains an invalid signature. [Reason - %1, "
                           "Thumbprint of key used by client: '%2', %3]")
                    .arg(reason, thumbprint, more)};
}

AssertionProblem keyNotFound(const QString &thumbprint, const QString &clientId)
{
    return invalidSignature(
            QStringLiteral("The key was not found."), thumbprint,
            QStringLiteral("Please visit the Azure Portal, Graph Explorer or directly use MS "
                           "Graph to see configured keys for app Id '%1'. Review the "
                           "documentation at https://docs.microsoft.com/en-us/graph/deployments "
                           "to determine the corresponding service endpoint and "
                           "https://docs.microsoft.com/en-us/graph/api/application-get?view="
                           "graph-rest-1.0&tabs=http to build a query request URL, such as "
                           "'https://graph.microsoft.com/beta/applications/%1'")
                    .arg(clientId));
}

} // namespace

AssertionVerifier::AssertionVerifier(const DemoTenant &tenant, QString audience, QDateTime now)
    : m_tenant(tenant)
    , m_audience(std::move(audience))
    , m_now(std::move(now))
{ }

AssertionProblem AssertionVerifier::verify(const QByteArray &assertion,
                                           const QString &clientId) const
{
    const std::optional<Jwt> jwt = parse(assertion);
    if (!jwt)
        return malformed();
    const QString alg = jwt->header.value(QStringLiteral("alg")).toString();
    if (alg != QStringLiteral("RS256") && alg != QStringLiteral("PS256"))
        return malformed();
    // Either thumbprint names the key, whichever algorithm signed.
    QByteArray thumbprint = jwt->header.value(QStringLiteral("x5t#S256")).toString().toLatin1();
    if (thumbprint.isEmpty())
        thumbprint = jwt->header.value(QStringLiteral("x5t")).toString().toLatin1();
    const AppCertificate *uploaded = m_tenant.findCertificate(clientId, thumbprint);
    const QString shownThumbprint = hexThumbprint(thumbprint);
    if (!uploaded)
        return keyNotFound(shownThumbprint, clientId);
    const Certificate certificate = decode(uploaded->der);
    if (!certificate.x509)
        return keyNotFound(shownThumbprint, clientId);
    const QString found = QStringLiteral("Found key '%1'").arg(keyDates(certificate));
    if (!certificate.notAfter.isValid() || certificate.notAfter <= m_now)
        return invalidSignature(QStringLiteral("The key used is expired."), shownThumbprint, found);
    if (!signatureMatches(certificate.x509.get(), *jwt, alg == QStringLiteral("PS256")))
        return invalidSignature(QStringLiteral("The provided signature value did not match the "
                                               "expected signature value."),
                                shownThumbprint, found);
    return checkClaims(jwt->claims, clientId);
}

AssertionProblem AssertionVerifier::checkClaims(const QJsonObject &claims,
                                                const QString &clientId) const
{
    if (claims.value(QStringLiteral("iss")).toString() != clientId
        || claims.value(QStringLiteral("sub")).toString() != clientId)
        return {700021,
                QStringLiteral("Client assertion application identifier doesn't match "
                               "'client_id' parameter. Review the documentation at "
                               "https://docs.microsoft.com/azure/active-directory/develop/"
                               "active-directory-certificate-credentials .")};
    if (claims.value(QStringLiteral("aud")).toString().compare(m_audience, Qt::CaseInsensitive)
        != 0)
        return {700023,
                QStringLiteral("Client assertion audience claim does not match Realm issuer. "
                               "Review the documentation at https://docs.microsoft.com/azure/"
                               "active-directory/develop/active-directory-certificate-credentials "
                               ".")};
    // A missing nbf reads as 1970, a missing exp as already expired, as on the real service.
    const qint64 nbf = claims.value(QStringLiteral("nbf")).toVariant().toLongLong();
    const qint64 exp = claims.value(QStringLiteral("exp")).toVariant().toLongLong();
    const qint64 now = m_now.toSecsSinceEpoch();
    if (exp <= now || nbf > now + ClockSkewSeconds)
        return {700024,
                QStringLiteral("Client assertion is not within its valid time range. Current "
                               "time: %1, assertion valid from %2, expiry time of assertion %3. "
                               "Review the documentation at https://learn.microsoft.com/entra/"
                               "identity-platform/certificate-credentials")
                        .arg(serviceTime(m_now),
                             serviceTime(QDateTime::fromSecsSinceEpoch(nbf, QTimeZone::utc())),
                             serviceTime(QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc())))};
    if (claims.value(QStringLiteral("jti")).toString().isEmpty())
        return malformed();
    return {};
}

} // namespace rc::emu
