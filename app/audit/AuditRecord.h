#pragma once
// One line of the audit log: who did what to whom, through which channel, and how it ended.
// Never a token or any other secret.

#include <QDateTime>
#include <QString>

namespace rc {

struct AuditRecord
{
    qint64 id = 0;
    QString operation; // links the "Started" row to the outcome row of the same revocation
    QDateTime recordedAt; // UTC
    QString operatorUpn;
    QString tenant;
    QString targetUpn;
    QString targetObjectId;
    QString channel; // "entra" / "spo"
    bool preview = false;
    // outcomeName(), "Started" before the revoking request goes out, Duplicate, or for a
    // revocation that ended without an answer Cancelled or NotSent
    QString outcome;
    QString message;
    QString correlationId;
    QDateTime sessionsValidFromBefore;
    QDateTime sessionsValidFromAfter;
    QString reason; // the ticket number or reason the operator typed
    QString appVersion;
    // What the row is about, one of the action names below. Empty on rows written before
    // containment existed, which were all revocations: read it as RevokeSessions.
    QString action;
    // The object a step acted on when it is not the user: a device's object id and display name
    // (the name as it was then, so the history still reads after the device is renamed or gone).
    QString objectId;
    QString objectName;

    static inline const QString Started = QStringLiteral("Started");
    // A line of a bulk list naming someone an earlier line names: merged, never sent twice.
    static inline const QString Duplicate = QStringLiteral("Duplicate");
    // Stopped after its request went out, before the answer: it may have reached the service.
    static inline const QString Cancelled = QStringLiteral("Cancelled");
    // Its Started row was written, but the run stopped before the request went out.
    static inline const QString NotSent = QStringLiteral("NotSent");

    // Outcomes of a containment step (a revocation step keeps RevocationOutcome's names).
    // Done, and the read-back shows it done.
    static inline const QString Verified = QStringLiteral("Verified");
    // Sent and accepted, but the read-back did not show it: the operator must not assume it held.
    static inline const QString NotVerified = QStringLiteral("NotVerified");
    // Predicted or answered 403/400: the message says why and who could.
    static inline const QString Refused = QStringLiteral("Refused");
    // Not needed or not possible (already blocked, no devices): the message says why.
    static inline const QString Skipped = QStringLiteral("Skipped");
    // Network, 5xx or an unreadable answer: unknown whether it happened.
    static inline const QString Failed = QStringLiteral("Failed");

    // Actions, stored as these names so the log reads without the app.
    static inline const QString RevokeSessions = QStringLiteral("revoke-sessions");
    static inline const QString BlockSignIn = QStringLiteral("block-sign-in");
    static inline const QString UnblockSignIn = QStringLiteral("unblock-sign-in");
    static inline const QString DisableDevice = QStringLiteral("disable-device");
    static inline const QString EnableDevice = QStringLiteral("enable-device");
    static inline const QString SignInCheck = QStringLiteral("sign-in-check");
};

} // namespace rc
