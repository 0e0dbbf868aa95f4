// PKCE (RFC 7636) for the browser sign-in: the verifier's alphabet and length, the S256 challenge,
// and that every attempt gets a fresh verifier.
#include "auth/Pkce.h"
#include "auth/AadErrorText.h"
#include "auth/BrowserSignIn.h"
#include "support/QtPrinters.h"

#include <QCryptographicHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace rc;

namespace {
bool onlyUnreserved(const QByteArray &text)
{
    for (const char c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '_'
            && c != '~')
            return false;
    }
    return true;
}
} // namespace

TEST(Pkce, VerifierIs43To128UnreservedCharacters)
{
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        const QByteArray verifier = pkce.verifier().view();
        EXPECT_GE(verifier.size(), 43);
        EXPECT_LE(verifier.size(), 128);
        EXPECT_TRUE(onlyUnreserved(verifier)) << verifier.toStdString();
        EXPECT_TRUE(Pkce::isValidVerifier(verifier));
    }
}

TEST(Pkce, ChallengeIsTheRfc7636AppendixBVector)
{
    auto pkce = Pkce::fromVerifier(SecretBytes("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    ASSERT_TRUE(pkce.ok());
    EXPECT_EQ(pkce.value().challenge(), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    EXPECT_EQ(Pkce::method(), QStringLiteral("S256"));
}

TEST(Pkce, ChallengeOfAGeneratedVerifierIsUnpaddedBase64UrlOfSha256)
{
    const Pkce pkce = Pkce::generate();
    const QByteArray challenge = pkce.challenge();
    EXPECT_EQ(challenge.size(), 43); // 32 bytes of SHA-256, base64url, no '='
    EXPECT_FALSE(challenge.contains('=') || challenge.contains('+') || challenge.contains('/'));
    EXPECT_EQ(QByteArray::fromBase64(challenge, QByteArray::Base64UrlEncoding),
              QCryptographicHash::hash(pkce.verifier().view(), QCryptographicHash::Sha256));
}

TEST(Pkce, EveryAttemptGetsAFreshVerifier)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(Pkce::generate().verifier().view());
    EXPECT_EQ(seen.size(), 200);
    EXPECT_NE(Pkce::generate().challenge(), Pkce::generate().challenge());
}

TEST(Pkce, RefusesVerifiersOutsideTheRfc)
{
    EXPECT_FALSE(Pkce::fromVerifier(SecretBytes(QByteArray(42, 'a'))).ok()); // too short
    EXPECT_FALSE(Pkce::fromVerifier(SecretBytes(QByteArray(129, 'a'))).ok()); // too long
    EXPECT_TRUE(Pkce::fromVerifier(SecretBytes(QByteArray(43, 'a'))).ok());
    EXPECT_TRUE(Pkce::fromVerifier(SecretBytes(QByteArray(128, '~'))).ok());
    const QByteArray base(43, 'a');
    for (const char bad : {'+', '/', '=', ' ', '%', '\0'}) {
        QByteArray verifier = base;
        verifier[10] = bad;
        EXPECT_FALSE(Pkce::isValidVerifier(verifier)) << int(bad);
    }
}

TEST(Pkce, WipeEmptiesTheVerifier)
{
    Pkce pkce = Pkce::generate();
    pkce.wipe();
    EXPECT_TRUE(pkce.verifier().isEmpty());
}

TEST(AuthorizeRedirectError, AccessDeniedIsASignInErrorWithItsCodeAndCorrelationId)
{
    const ServiceError e = authorizeRedirectError(
            QStringLiteral("access_denied"),
            QStringLiteral("AADSTS65004: User declined to consent to access the app.\r\nTrace ID: "
                           "t\r\nCorrelation ID: 0f9a3c1e-1b2c-4d5e-8f90-123456789abc\r\n"
                           "Timestamp: 2026-01-05 08:00:00Z"));
    EXPECT_EQ(e.kind, ServiceError::Kind::SignIn);
    EXPECT_EQ(e.serviceCode, QStringLiteral("AADSTS65004"));
    EXPECT_EQ(e.correlationId, QStringLiteral("0f9a3c1e-1b2c-4d5e-8f90-123456789abc"));
    EXPECT_EQ(e.message, aadMessage(65004, QStringLiteral("access_denied")));
    EXPECT_NE(e.message, aadMessage(0, QString())); // not the generic "sign-in failed"
    EXPECT_EQ(e.detail,
              QStringLiteral("access_denied: AADSTS65004: User declined to consent to access the "
                             "app."));
}

TEST(AuthorizeRedirectError, KnownAadstsCodeWinsOverTheOAuthError)
{
    const ServiceError e = authorizeRedirectError(
            QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS53003: Access has been blocked by Conditional Access policies."));
    EXPECT_EQ(e.serviceCode, QStringLiteral("AADSTS53003"));
    EXPECT_EQ(e.message, aadMessage(53003, QString()));
    // Errors only the authorize step sends get their own sentence when aadMessage has none.
    for (const char *error : {"server_error", "interaction_required", "consent_required"}) {
        const ServiceError plain = authorizeRedirectError(QString::fromLatin1(error), QString());
        EXPECT_EQ(plain.serviceCode, QString::fromLatin1(error));
        EXPECT_NE(plain.message, aadMessage(0, QString())) << error;
    }
}

// A hostile redirect's "error" may carry anything; only RFC 6749's error characters reach the
// service code and the detail line (no line break to forge a second log or audit line).
TEST(AuthorizeRedirectError, TheErrorCodeKeepsOnlyRfc6749Characters)
{
    const ServiceError e = authorizeRedirectError(
            QStringLiteral("access_denied\r\nOutcome: Success\"\\\x01") + QString(200, u'x'),
            QString());
    EXPECT_FALSE(e.serviceCode.contains(QLatin1Char('\n')));
    EXPECT_FALSE(e.serviceCode.contains(QLatin1Char('\r')));
    EXPECT_FALSE(e.serviceCode.contains(QLatin1Char('"')));
    EXPECT_FALSE(e.detail.contains(QLatin1Char('\n')));
    EXPECT_TRUE(e.serviceCode.startsWith(QStringLiteral("access_deniedOutcome: Success")));
    EXPECT_LE(e.serviceCode.size(), 64);
}
