#include "containment/Restore.h"

#include "containment/EnabledWrites.h"

namespace rc {

Restore::Restore(ContainmentClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AuditRecord Restore::subject(const QString &action) const
{
    AuditRecord r;
    r.action = action;
    r.targetUpn = m_report.typedUser;
    r.targetObjectId = m_user.id;
    r.channel = channelName(Channel::Entra);
    r.preview = m_report.preview;
    return r;
}

void Restore::run(const User &user, const QString &typedUser, const QString &tenant, bool preview)
{
    m_write.cancel();
    m_user = user;
    m_tenant = tenant;
    m_report = {};
    m_report.typedUser = typedUser;
    m_report.preview = preview;
    m_running = true;
    if (!m_trail) { // no record, no action
        stop(ServiceError::make(ServiceError::Kind::Configuration,
                                tr("The audit log is not open, so nothing can be restored.")));
        return;
    }
    unblock();
}

void Restore::cancel()
{
    if (!m_running)
        return;
    m_write.cancel();
    m_running = false;
    emit finished(m_report);
}

void Restore::endStep(const ContainmentStepResult &step)
{
    m_report.steps.append(step);
    emit stepFinished(step);
}

void Restore::stop(const ServiceError &error)
{
    ContainmentStepResult step;
    step.kind = m_report.steps.isEmpty() ? ContainmentStepKind::UnblockSignIn
                                         : ContainmentStepKind::EnableDevices;
    step.state = State::Failed;
    step.message = AuditLog::beforeSending(error).message;
    endStep(step);
    m_running = false;
    emit finished(m_report);
}

void Restore::unblock()
{
    ContainmentStepResult step;
    step.kind = ContainmentStepKind::UnblockSignIn;
    const AuditRecord row = subject(AuditRecord::UnblockSignIn);
    const Result<bool> blockedHere = m_trail->log().signInBlockedByThisApp(m_tenant, m_user.id);
    if (!blockedHere) {
        stop(blockedHere.error());
        return;
    }
    const auto next = [this] {
        // Refresh tokens invalidated by the revocation stay invalid: there is nothing to undo.
        ContainmentStepResult sessions;
        sessions.kind = ContainmentStepKind::RevokedSessionsStay;
        sessions.state = State::Skipped;
        sessions.message = tr("A revoked session cannot come back: %1 signs in again.")
                                   .arg(m_report.typedUser);
        endStep(sessions);
        const auto devices = m_trail->log().devicesDisabledByThisApp(m_tenant, m_user.id);
        if (!devices) {
            stop(devices.error());
            return;
        }
        m_devices = {};
        m_devices.kind = ContainmentStepKind::EnableDevices;
        for (const AuditObject &d : devices.value()) {
            Device device;
            device.id = d.id;
            device.displayName = d.name;
            m_devices.devices.append({device, State::Failed, QString()});
        }
        enableDevice(0);
    };
    if (!blockedHere.value() || m_user.accountEnabled != false) {
        step.state = State::Skipped;
        step.message = m_user.accountEnabled != false
                ? tr("Sign-in is not blocked.")
                : tr("Sign-in was not blocked by Revoke Console: it is left as it is.");
        CheckedWrite::recordEnded(m_trail, row, step.state, step.message);
        endStep(step);
        next();
        return;
    }
    if (m_report.preview) {
        step.state = State::Preview;
        step.message = tr("Would unblock sign-in for %1.").arg(m_report.typedUser);
        CheckedWrite::recordEnded(m_trail, row, step.state, step.message);
        endStep(step);
        next();
        return;
    }
    const QString id = m_user.id;
    const auto unrecorded
            = m_write.run(m_trail, row, enabledWrites::setUser(m_client, this, id, true),
                          enabledWrites::userReads(m_client, this, id, true),
                          {tr("Sign-in unblocked, and read back."),
                           tr("Unblocking was accepted, but the account still reads as blocked."),
                           tr("Unblocking was accepted, but reading it back failed: %1")},
                          [this, step, next](const CheckedWrite::Outcome &o) mutable {
                              step.state = o.state;
                              step.message = o.message;
                              step.correlationId = o.correlationId;
                              endStep(step);
                              next();
                          });
    if (unrecorded)
        stop(*unrecorded);
}

void Restore::enableDevice(int index)
{
    if (index >= m_devices.devices.size()) {
        State state = State::Skipped;
        int done = 0;
        for (const auto &d : m_devices.devices) {
            state = worstOf(state, d.state);
            done += d.state == State::Verified ? 1 : 0;
        }
        m_devices.state = state;
        if (m_devices.devices.isEmpty())
            m_devices.message
                    = tr("Revoke Console disabled no device of %1.").arg(m_report.typedUser);
        else if (state == State::Preview)
            m_devices.message = tr("Would enable %1 of the devices Revoke Console disabled.")
                                        .arg(m_devices.devices.size());
        else
            m_devices.message = tr("%1 of %2 devices enabled and read back.")
                                        .arg(done)
                                        .arg(m_devices.devices.size());
        if (m_devices.devices.isEmpty())
            CheckedWrite::recordEnded(m_trail, subject(AuditRecord::EnableDevice), State::Skipped,
                                      m_devices.message);
        endStep(m_devices);
        m_running = false;
        emit finished(m_report);
        return;
    }
    const Device &device = m_devices.devices.at(index).device;
    AuditRecord row = subject(AuditRecord::EnableDevice);
    row.objectId = device.id;
    row.objectName = device.displayName;
    if (m_report.preview) {
        m_devices.devices[index].state = State::Preview;
        m_devices.devices[index].message = tr("Would enable %1.").arg(device.label());
        CheckedWrite::recordEnded(m_trail, row, State::Preview, m_devices.devices[index].message);
        enableDevice(index + 1);
        return;
    }
    const QString id = device.id;
    const auto unrecorded
            = m_write.run(m_trail, row, enabledWrites::setDevice(m_client, this, id, true),
                          enabledWrites::deviceReads(m_client, this, id, true),
                          {tr("Enabled, and read back."),
                           tr("Enabling was accepted, but the device still reads as disabled."),
                           tr("Enabling was accepted, but reading it back failed: %1")},
                          [this, index](const CheckedWrite::Outcome &o) {
                              m_devices.devices[index].state = o.state;
                              m_devices.devices[index].message = o.message;
                              enableDevice(index + 1);
                          });
    if (unrecorded)
        stop(*unrecorded);
}

} // namespace rc
