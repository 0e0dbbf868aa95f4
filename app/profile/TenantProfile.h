#pragma once
// One tenant the admin works with: which cloud, which app registration, which sign-in flow. Only
// what may be written to disk in the clear lives here (QSettings, profile export files); refresh
// tokens and certificate passphrases are in the OS keychain, keyed by the profile's id.

#include "cloud/CloudEndpoints.h"

#include <QJsonObject>

#include <optional>

namespace rc {

enum class SignInFlow { DeviceCode, Browser, Certificate };

QString flowName(SignInFlow flow); // "device-code", "browser", "certificate"
std::optional<SignInFlow> parseFlow(const QString &name);

struct TenantProfile
{
    QString id; // stable key: the tenant as typed, lower case ("contoso.onmicrosoft.com")
    QString name; // shown in the tenant switcher
    QString tenant; // domain, GUID or "organizations"
    QString cloud = QStringLiteral("global"); // a preset name, or "custom"
    QJsonObject customCloud; // {"authority","graph","sharepointAdmin"} when cloud is "custom"
    QString clientId;
    SignInFlow flow = SignInFlow::DeviceCode;
    QString certificatePath; // the certificate flow's PEM or PFX file
    QString lastAccount; // who signed in last (shown before a silent sign-in finishes)

    // A profile for a tenant seen for the first time: named after it, the default client id.
    static Result<TenantProfile> forTenant(const QString &tenant, const QString &clientId = {});
    static QString idFor(const QString &tenant);

    Result<CloudEndpoints> endpoints() const;
    void setEndpoints(const CloudEndpoints &cloud);

    // Export/import: every field above but lastAccount; never a secret. Import checks everything
    // a hand-edited file could get wrong and names the field.
    QJsonObject toJson() const;
    static Result<TenantProfile> fromJson(const QJsonObject &json);
    static Result<TenantProfile> importFile(const QString &path);
    Result<Done> exportFile(const QString &path) const;
};

} // namespace rc
