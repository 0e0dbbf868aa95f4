#include "profile/ProfileSignIn.h"

#include "auth/CertificateCredential.h"
#include "auth/TokenCache.h"
#include "core/Deferred.h"

#include <QCoreApplication>

namespace rc {

Result<ConnectionSettings> connectionSettingsFor(const TenantProfile &profile)
{
    const auto cloud = profile.endpoints();
    if (!cloud)
        return cloud.error();
    const auto tenant = Tenant::parse(profile.tenant);
    if (!tenant)
        return tenant.error();
    return ConnectionSettings {cloud.value(), tenant.value(), profile.clientId, profile.id};
}

ProfileSignIn::ProfileSignIn(TenantProfile profile, SignInSession &session, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_session(session)
{
    connect(&m_session, &SignInSession::signedIn, this, [this] {
        if (!m_pendingPassphrase.isEmpty() && m_session.tokenCache())
            m_session.tokenCache()->savePassphrase(m_pendingPassphrase);
        m_pendingPassphrase.wipe();
    });
    connect(&m_session, &SignInSession::signInFailed, this, [this] { m_pendingPassphrase.wipe(); });
}

void ProfileSignIn::signInSilently()
{
    if (m_profile.flow != SignInFlow::Certificate) {
        m_session.signInSilently();
        return;
    }
    TokenCache *cache = m_session.tokenCache();
    if (!cache) {
        useCertificate(SecretBytes(), true);
        return;
    }
    cache->loadPassphrase(this, [this](std::optional<SecretBytes> passphrase) {
        useCertificate(passphrase ? std::move(*passphrase) : SecretBytes(), true);
    });
}

void ProfileSignIn::signInWithCertificate(SecretBytes passphrase)
{
    useCertificate(passphrase, false);
    if (!passphrase.isEmpty())
        m_pendingPassphrase = std::move(passphrase);
}

void ProfileSignIn::useCertificate(const SecretBytes &passphrase, bool fromKeychain)
{
    auto certificate = CertificateCredential::load(m_profile.certificatePath, passphrase);
    if (!certificate) {
        // Silent: a passphrase that is missing or no longer fits means asking the person.
        const ServiceError error = certificate.error();
        answerLater(this, this, [this, error, fromKeychain] {
            if (fromKeychain)
                Q_EMIT m_session.interactionRequired(error);
            else
                Q_EMIT m_session.signInFailed(error);
        });
        return;
    }
    m_session.signInWithCertificate(
            std::make_shared<const CertificateCredential>(std::move(certificate).value()));
}

} // namespace rc
