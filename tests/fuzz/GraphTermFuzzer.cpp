// What a person types in the search box, as the Graph URL builders escape it (app/directory/
// GraphQuery: $search, $filter, path segments), read back by the emulator's query parser
// (app/emulator/GraphQuery), which follows Graph's grammar. DIFFERENTIAL: whatever the term, the
// expression parses and finds a user whose display name is the term; the escaping loses nothing.

#include "FuzzSupport.h"
#include "directory/GraphQuery.h"
#include "emulator/GraphQuery.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QString term = rc::fuzz::text(data, size);

    const QByteArray encoded = rc::graph::encode(term);
    for (const char c : encoded) {
        check(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%")
                      .contains(c),
              "an encoded segment holds only unreserved characters and %XX");
    }
    check(QUrl::fromPercentEncoding(encoded) == term, "percent-encoding loses nothing");
    const QByteArray path = rc::graph::userPath(term);
    check(path.startsWith("/users/") || path.startsWith("/users('"),
          "a user path addresses the users collection");

    rc::emu::DemoUser user;
    user.displayName = term;
    user.userPrincipalName = QStringLiteral("someone@contoso.onmicrosoft.com");
    const auto search = rc::emu::GraphQuery::fromSearch(rc::graph::searchExpression(term));
    check(search.isValid(), "every $search term escapes into a valid expression");
    check(term.isEmpty() || search.matches(user), "$search finds the display name typed");
    const auto filter = rc::emu::GraphQuery::fromFilter(rc::graph::filterExpression(term));
    check(filter.isValid(), "every $filter term escapes into a valid expression");
    check(term.isEmpty() || filter.matches(user), "$filter finds the display name typed");
    return 0;
}
