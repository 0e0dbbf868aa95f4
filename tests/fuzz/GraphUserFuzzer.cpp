// Graph's user JSON (app/directory/User) as a lookup, a page of search results (its "value"
// array; the page reader itself is private to GraphClient, whose only other work is the network)
// and the directory roles list (app/directory/DirectoryRole), from a hostile or broken server;
// also containment's answers read the same way: a page of registered devices and of the sign-in
// log, and what the sign-in check makes of it (app/containment).

#include "FuzzSupport.h"
#include "containment/Device.h"
#include "containment/SignInCheck.h"
#include "directory/DirectoryRole.h"
#include "directory/User.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void checkUser(const rc::User &user)
{
    using rc::fuzz::check;
    check(!user.signInSessionsValidFrom.isValid()
                  || user.signInSessionsValidFrom.timeSpec() == Qt::UTC,
          "signInSessionsValidFromDateTime is read as UTC");
    check(!user.createdDateTime.isValid() || user.createdDateTime.timeSpec() == Qt::UTC,
          "createdDateTime is read as UTC");
    check(!rc::User::isGuestUpn(user.userPrincipalName) || user.isGuest(),
          "an #EXT# user name is a guest");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rc::fuzz::ensureApplication();
    const QJsonDocument doc = QJsonDocument::fromJson(rc::fuzz::bytes(data, size));
    const QJsonObject o = doc.object();
    checkUser(rc::User::fromJson(o));
    for (const QJsonValue &v : o.value(QLatin1String("value")).toArray())
        checkUser(rc::User::fromJson(v.toObject()));
    QList<rc::SignInEvent> events;
    for (const QJsonValue &v : o.value(QLatin1String("value")).toArray()) {
        const rc::Device device = rc::Device::fromJson(v.toObject());
        rc::fuzz::check(device.id.isEmpty() || !device.label().isEmpty(),
                        "a device with an id always has a label");
        events.append(rc::SignInEvent::fromJson(v.toObject()));
        rc::fuzz::check(!events.last().at.isValid() || events.last().at.timeSpec() == Qt::UTC,
                        "a sign-in's createdDateTime is read as UTC");
    }
    const QDateTime since = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    const rc::SignInCheckResult check = rc::SignInCheck::fromAnswer(events, since);
    rc::fuzz::check(
            check.state != rc::SignInCheckResult::State::SignedIn
                    || (check.latest && check.latest->succeeded() && check.latest->at >= since),
            "only a successful sign-in at or after the time is reported");
    rc::fuzz::check(!check.message.isEmpty(), "the sign-in check always says something");
    const auto roles = rc::DirectoryRole::listFromJson(o);
    rc::fuzz::check(roles.has_value() == o.value(QLatin1String("value")).isArray(),
                    "a roles page is read when it has a list");
    return 0;
}
