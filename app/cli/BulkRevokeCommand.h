#pragma once
// `revoke-console revoke --csv FILE`: signs out everyone in a list. Reads the list (a bad file is
// refused before anything is sent), signs in as `revoke --user` does, reviews every row (read
// only), then previews (--whatif) or asks once (a terminal, or --yes) and runs the list through
// a BulkSession: progress on stderr, the summary on stdout, one result per row in --results. A run
// interrupted earlier resumes; the same list run by another process at the time is refused (5)
// before signing in. Exit 0 when every row was revoked, 9 when the run completed but some were
// not, 8 when it gave up on the network (7 on the sign-in), 2 for bad input, 1 when the operator
// declined.

#include "bulk/BulkSession.h"
#include "bulk/UpnList.h"
#include "cli/BulkProgressLine.h"
#include "cli/CliOptions.h"
#include "cli/CommandExit.h"
#include "connection/TenantConnection.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rc::cli {

class CliSignIn;
class TenantSetup;

class BulkRevokeCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRevokeCommand)
public:
    explicit BulkRevokeCommand(CliOptions options, QObject *parent = nullptr);
    ~BulkRevokeCommand() override;

    // onExit runs exactly once with the process exit code.
    void start(std::function<void(ExitCode)> onExit);

private:
    bool prepare(); // false: already finished (bad input)
    bool openRecords();
    void bindSession();
    void signIn();
    void review();
    void reviewed(const BulkReview &review);
    bool confirmed(const BulkReview &review);
    void finished(const BulkSummary &summary);
    bool writeResults();
    void refuse(const ServiceError &error, ExitCode exitCode);
    void exit(ExitCode code);

    CliOptions m_options;
    Channel m_channel = Channel::Entra;
    CommandExit m_exit;
    std::optional<UpnList> m_list;
    std::unique_ptr<TenantSetup> m_setup;
    std::unique_ptr<TenantConnection> m_connection;
    std::unique_ptr<CliSignIn> m_signIn;
    std::unique_ptr<BulkSession> m_session; // the records, the run, its stages
    BulkProgressLine m_progress;
};

} // namespace rc::cli
