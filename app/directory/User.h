#pragma once
// A directory user as Microsoft Graph describes it: what an admin checks before signing someone
// out, including when they were last signed out everywhere (signInSessionsValidFromDateTime).

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rc {

struct User
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString userType; // "Member" or "Guest"
    std::optional<bool> accountEnabled;
    // Synced from on-premises Active Directory: the cloud refuses to block it, and sync would undo
    // a block; it must be blocked on-premises. Unset when Graph did not say.
    std::optional<bool> onPremisesSyncEnabled;
    QString jobTitle;
    QString department;
    QDateTime createdDateTime;
    QDateTime signInSessionsValidFrom; // UTC, one-second resolution; invalid when never set

    // B2B guests: the service accepts their revocation and changes nothing, so we refuse them.
    bool isGuest() const;
    static bool isGuestUpn(const QString &upn)
    {
        return upn.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive);
    }

    static User fromJson(const QJsonObject &o);
    // The $select every lookup uses, so the card and the before/after check have what they need.
    static QString selectFields();
};

} // namespace rc

Q_DECLARE_METATYPE(rc::User)
