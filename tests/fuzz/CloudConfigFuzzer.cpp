// A cloud configuration file (app/cloud/CloudEndpoints::fromJson), the --cloud-config JSON that
// may come from anyone: what it accepts is https (or http to this computer), without query or
// fragment, and survives its own export.

#include "FuzzSupport.h"
#include "cloud/CloudEndpoints.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const auto cloud = rc::CloudEndpoints::fromJson(rc::fuzz::bytes(data, size));
    if (!cloud) {
        check(cloud.error().kind == rc::ServiceError::Kind::Configuration,
              "a refused cloud configuration is a configuration error");
        return 0;
    }
    const rc::CloudEndpoints &c = cloud.value();
    check(rc::checkTransportSecurity(c.authority()).ok(), "the authority is https or loopback");
    check(rc::checkTransportSecurity(c.graph()).ok(), "Graph is https or loopback");
    check(!c.graph().hasQuery() && !c.graph().hasFragment(), "Graph's base has no query");

    const auto again = rc::CloudEndpoints::fromJson(c.toJson());
    check(again.ok(), "an accepted configuration reads back from its export");
    check(again.value().authority() == c.authority() && again.value().graph() == c.graph()
                  && again.value().sharePointAdminTemplate() == c.sharePointAdminTemplate(),
          "an exported configuration reads back the same");

    for (const char *name : {"contoso.onmicrosoft.com", "localhost.onmicrosoft.com",
                             "00000000-0000-0000-0000-000000000001"}) {
        const auto tenant = rc::Tenant::parse(QLatin1String(name));
        const QUrl token = c.identityEndpoint(tenant.value(), QStringLiteral("token"));
        check(token.isValid() && token.host() == c.authority().host(),
              "the token endpoint is on the authority's host");
        const auto admin = c.sharePointAdmin(tenant.value());
        if (admin)
            check(rc::checkTransportSecurity(admin.value()).ok(),
                  "the tenant's admin site is https or loopback");
        const auto scope = c.defaultScope(rc::Resource::Graph, tenant.value());
        check(scope && scope.value().endsWith(QLatin1String("/.default")),
              "a Graph scope is {graph}/.default");
    }
    return 0;
}
