#pragma once
// One entry of the Entra sign-in log ("signIn resource type"): when, into which app, and whether
// it succeeded (status.errorCode 0).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rc {

struct SignInEvent
{
    QDateTime at; // createdDateTime, UTC
    QString app; // appDisplayName
    int errorCode = -1; // status.errorCode: 0 is a success
    QString failureReason;

    bool succeeded() const { return errorCode == 0; }
    static SignInEvent fromJson(const QJsonObject &o);
};

} // namespace rc
