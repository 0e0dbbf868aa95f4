#include "cli/AccountCommand.h"

#include "auth/SecretStore.h"
#include "auth/TokenCache.h"
#include "cli/CliSignIn.h"
#include "cli/ConnectionOptions.h"
#include "cli/Console.h"
#include "revocation/StatusMessage.h"

namespace rc::cli {

AccountCommand::AccountCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_exit(this)
{ }

AccountCommand::~AccountCommand() = default;

void AccountCommand::start(std::function<void(ExitCode)> onExit)
{
    m_exit.setHandler(std::move(onExit));
    if (m_options.demo) {
        Console::err(tr("The demo tenant lives only as long as one run: there is nothing to sign "
                        "in to or out of. Use revoke --demo or open the window with --demo."));
        exit(ExitCode::Usage);
        return;
    }
    m_settings = std::make_unique<Settings>();
    const auto profile = resolveProfile(m_options, *m_settings);
    const auto settings = profile ? connectionSettingsFor(profile.value())
                                  : Result<ConnectionSettings>(profile.error());
    if (!settings) {
        Console::err(settings.error().message);
        exit(ExitCode::Usage);
        return;
    }
    m_tenant = profile.value().tenant;
    m_keychain = std::make_unique<SecretStore>();
    m_connection = std::make_unique<TenantConnection>(settings.value(), m_keychain.get());
    connect(&m_connection->tokenCache(), &TokenCache::keychainProblem, this,
            [this] { m_keychainFailed = true; });
    m_signIn = std::make_unique<CliSignIn>(*m_connection, profile.value());
    if (m_options.verb == QLatin1String("signout"))
        signOut();
    else
        signIn();
}

void AccountCommand::signIn()
{
    m_signIn->signInInteractively([this](Result<QString> account) {
        if (!account) {
            Console::err(account.error().message);
            exit(exitCodeFor(
                    RevocationOutcome::fromError(Channel::Entra, QString(), account.error()).kind));
            return;
        }
        if (auto stored = m_settings->profile(TenantProfile::idFor(m_tenant))) {
            stored->lastAccount = account.value();
            m_settings->saveProfile(*stored);
        }
        Console::out(tr("Signed in to %1 as %2.").arg(m_tenant, account.value()));
        exitWhenStored(ExitCode::Success);
    });
}

void AccountCommand::signOut()
{
    SignInSession &session = m_connection->session();
    connect(&session, &SignInSession::signedOut, this, [this] {
        if (m_keychainFailed) {
            Console::err(
                    tr("The keychain items of %1 could not be deleted; see above.").arg(m_tenant));
            exit(ExitCode::SignInFailed);
            return;
        }
        Console::out(tr("Signed out of %1: the system keychain no longer holds its sign-in.")
                             .arg(m_tenant));
        exit(ExitCode::Success);
    });
    session.signOut();
}

void AccountCommand::exitWhenStored(ExitCode code)
{
    m_exit.whenStored(&m_connection->tokenCache(), code, [this] {
        if (!m_keychainFailed)
            Console::err(tr("The sign-in is kept in the system keychain for the next run."));
    });
}

void AccountCommand::exit(ExitCode code)
{
    m_exit.now(code);
}

} // namespace rc::cli
