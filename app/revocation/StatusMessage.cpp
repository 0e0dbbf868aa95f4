#include "revocation/StatusMessage.h"

#include "revocation/RevokePermission.h"

#include <QCoreApplication>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class StatusMessageTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::StatusMessage)
};

QString timingNote()
{
    return StatusMessageTr::tr(
            "New sign-ins and token refreshes are blocked now. Access tokens already issued stay "
            "valid until they expire, up to about an hour; apps with continuous access "
            "evaluation react within minutes.");
}

// The cmdlet's SPOUserSessionRevocationState.Failure message.
QString failureSentence(const QString &user)
{
    return StatusMessageTr::tr(
                   "Sorry, something went wrong and we couldn't sign out %1 from any device.")
            .arg(user);
}

QString permissionNote(Channel channel)
{
    if (channel == Channel::SharePoint)
        return StatusMessageTr::tr("The SharePoint operation needs a %1.")
                .arg(RevokePermission::whoCan(Channel::SharePoint, false));
    return StatusMessageTr::
            tr("Revoking sessions needs the User.RevokeSessions.All permission and a role that may "
               "revoke: %1; for most users who hold an administrator role, %2.")
                    .arg(RevokePermission::whoCan(Channel::Entra, false),
                         RevokePermission::whoCan(Channel::Entra, true));
}

} // namespace

QString formatUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : StatusMessageTr::tr("never");
}

QString severityName(StatusMessage::Severity severity)
{
    switch (severity) {
    case StatusMessage::Severity::Success:
        return QStringLiteral("success");
    case StatusMessage::Severity::Info:
        return QStringLiteral("info");
    case StatusMessage::Severity::Warning:
        return QStringLiteral("warning");
    case StatusMessage::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

StatusMessage StatusMessage::describe(const RevocationOutcome &o)
{
    using K = RevocationOutcome::Kind;
    StatusMessage m;
    m.correlationId = o.correlationId;
    const QString user = o.user;
    switch (o.kind) {
    case K::Preview:
        m.severity = Severity::Info;
        // The cmdlet's own -WhatIf sentence, translated like its other messages.
        m.text = StatusMessageTr::tr(
                         "What if: Performing the operation \"Revoke-SPOUserSession\" on "
                         "target \"%1\".")
                         .arg(user);
        break;
    case K::InstantaneousSuccess:
        m.severity = Severity::Success;
        m.text = StatusMessageTr::tr("We successfully signed out %1 from all devices.").arg(user);
        m.details << timingNote();
        break;
    case K::NonInstantaneousSuccess:
        m.severity = Severity::Success;
        m.text = StatusMessageTr::tr("It can take up to an hour to sign out %1 from all devices.")
                         .arg(user);
        if (o.verified)
            m.details << StatusMessageTr::tr("Verified: sessions valid from %1.")
                                 .arg(formatUtc(o.sessionsValidFromAfter));
        m.details << timingNote();
        break;
    case K::NotConfirmed:
        m.severity = Severity::Error;
        if (o.error) { // the re-read failed: we know nothing about the timestamp
            m.text = StatusMessageTr::tr(
                             "Not confirmed: Microsoft 365 accepted the request to sign out %1, "
                             "but "
                             "reading the user back failed, so the sign-out could not be verified.")
                             .arg(user);
            break;
        }
        m.text = StatusMessageTr::tr(
                         "Not confirmed: Microsoft 365 accepted the request to sign out %1, but "
                         "their "
                         "sessions are still valid from %2, so the sign-out did not take effect.")
                         .arg(user, formatUtc(o.sessionsValidFromAfter));
        m.details << StatusMessageTr::tr(
                "Try again; if it persists, contact Microsoft support with the "
                "correlation id.");
        break;
    case K::UserNotFound:
        m.severity = Severity::Warning;
        m.text = StatusMessageTr::tr("We couldn't find the %1. Check for typos and try again.")
                         .arg(user);
        break;
    case K::FeatureDisabled:
        m.severity = Severity::Warning;
        m.text = StatusMessageTr::tr(
                "The cmdlet will be available in the future, but it isn't ready for use in your "
                "organization yet.");
        m.details << StatusMessageTr::tr(
                "Microsoft retired this SharePoint operation in November 2024. The Entra "
                "ID channel signs the user out of every Microsoft 365 app.");
        m.offerEntraChannel = o.channel == Channel::SharePoint;
        break;
    case K::Failure:
        m.severity = Severity::Error;
        m.text = failureSentence(user);
        break;
    case K::GuestNotApplicable:
        m.severity = Severity::Warning;
        m.text = StatusMessageTr::tr("Will not be applicable for guest users.");
        m.details
                << StatusMessageTr::tr(
                           "%1 is a guest: their sessions belong to their home organization, which "
                           "can sign them out.")
                           .arg(user);
        break;
    case K::PermissionDenied:
        m.severity = Severity::Error;
        m.text = StatusMessageTr::tr("You don't have permission to sign out %1.").arg(user);
        m.details << permissionNote(o.channel);
        break;
    case K::NotPermitted: // predicted from both sides' roles: the cmdlet's failure, and who can
        m.severity = Severity::Error;
        m.text = failureSentence(user);
        if (o.error)
            m.details << o.error->message;
        m.details << StatusMessageTr::tr("Nothing was sent.");
        return m;
    case K::InvalidInput:
    case K::SignInFailed:
    case K::NetworkFailure:
        m.severity = Severity::Error;
        m.text = o.error ? o.error->message : StatusMessageTr::tr("Something went wrong.");
        break;
    }
    // The service's own explanation, unless it is already the headline.
    if (o.error && !o.error->message.isEmpty() && o.error->message != m.text)
        m.details << o.error->message;
    return m;
}

QString StatusMessage::oneLine(const RevocationOutcome &o)
{
    const StatusMessage m = describe(o);
    if (m.severity == Severity::Error && o.error && !o.error->message.isEmpty()
        && !m.text.contains(o.error->message))
        return m.text + QLatin1Char(' ') + o.error->message;
    return m.text;
}

StatusMessage StatusMessage::retrying(int seconds, const ServiceError &cause)
{
    StatusMessage m;
    m.severity = Severity::Info;
    m.text = QCoreApplication::translate("rc::StatusMessage",
                                         "Microsoft 365 is throttling requests, retrying in %n s.",
                                         nullptr, seconds);
    if (cause.httpStatus != 429) {
        m.details << QCoreApplication::translate(
                             "rc::StatusMessage",
                             "The service answered HTTP %1 (busy or unavailable).")
                             .arg(cause.httpStatus);
    }
    m.correlationId = cause.correlationId;
    return m;
}

} // namespace rc
