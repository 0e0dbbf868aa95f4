#include "containment/Containment.h"

#include "containment/ContainmentPermission.h"
#include "containment/EnabledWrites.h"
#include "revocation/RevocationAudit.h"

namespace rc {

namespace {

using State = ContainmentStepResult::State;

} // namespace

bool ContainmentReport::isComplete() const
{
    return std::all_of(steps.cbegin(), steps.cend(),
                       [](const ContainmentStepResult &s) { return s.isDone(); });
}

Containment::Containment(Revoker &revoker, ContainmentClient &client, QObject *parent)
    : QObject(parent)
    , m_revoker(revoker)
    , m_client(client)
    , m_revocation(revoker)
{ }

Containment::~Containment()
{
    m_call.cancel();
}

void Containment::setAuditTrail(AuditTrail *trail)
{
    m_trail = trail;
    m_revocation.setAuditTrail(trail);
}

void Containment::run(const RevokeTarget &target, bool preview)
{
    m_call.cancel();
    m_target = target;
    m_report = {};
    m_report.typedUser = target.typedUser;
    m_report.preview = preview;
    m_running = true;
    block();
}

void Containment::cancel()
{
    if (!m_running)
        return;
    m_call.cancel();
    m_revocation.cancel();
    m_write.cancel();
    m_running = false;
    emit finished(m_report);
}

AuditRecord Containment::subject(const QString &action) const
{
    AuditRecord r = revocationAudit::subject(m_target);
    r.action = action;
    r.preview = m_report.preview;
    return r;
}

ContainmentStepResult Containment::stepResult(ContainmentStepKind kind, State state,
                                              QString message, QString whoCan) const
{
    ContainmentStepResult r;
    r.kind = kind;
    r.state = state;
    r.message = std::move(message);
    r.whoCan = std::move(whoCan);
    return r;
}

void Containment::endStep(ContainmentStepResult step)
{
    m_report.steps.append(step);
    emit stepFinished(step);
    switch (step.kind) {
    case ContainmentStepKind::BlockSignIn:
        revoke();
        return;
    case ContainmentStepKind::RevokeSessions:
        listDevices();
        return;
    case ContainmentStepKind::DisableDevices:
    default: // restore's steps never run here
        m_running = false;
        emit finished(m_report);
        return;
    }
}

void Containment::stopUnrecorded(const ServiceError &error)
{
    // No record, no action: the remaining steps are not taken.
    const ServiceError e = AuditLog::beforeSending(error);
    for (ContainmentStepKind kind :
         {ContainmentStepKind::BlockSignIn, ContainmentStepKind::RevokeSessions,
          ContainmentStepKind::DisableDevices}) {
        const bool taken = std::any_of(m_report.steps.cbegin(), m_report.steps.cend(),
                                       [kind](const auto &s) { return s.kind == kind; });
        if (!taken) {
            m_report.steps.append(stepResult(kind, State::Failed, e.message));
            emit stepFinished(m_report.steps.last());
        }
    }
    m_running = false;
    emit finished(m_report);
}

void Containment::block()
{
    const ContainmentStepKind kind = ContainmentStepKind::BlockSignIn;
    const User &user = *m_target.user;
    const AuditRecord row = subject(AuditRecord::BlockSignIn);
    if (user.accountEnabled == false) {
        const QString why = tr("Sign-in was already blocked.");
        CheckedWrite::recordEnded(m_trail, row, State::Skipped, why);
        endStep(stepResult(kind, State::Skipped, why));
        return;
    }
    const RevokeVerdict verdict
            = ContainmentPermission::block(m_revoker.operatorGrant(), m_target.roles);
    if (verdict.isRefused()) {
        CheckedWrite::recordEnded(m_trail, row, State::Refused, verdict.reason);
        endStep(stepResult(kind, State::Refused, verdict.reason, verdict.whoCan));
        return;
    }
    if (m_report.preview) {
        const QString what = tr("Would block sign-in for %1.").arg(m_target.typedUser);
        CheckedWrite::recordEnded(m_trail, row, State::Preview, what);
        endStep(stepResult(kind, State::Preview, what));
        return;
    }
    const QString id = user.id;
    const bool synced = user.onPremisesSyncEnabled == true;
    CheckedWrite::Words words {tr("Sign-in blocked, and read back."),
                               tr("Blocking was accepted, but the account still reads as enabled."),
                               tr("Blocking was accepted, but reading it back failed: %1")};
    // Microsoft's Connect FAQ: an account enabled on-premises can undo a cloud block at the next
    // sync.
    if (synced)
        words.done += QLatin1Char(' ')
                + tr("The account is synced from on-premises Active Directory: block it there "
                     "too, or sync may undo this.");
    const auto unrecorded = m_write.run(
            m_trail, row, enabledWrites::setUser(m_client, this, id, false),
            enabledWrites::userReads(m_client, this, id, false), words,
            [this, verdict](const CheckedWrite::Outcome &o) {
                QString who;
                if (o.state == State::Refused && o.error
                    && CheckedWrite::isMasteredOnPremises(*o.error))
                    who = tr("an on-premises Active Directory administrator");
                else if (o.state == State::Refused)
                    who = verdict.whoCan.isEmpty()
                            ? ContainmentPermission::whoCanBlock(m_target.roles.holdsAnyRole())
                            : verdict.whoCan;
                ContainmentStepResult step
                        = stepResult(ContainmentStepKind::BlockSignIn, o.state, o.message, who);
                step.correlationId = o.correlationId;
                endStep(step);
            });
    if (unrecorded)
        stopUnrecorded(*unrecorded);
}

void Containment::revoke()
{
    const RevokeVerdict verdict = m_revoker.verdict(m_target);
    const auto done = [this](const RevocationOutcome &outcome) {
        State state = State::Failed;
        QString who;
        if (outcome.kind == RevocationOutcome::Kind::Preview)
            state = State::Preview;
        else if (outcome.isSuccess() && outcome.verified)
            state = State::Verified;
        else if (outcome.kind == RevocationOutcome::Kind::NotConfirmed)
            state = State::NotVerified;
        else if (outcome.kind == RevocationOutcome::Kind::NotPermitted
                 || outcome.kind == RevocationOutcome::Kind::PermissionDenied) {
            state = State::Refused;
            who = outcome.error && !outcome.error->detail.isEmpty()
                    ? outcome.error->detail
                    : RevokePermission::whoCan(Channel::Entra, m_target.roles.holdsAnyRole());
        }
        QString message = outcome.error ? outcome.error->message : QString();
        if (state == State::Verified)
            message = tr("Sessions revoked, and verified: sessions are valid only from %1.")
                              .arg(outcome.sessionsValidFromAfter.toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        else if (state == State::Preview)
            message = tr("Would revoke every session of %1.").arg(m_target.typedUser);
        else if (state == State::NotVerified)
            message = tr("Revocation was accepted, but \"sessions valid from\" did not move.");
        ContainmentStepResult step
                = stepResult(ContainmentStepKind::RevokeSessions, state, message, who);
        step.correlationId = outcome.correlationId;
        step.revocation = outcome;
        if (state == State::Verified)
            m_report.revokedAt = outcome.sessionsValidFromAfter;
        endStep(step);
    };
    if (m_report.preview) {
        const RevocationOutcome preview = Revoker::preview(m_target);
        m_revocation.record(preview);
        done(preview);
        return;
    }
    if (verdict.isRefused()) {
        const RevocationOutcome refused = Revoker::notPermitted(m_target, verdict);
        m_revocation.record(refused);
        done(refused);
        return;
    }
    // Re-read before: the "valid from" to compare with is the one just before the revocation.
    m_revocation.revoke(m_target, this,
                        [done](const RevocationOutcome &outcome,
                               const std::optional<ServiceError> &) { done(outcome); });
}

void Containment::listDevices()
{
    m_devices = stepResult(ContainmentStepKind::DisableDevices, State::Skipped, QString());
    m_call = m_client.registeredDevices(
            m_target.user->id, this, [this](Result<QList<Device>> devices) {
                const AuditRecord row = subject(AuditRecord::DisableDevice);
                if (!devices) {
                    const State state = CheckedWrite::stateForError(devices.error());
                    const QString message = tr("The user's devices could not be listed: %1")
                                                    .arg(devices.error().message);
                    CheckedWrite::recordEnded(m_trail, row, state, message);
                    ContainmentStepResult step = stepResult(
                            ContainmentStepKind::DisableDevices, state, message,
                            state == State::Refused ? ContainmentPermission::whoCanDisableDevices()
                                                    : QString());
                    step.correlationId = devices.error().correlationId;
                    endStep(step);
                    return;
                }
                if (devices.value().isEmpty()) {
                    const QString message
                            = tr("No devices are registered to %1.").arg(m_target.typedUser);
                    CheckedWrite::recordEnded(m_trail, row, State::Skipped, message);
                    endStep(stepResult(ContainmentStepKind::DisableDevices, State::Skipped,
                                       message));
                    return;
                }
                for (const Device &d : devices.value())
                    m_devices.devices.append({d, State::Failed, QString()});
                disableDevice(0);
            });
}

void Containment::disableDevice(int index)
{
    if (index >= m_devices.devices.size()) {
        finishDevices();
        return;
    }
    auto &entry = m_devices.devices[index];
    AuditRecord row = subject(AuditRecord::DisableDevice);
    row.objectId = entry.device.id;
    row.objectName = entry.device.displayName;
    const auto ended = [this, index, row](State state, const QString &message) {
        m_devices.devices[index].state = state;
        m_devices.devices[index].message = message;
        CheckedWrite::recordEnded(m_trail, row, state, message);
        disableDevice(index + 1);
    };
    if (entry.device.accountEnabled == false)
        return ended(State::Skipped, tr("Already disabled."));
    if (m_report.preview)
        return ended(State::Preview, tr("Would disable %1.").arg(entry.device.label()));
    // One refusal is the operator's roles, not the device: the rest are not sent.
    if (index > 0 && m_devices.devices[index - 1].state == State::Refused)
        return ended(State::Refused,
                     tr("Not sent: disabling %1 was refused.")
                             .arg(m_devices.devices[index - 1].device.label()));
    const QString id = entry.device.id;
    const auto unrecorded
            = m_write.run(m_trail, row, enabledWrites::setDevice(m_client, this, id, false),
                          enabledWrites::deviceReads(m_client, this, id, false),
                          {tr("Disabled, and read back."),
                           tr("Disabling was accepted, but the device still reads as enabled."),
                           tr("Disabling was accepted, but reading it back failed: %1")},
                          [this, index](const CheckedWrite::Outcome &o) {
                              if (o.state == State::Refused)
                                  m_devices.whoCan = ContainmentPermission::whoCanDisableDevices();
                              m_devices.devices[index].state = o.state;
                              m_devices.devices[index].message = o.message;
                              disableDevice(index + 1);
                          });
    if (unrecorded)
        stopUnrecorded(*unrecorded);
}

void Containment::finishDevices()
{
    State state = State::Skipped;
    int done = 0;
    for (const auto &d : m_devices.devices) {
        state = worstOf(state, d.state);
        if (d.state == State::Verified)
            ++done;
    }
    m_devices.state = state;
    const int total = int(m_devices.devices.size());
    switch (state) {
    case State::Preview:
        m_devices.message = tr("Would disable %n devices.", nullptr, total);
        break;
    case State::Skipped:
        m_devices.message = tr("Every device was already disabled.");
        break;
    case State::Verified:
        m_devices.message = tr("%n devices disabled, and read back.", nullptr, done);
        break;
    default:
        m_devices.message = tr("%1 of %2 devices disabled and read back.").arg(done).arg(total);
        break;
    }
    endStep(m_devices);
}

} // namespace rc
