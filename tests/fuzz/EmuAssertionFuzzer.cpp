// The emulator's client-assertion check (app/emulator/AssertionVerifier), fed whatever a client
// posts as client_assertion. The first byte chooses: a raw assertion (its parsing and the
// thumbprint lookup), or claims JSON that the target signs with a certificate the tenant knows,
// so that the claim checks (iss, sub, aud, nbf, exp, jti) are reached as well.

#include "FuzzSupport.h"
#include "auth/CertificateCredential.h"
#include "emulator/AssertionVerifier.h"
#include "support/TestCertificate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr char ClientId[] = "00000000-0000-0000-0000-00000000f022";
const QString Audience
        = QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/"
                         "token");

struct Signer
{
    rc::test::TestCertificate certificate;
    rc::emu::DemoTenant tenant;
    std::optional<rc::CertificateCredential> credential;

    Signer()
    {
        tenant.registerCertificate(QLatin1String(ClientId), certificate.certificatePem());
        auto loaded = rc::CertificateCredential::load(certificate.writePem(), {});
        rc::fuzz::check(loaded.ok(), "the fuzzer's own certificate loads");
        credential.emplace(std::move(loaded).value());
    }
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    static Signer signer;
    if (size < 1)
        return 0;
    const QByteArray input = rc::fuzz::bytes(data + 1, size - 1);
    const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const rc::emu::AssertionVerifier verifier(signer.tenant, Audience, now);

    QByteArray assertion = input;
    const bool signedClaims = data[0] & 1;
    if (signedClaims) {
        const bool pss = data[0] & 2;
        const QJsonObject header {
                {QStringLiteral("alg"), pss ? QStringLiteral("PS256") : QStringLiteral("RS256")},
                {QStringLiteral("typ"), QStringLiteral("JWT")},
                {pss ? QStringLiteral("x5t#S256") : QStringLiteral("x5t"),
                 QString::fromLatin1(pss ? signer.credential->x5tS256()
                                         : signer.credential->x5t())}};
        const QByteArray signingInput
                = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                + base64Url(input);
        const auto signature
                = signer.credential->sign(signingInput,
                                          pss ? rc::CertificateCredential::Algorithm::PS256
                                              : rc::CertificateCredential::Algorithm::RS256);
        check(signature.ok(), "the fuzzer's key signs");
        assertion = signingInput + '.' + base64Url(signature.value());
    }
    const rc::emu::AssertionProblem problem = verifier.verify(assertion, QLatin1String(ClientId));
    check(problem.isNone() == problem.text.isEmpty(), "a refusal has Entra's text");
    if (problem.isNone()) {
        check(signedClaims, "only an assertion signed with an uploaded key is accepted");
        const QJsonObject claims = QJsonDocument::fromJson(input).object();
        check(claims.value(QLatin1String("iss")).toString() == QLatin1String(ClientId)
                      && claims.value(QLatin1String("sub")).toString() == QLatin1String(ClientId),
              "an accepted assertion is issued by and about the client");
        check(claims.value(QLatin1String("aud")).toString().compare(Audience, Qt::CaseInsensitive)
                      == 0,
              "an accepted assertion is addressed to the token endpoint");
        check(!claims.value(QLatin1String("jti")).toString().isEmpty(),
              "an accepted assertion has a jti");
    }
    return 0;
}
