#pragma once
// The tenant's sign-in log (Graph's microsoft.graph.signIn, /auditLogs/signIns): who signed in
// to which app, when, and whether it worked. Part of DemoTenant; tests and the demo record
// entries through TenantEmulator::recordSignIn().

#include <QDateTime>
#include <QList>
#include <QString>

namespace rc::emu {

struct DemoSignIn
{
    QString id; // GUID
    QString userId;
    QString userDisplayName;
    QString userPrincipalName;
    QString appId;
    QString appDisplayName;
    QDateTime createdDateTime; // UTC
    int errorCode = 0; // status.errorCode: 0 is a success, else the AADSTS number
    QString failureReason; // empty: null
};

class DemoSignIns final
{
public:
    // Stores an entry; an empty id gets a fresh GUID.
    const DemoSignIn &add(const DemoSignIn &signIn);
    // Entries of `userId` (any user when empty) created at or after `since` (any time when
    // invalid), newest first ("List signIns": "the most recent sign-ins are returned first").
    QList<const DemoSignIn *> query(const QString &userId, const QDateTime &since) const;

private:
    QList<DemoSignIn> m_entries;
};

} // namespace rc::emu
