#pragma once
// Undoes what a containment by this app did, and nothing else: re-enables sign-in if this app
// blocked it, and the devices this app disabled, both known from the audit log; each write is
// read back and audited (UnblockSignIn, EnableDevice) with the reason. A revoked session cannot
// come back: the report says so, and the user simply signs in again.

#include "audit/AuditLog.h"
#include "containment/CheckedWrite.h"
#include "containment/Containment.h"

#include <QObject>

namespace rc {

class Restore final : public QObject
{
    Q_OBJECT
public:
    explicit Restore(ContainmentClient &client, QObject *parent = nullptr);

    // Rows are written to the trail, and what to undo is read from its log. Null: nothing is
    // sent.
    void setAuditTrail(AuditTrail *trail) { m_trail = trail; }
    // user: looked up just now (its accountEnabled is current); tenant: as the audit log names it.
    void run(const User &user, const QString &typedUser, const QString &tenant, bool preview);
    void cancel();

signals:
    void stepFinished(const rc::ContainmentStepResult &step);
    void finished(const rc::ContainmentReport &report);

private:
    using State = ContainmentStepResult::State;

    void unblock();
    void enableDevice(int index);
    void endStep(const ContainmentStepResult &step);
    AuditRecord subject(const QString &action) const;
    void stop(const ServiceError &error);

    ContainmentClient &m_client;
    AuditTrail *m_trail = nullptr;
    User m_user;
    QString m_tenant;
    ContainmentReport m_report;
    ContainmentStepResult m_devices;
    CheckedWrite m_write;
    bool m_running = false;
};

} // namespace rc
