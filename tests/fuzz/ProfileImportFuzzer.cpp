// A tenant profile file someone hands over (app/profile/TenantProfile, `profile import`): the
// JSON is read as importFile reads it (importFile itself only adds the file and its size cap).
// What is accepted names a valid tenant, client id and cloud, and survives its own export.

#include "FuzzSupport.h"
#include "profile/TenantProfile.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QJsonDocument doc = QJsonDocument::fromJson(rc::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const auto profile = rc::TenantProfile::fromJson(doc.object());
    if (!profile) {
        check(profile.error().kind == rc::ServiceError::Kind::InvalidInput
                      || profile.error().kind == rc::ServiceError::Kind::Configuration,
              "a refused profile is invalid input or an unusable cloud");
        check(!profile.error().message.isEmpty(), "a refused profile says why");
        return 0;
    }
    const rc::TenantProfile &p = profile.value();
    check(rc::Tenant::parse(p.tenant).ok(), "an imported profile's tenant is valid");
    check(p.endpoints().ok(), "an imported profile's cloud is usable");
    check(!p.name.isEmpty() && p.name.size() <= 100, "a profile's name is 1 to 100 characters");

    // Export, then import again: the same profile.
    const QByteArray exported = QJsonDocument(p.toJson()).toJson();
    const auto again = rc::TenantProfile::fromJson(QJsonDocument::fromJson(exported).object());
    check(again.ok(), "an imported profile imports again from its export");
    const rc::TenantProfile &q = again.value();
    check(q.id == p.id && q.tenant == p.tenant && q.clientId == p.clientId && q.cloud == p.cloud
                  && q.customCloud == p.customCloud && q.flow == p.flow
                  && q.certificatePath == p.certificatePath,
          "an exported profile reads back the same");
    check(q.name == p.name, "an exported profile keeps its name");
    return 0;
}
