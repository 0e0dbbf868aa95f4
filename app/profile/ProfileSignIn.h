#pragma once
// Signs a tenant profile in the way the profile says: silently from the keychain when it can
// (a refresh token, or the certificate's passphrase), otherwise with the flow the caller picks.
// The window and the CLI share it, so both behave alike: one SignInSession, one TokenCache.

#include "auth/SignInSession.h"
#include "connection/TenantConnection.h"
#include "profile/TenantProfile.h"

namespace rc {

class TokenCache;

// The connection a profile describes (cloud, tenant, client id, keychain key).
Result<ConnectionSettings> connectionSettingsFor(const TenantProfile &profile);

class ProfileSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSignIn)
public:
    ProfileSignIn(TenantProfile profile, SignInSession &session, QObject *parent = nullptr);

    const TenantProfile &profile() const { return m_profile; }

    // Delegated: the keychain's refresh token. Certificate: the keychain's passphrase (or none,
    // for a key that has none). Ends in the session's signedIn, interactionRequired or
    // signInFailed.
    void signInSilently();
    // Loads the profile's certificate with this passphrase; once the tenant accepted it, the
    // passphrase goes to the keychain for the next run.
    void signInWithCertificate(SecretBytes passphrase);

private:
    void useCertificate(const SecretBytes &passphrase, bool fromKeychain);

    TenantProfile m_profile;
    SignInSession &m_session;
    SecretBytes m_pendingPassphrase; // saved only after the tenant accepted the certificate
};

} // namespace rc
