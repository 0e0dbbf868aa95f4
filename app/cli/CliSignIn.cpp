#include "cli/CliSignIn.h"

#include "auth/TokenCache.h"
#include "cli/Console.h"
#include "core/LocalTime.h"

#include <QProcess>

namespace rc::cli {

CliSignIn::CliSignIn(TenantConnection &connection, TenantProfile profile, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_profileSignIn(std::move(profile), connection.session())
{
    SignInSession &session = m_connection.session();
    connect(&session, &SignInSession::deviceCodeIssued, this,
            [](const QString &, const QUrl &, const QString &message, const QDateTime &expiresAt) {
                Console::err(message);
                Console::err(tr("The code works until %1.").arg(localShortTime(expiresAt)));
            });
    connect(&session, &SignInSession::authorizeUrlReady, this, [](const QUrl &url, bool opened) {
        Console::err(opened ? tr("Finish signing in in your browser. If it did not open, "
                                 "open this address:\n%1")
                                      .arg(url.toString(QUrl::FullyEncoded))
                            : tr("Open this address in a browser to sign in:\n%1")
                                      .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(&session, &SignInSession::signedIn, this,
            [this](const QString &account) { finish(account); });
    connect(&session, &SignInSession::signInFailed, this, [this](ServiceError error) {
        // Whatever broke the sign-in, it is a sign-in failure (exit 7), unless the network is
        // to blame (exit 8).
        if (error.kind != ServiceError::Kind::Network
            && error.kind != ServiceError::Kind::Throttled)
            error.kind = ServiceError::Kind::SignIn;
        finish(error);
    });
    connect(&session, &SignInSession::interactionRequired, this,
            [this](const ServiceError &reason) {
                if (!reason.message.isEmpty())
                    Console::err(reason.message);
                interactive();
            });
    connect(&m_connection.tokenCache(), &TokenCache::keychainProblem, this,
            [](const ServiceError &error) { Console::err(error.message); });
}

void CliSignIn::signIn(Done onDone)
{
    m_onDone = std::move(onDone);
    m_silentTried = true;
    m_profileSignIn.signInSilently();
}

void CliSignIn::signInInteractively(Done onDone)
{
    m_onDone = std::move(onDone);
    interactive();
}

void CliSignIn::interactive()
{
    const TenantProfile &profile = m_profileSignIn.profile();
    SignInSession &session = m_connection.session();
    switch (profile.flow) {
    case SignInFlow::DeviceCode:
        session.signInWithDeviceCode();
        return;
    case SignInFlow::Browser:
        // Without a display there is no browser to open; the address is printed either way.
        // (QDesktopServices needs a GUI application; the command line runs without one.)
        session.signInWithBrowser([](const QUrl &url) {
            return (qEnvironmentVariableIsSet("DISPLAY")
                    || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
                    && QProcess::startDetached(QStringLiteral("xdg-open"),
                                               {url.toString(QUrl::FullyEncoded)});
        });
        return;
    case SignInFlow::Certificate: {
        SecretBytes passphrase;
        const Console::SecretLine read = Console::askSecret(
                tr("Passphrase for %1 (empty if none): ").arg(profile.certificatePath),
                &passphrase);
        if (read == Console::SecretLine::TooLong) {
            finish(ServiceError::make(
                    ServiceError::Kind::InvalidInput,
                    tr("The passphrase is longer than %1 bytes, so it was refused. Nothing was "
                       "sent.")
                            .arg(Console::MaxSecretBytes)));
            return;
        }
        if (read == Console::SecretLine::EndOfInput && m_silentTried) {
            finish(ServiceError::make(
                    ServiceError::Kind::SignIn,
                    tr("The certificate's passphrase is not in the keychain. Run: revoke-console "
                       "signin --tenant %1 --auth certificate")
                            .arg(profile.tenant)));
            return;
        }
        m_profileSignIn.signInWithCertificate(std::move(passphrase));
        return;
    }
    }
}

void CliSignIn::finish(Result<QString> result)
{
    if (auto done = std::move(m_onDone)) {
        m_onDone = nullptr;
        done(std::move(result));
    }
}

} // namespace rc::cli
