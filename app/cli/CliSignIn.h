#pragma once
// Signing in on the command line, for `revoke` and `signin`: silently from the keychain when that
// is allowed and works, otherwise with the profile's interactive flow — a device code on stderr
// (a terminal may have no browser) unless the profile or --auth says browser; for a certificate,
// the passphrase is asked once (no echo; from a pipe, its first line) and then kept in the
// keychain. Keychain trouble is printed once and the run goes on with memory only.

#include "profile/ProfileSignIn.h"

#include <QObject>

namespace rc::cli {

class CliSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSignIn)
public:
    using Done = std::function<void(Result<QString>)>; // the account, or why not

    CliSignIn(TenantConnection &connection, TenantProfile profile, QObject *parent = nullptr);

    void signIn(Done onDone); // silent first
    void signInInteractively(Done onDone); // never silent: the `signin` verb

private:
    void interactive();
    void finish(Result<QString> result);

    TenantConnection &m_connection;
    ProfileSignIn m_profileSignIn;
    Done m_onDone;
    bool m_silentTried = false;
};

} // namespace rc::cli
