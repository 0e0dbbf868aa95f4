#pragma once
// One Microsoft Graph request being answered: its request-id / client-request-id, the access
// token it presented, and the builders that give every answer Graph's headers and error shape
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.

#include "emulator/EmulatedRequest.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpAnswer.h"

#include <QJsonObject>

namespace rc::emu {

inline constexpr char GraphContentType[]
        = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;"
          "charset=utf-8";

struct GraphCall
{
    GraphCall(const EmulatedRequest &request, EmulatorState &state);

    const EmulatedRequest &request;
    EmulatorState &state;
    QString requestId;
    QString clientRequestId;
    const AccessGrant *token = nullptr;

    // "<graphUrl>/v1.0"
    QString serviceRoot() const;
    // "<serviceRoot>/$metadata#users(id,displayName)": an answer's @odata.context.
    QString contextUrl(const QString &entitySet, const QStringList &select) const;
    HttpAnswer json(int status, const QJsonObject &body) const;
    HttpAnswer error(int status, const QString &code, const QString &message) const;
    void addHeaders(HttpAnswer &answer) const;
};

} // namespace rc::emu
