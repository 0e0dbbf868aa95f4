#include "profile/TenantProfile.h"

#include "auth/AppRegistration.h"
#include "core/PrivateFile.h"
#include "core/ReadCapped.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class TenantProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::TenantProfile)
};

ServiceError invalid(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

bool isClientId(const QString &text)
{
    // Exactly a GUID: QUuid::fromString reads one at the start and ignores what follows.
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// The export format's version: bump when a field changes meaning.
constexpr int FormatVersion = 1;
constexpr qint64 MaxProfileFileBytes = 64 * 1024;

} // namespace

QString flowName(SignInFlow flow)
{
    switch (flow) {
    case SignInFlow::DeviceCode:
        return QStringLiteral("device-code");
    case SignInFlow::Browser:
        return QStringLiteral("browser");
    case SignInFlow::Certificate:
        return QStringLiteral("certificate");
    }
    return QStringLiteral("device-code");
}

std::optional<SignInFlow> parseFlow(const QString &name)
{
    for (auto flow : {SignInFlow::DeviceCode, SignInFlow::Browser, SignInFlow::Certificate}) {
        if (name.trimmed().compare(flowName(flow), Qt::CaseInsensitive) == 0)
            return flow;
    }
    return std::nullopt;
}

QString TenantProfile::idFor(const QString &tenant)
{
    return tenant.trimmed().toLower();
}

Result<TenantProfile> TenantProfile::forTenant(const QString &tenantText, const QString &clientId)
{
    const auto tenant = Tenant::parse(tenantText);
    if (!tenant)
        return tenant.error();
    TenantProfile profile;
    profile.tenant = tenant.value().id();
    profile.id = idFor(profile.tenant);
    profile.name = profile.tenant;
    profile.clientId = clientId.isEmpty() ? QLatin1String(DefaultClientId) : clientId;
    if (!isClientId(profile.clientId))
        return invalid(
                TenantProfileTr::tr("--client-id must be an application (client) ID, a GUID."));
    return profile;
}

Result<CloudEndpoints> TenantProfile::endpoints() const
{
    if (cloud != QLatin1String("custom"))
        return CloudEndpoints::preset(cloud);
    return CloudEndpoints::fromJson(QJsonDocument(customCloud).toJson());
}

void TenantProfile::setEndpoints(const CloudEndpoints &endpoints)
{
    cloud = endpoints.name();
    customCloud = cloud == QLatin1String("custom")
            ? QJsonDocument::fromJson(endpoints.toJson()).object()
            : QJsonObject();
}

QJsonObject TenantProfile::toJson() const
{
    QJsonObject o {{QStringLiteral("revokeConsoleProfile"), FormatVersion},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("tenant"), tenant},
                   {QStringLiteral("cloud"), cloud},
                   {QStringLiteral("clientId"), clientId},
                   {QStringLiteral("signIn"), flowName(flow)}};
    if (cloud == QLatin1String("custom"))
        o.insert(QStringLiteral("cloudConfig"), customCloud);
    if (!certificatePath.isEmpty())
        o.insert(QStringLiteral("certificate"), certificatePath);
    return o;
}

Result<TenantProfile> TenantProfile::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("revokeConsoleProfile")).toInt() != FormatVersion)
        return invalid(
                TenantProfileTr::tr("This is not a Revoke Console profile (version %1 expected).")
                        .arg(FormatVersion));
    auto profile = forTenant(o.value(QLatin1String("tenant")).toString(),
                             o.value(QLatin1String("clientId")).toString());
    if (!profile)
        return profile.error();
    TenantProfile &p = profile.value();
    // At most 100 characters, cut where the name reads back the same: not inside a surrogate
    // pair, and with no blank left at the cut (the next import would trim it).
    QString name = o.value(QLatin1String("name")).toString().trimmed();
    if (name.size() > 100)
        name = name.left(name.at(99).isHighSurrogate() ? 99 : 100).trimmed();
    if (!name.isEmpty())
        p.name = name;
    p.cloud = o.value(QLatin1String("cloud")).toString(QStringLiteral("global")).toLower();
    // Only a custom cloud has a configuration; any other would be kept unused and never exported.
    if (p.cloud == QLatin1String("custom"))
        p.customCloud = o.value(QLatin1String("cloudConfig")).toObject();
    const auto cloud = p.endpoints();
    if (!cloud)
        return cloud.error();
    const auto flow = parseFlow(o.value(QLatin1String("signIn")).toString());
    if (!flow)
        return invalid(TenantProfileTr::tr(
                "The profile's sign-in must be device-code, browser or certificate."));
    p.flow = *flow;
    p.certificatePath = o.value(QLatin1String("certificate")).toString();
    if (p.flow == SignInFlow::Certificate && p.certificatePath.isEmpty())
        return invalid(
                TenantProfileTr::tr("A certificate profile must name its certificate file."));
    return profile;
}

Result<TenantProfile> TenantProfile::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(TenantProfileTr::tr("Cannot read the profile %1: %2")
                               .arg(path, file.errorString()));
    // Read with the cap, not checked against size(): a FIFO or /dev/stdin says 0.
    const Result<QByteArray> bytes = readCapped(file, MaxProfileFileBytes);
    if (!bytes && isTooLarge(bytes.error()))
        return invalid(TenantProfileTr::tr("%1 is too large to be a profile.").arg(path));
    if (!bytes)
        return invalid(TenantProfileTr::tr("Cannot read the profile %1: %2")
                               .arg(path, bytes.error().message));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (!doc.isObject())
        return invalid(TenantProfileTr::tr("The profile %1 is not JSON (%2).")
                               .arg(path, error.errorString()));
    return fromJson(doc.object());
}

Result<Done> TenantProfile::exportFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return invalid(TenantProfileTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Owner-only like the settings it comes from: it names the tenant and its sign-in.
    if (const auto made = makePrivate(file); !made)
        return made.error();
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit())
        return invalid(TenantProfileTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}

} // namespace rc
