// The emulator's $search, $filter and $select readers (app/emulator/GraphQuery), fed whatever a
// client puts in the query: a refused query names Graph's error code, an accepted one can be run.

#include "FuzzSupport.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphQuery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::emu::GraphQuery;
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    static const rc::emu::DemoTenant tenant;
    const QString text = rc::fuzz::text(data, size);

    for (const GraphQuery &query : {GraphQuery::fromSearch(text), GraphQuery::fromFilter(text)}) {
        check(query.isValid() == query.errorCode().isEmpty(), "a refused query has a code");
        check(query.isValid() || !query.errorMessage().isEmpty(), "a refused query says why");
        if (!query.isValid())
            continue;
        for (const rc::emu::DemoUser &user : tenant.users())
            query.matches(user);
    }

    const QStringList known {QStringLiteral("id"), QStringLiteral("displayName"),
                             QStringLiteral("userPrincipalName")};
    QString unknown;
    const QStringList names = GraphQuery::parseSelect(text, known, &unknown);
    check(names.isEmpty() || unknown.isEmpty(), "a $select with an unknown name selects nothing");
    for (const QString &name : names)
        check(known.contains(name), "$select names only known properties, spelled canonically");
    check(names.size() == QSet<QString>(names.cbegin(), names.cend()).size(),
          "$select names each property once");
    return 0;
}
