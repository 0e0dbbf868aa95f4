#pragma once
// What the user typed as a tenant: an onmicrosoft domain, a verified domain, a GUID or
// "organizations". Checked before it is put in a URL path.

#include "core/Result.h"

namespace rc {

class Tenant final
{
public:
    static Result<Tenant> parse(const QString &text);

    QString id() const { return m_id; } // as used in {authority}/{tenant}/...
    bool isGuid() const;
    // "contoso" for contoso.onmicrosoft.com (and the US Gov / China forms); empty when unknown.
    QString initialDomainPrefix() const;

private:
    QString m_id;
};

} // namespace rc
