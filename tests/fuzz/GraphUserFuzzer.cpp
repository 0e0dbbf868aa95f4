// Graph's user JSON (app/directory/User) as a lookup, a page of search results (its "value"
// array; the page reader itself is private to GraphClient, whose only other work is the network)
// and the directory roles list (app/directory/DirectoryRole), from a hostile or broken server.

#include "FuzzSupport.h"
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
    const auto roles = rc::DirectoryRole::listFromJson(o);
    rc::fuzz::check(roles.has_value() == o.value(QLatin1String("value")).isArray(),
                    "a roles page is read when it has a list");
    return 0;
}
