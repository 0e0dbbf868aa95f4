#pragma once
// `revoke-console signin` and `signout` for the --tenant profile. signin always asks (device
// code, browser or certificate, from --auth or the profile) and keeps the result in the system
// keychain; signout deletes the profile's keychain items. Both wait for the keychain to answer
// before the process exits.

#include "cli/CliOptions.h"
#include "cli/CommandExit.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rc {
class SecretStore;
class Settings;
class TenantConnection;
} // namespace rc

namespace rc::cli {

class CliSignIn;

class AccountCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCommand)
public:
    explicit AccountCommand(CliOptions options, QObject *parent = nullptr);
    ~AccountCommand() override;

    void start(std::function<void(ExitCode)> onExit);

private:
    void signIn();
    void signOut();
    void exitWhenStored(ExitCode code);
    void exit(ExitCode code);

    CliOptions m_options;
    CommandExit m_exit;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<CliSignIn> m_signIn;
    QString m_tenant;
    bool m_keychainFailed = false;
};

} // namespace rc::cli
