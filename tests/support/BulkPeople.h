#pragma once
// Many members added to the emulated tenant at once, for the bulk-revocation tests: created and
// with sessions valid from an old date, so a revocation always moves their sessions' date. Header
// only, and the domain is a parameter: the window tests define their own rc::test::Domain
// (WindowFixture.h) and cannot include EmulatorFixture.h.

#include "emulator/DemoTenant.h"

#include <QDateTime>
#include <QStringList>

namespace rc::test {

// `count` members <prefix>.<n>@<domain> ("Bulk Person <n>"), n from 0 zero-padded to `digits`.
// Returns their UPNs in order.
inline QStringList addBulkPeople(emu::DemoTenant &tenant, const QString &domain, int count,
                                 const QString &prefix, int digits)
{
    const QDateTime old
            = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    QStringList upns;
    for (int i = 0; i < count; ++i) {
        emu::DemoUser u;
        u.userPrincipalName = QStringLiteral("%1.%2@%3")
                                      .arg(prefix)
                                      .arg(i, digits, 10, QLatin1Char('0'))
                                      .arg(domain);
        u.displayName = QStringLiteral("Bulk Person %1").arg(i);
        u.signInSessionsValidFrom = old;
        u.createdDateTime = old;
        tenant.addUser(u);
        upns << u.userPrincipalName;
    }
    return upns;
}

} // namespace rc::test
