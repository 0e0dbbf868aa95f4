// What a person types as the tenant (app/cloud/Tenant), which goes into the identity platform's
// URL path: an accepted tenant is one lower-case path segment of letters, digits, dots and hyphens
// that the identity endpoint's URL keeps as it is.

#include "FuzzSupport.h"
#include "cloud/CloudEndpoints.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const auto tenant = rc::Tenant::parse(rc::fuzz::text(data, size));
    if (!tenant) {
        check(tenant.error().kind == rc::ServiceError::Kind::InvalidInput,
              "a refused tenant is invalid input");
        return 0;
    }
    const QString id = tenant.value().id();
    static const QRegularExpression segment(QStringLiteral("^[a-z0-9.-]+$"));
    check(segment.match(id).hasMatch(), "a tenant is lower-case letters, digits, . and -");
    check(id != QLatin1String(".") && id != QLatin1String(".."), "a tenant is no dot segment");

    static const auto cloud = rc::CloudEndpoints::preset(QStringLiteral("global"));
    const QUrl token = cloud.value().identityEndpoint(tenant.value(), QStringLiteral("token"));
    check(token.isValid(), "the token endpoint's URL is valid");
    check(token.path() == QLatin1Char('/') + id + QLatin1String("/oauth2/v2.0/token"),
          "the tenant is one segment of the token endpoint's path");
    check(token.host() == QLatin1String("login.microsoftonline.com") && !token.hasQuery()
                  && !token.hasFragment(),
          "the tenant changes nothing but the path");

    const QString prefix = tenant.value().initialDomainPrefix();
    check(prefix.isEmpty() || id.startsWith(prefix + QLatin1Char('.')),
          "the initial domain's prefix is the tenant's first label");
    if (!prefix.isEmpty()) {
        const auto admin = cloud.value().sharePointAdmin(tenant.value());
        // A label over 63 characters (a prefix over 57 plus "-admin") makes no valid URL at all.
        check(admin
                      && (!admin.value().isValid()
                          || admin.value().host()
                                  == prefix + QLatin1String("-admin.sharepoint.com")),
              "the admin site is the prefix's, on SharePoint's host");
    }
    return 0;
}
