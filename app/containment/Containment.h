#pragma once
// One containment of a compromised account, the steps in Microsoft's order: block sign-in (PATCH
// accountEnabled, read back), revoke sessions through Entra (verified as a revocation is), disable
// each registered device (PATCH, read back). Each step is an audited action (Started row before
// anything is sent, outcome row after) carrying the trail's reason. A refused or failed step does
// not stop the ones after it: a synced user's block is refused, and the sessions are still revoked
// and the devices disabled. Only an audit log that cannot be written stops the run: without a
// record nothing is sent. A preview (--whatif) lists the steps and the device names (a read) and
// sends nothing else.

#include "containment/CheckedWrite.h"
#include "containment/ContainmentClient.h"
#include "containment/ContainmentStep.h"
#include "revocation/AuditedRevocation.h"

#include <QObject>

namespace rc {

struct ContainmentReport
{
    QString typedUser;
    bool preview = false;
    QList<ContainmentStepResult> steps;
    QDateTime revokedAt; // the verified "sessions valid from" after the revocation; else invalid

    // Every step done (verified, or nothing to do) or previewed.
    bool isComplete() const;
};

class Containment final : public QObject
{
    Q_OBJECT
public:
    Containment(Revoker &revoker, ContainmentClient &client, QObject *parent = nullptr);
    ~Containment() override;

    // Null: nothing may be sent (previews still run).
    void setAuditTrail(AuditTrail *trail);

    // target: resolved on the Entra channel, with the user and their roles.
    void run(const RevokeTarget &target, bool preview);
    bool isRunning() const { return m_running; }
    // Stops after the request under way: its row says Cancelled, the later steps are not taken.
    void cancel();

signals:
    void stepFinished(const rc::ContainmentStepResult &step);
    void finished(const rc::ContainmentReport &report);

private:
    using State = ContainmentStepResult::State;

    void block();
    void revoke();
    void listDevices();
    void disableDevice(int index);
    void finishDevices();
    void endStep(ContainmentStepResult step);
    void stopUnrecorded(const ServiceError &error);

    // The row every record of this run starts from: the user, the channel, the action.
    AuditRecord subject(const QString &action) const;
    ContainmentStepResult stepResult(ContainmentStepKind kind, State state, QString message,
                                     QString whoCan = {}) const;

    Revoker &m_revoker;
    ContainmentClient &m_client;
    AuditedRevocation m_revocation;
    AuditTrail *m_trail = nullptr;
    RevokeTarget m_target;
    ContainmentReport m_report;
    ContainmentStepResult m_devices;
    CheckedWrite m_write; // the block or device write under way
    Call m_call;
    bool m_running = false;
};

} // namespace rc
