#pragma once
// GET {me | users/{id|upn} | users('upn')}/{transitiveMemberOf |
// memberOf}/microsoft.graph.directoryRole: the directory roles a user holds. The OData cast makes
// it an advanced query, so it needs both ConsistencyLevel: eventual and $count=true (in a $batch
// item, the header comes from the item's headers), and then answers with @odata.count.

#include "emulator/GraphUsers.h"

namespace rc::emu {

class GraphMemberships final
{
public:
    GraphMemberships(EmulatorState &state, const GraphUsers &users);

    HttpAnswer directoryRoles(const GraphCall &call, const QString &key);

private:
    EmulatorState &m_state;
    const GraphUsers &m_users;
};

} // namespace rc::emu
