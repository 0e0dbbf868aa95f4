#include "cloud/CloudEndpoints.h"

#include "core/ReadCapped.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class CloudEndpointsTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::CloudEndpoints)
};

ServiceError configError(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::Configuration, message);
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// Parses one base URL: absolute, no query or fragment, https unless loopback.
Result<QUrl> baseUrl(const QString &key, const QString &text, bool allowTenant = false)
{
    QString plain = withoutTrailingSlash(text.trimmed());
    if (allowTenant) // only the SharePoint admin site is per tenant
        plain.replace(QLatin1String("{tenant}"), QLatin1String("tenant"));
    const QUrl url(plain, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment()) {
        return configError(
                CloudEndpointsTr::tr("The cloud setting \"%1\" is not a valid base URL: %2")
                        .arg(key, text));
    }
    const auto secure = checkTransportSecurity(url);
    if (!secure)
        return secure.error();
    return QUrl(withoutTrailingSlash(text.trimmed()));
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<Done> checkTransportSecurity(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return Done {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return Done {};
    return configError(
            CloudEndpointsTr::tr(
                    "Refusing to use %1: Microsoft 365 is only reached over https (plain http "
                    "is allowed for a local emulator on this computer only).")
                    .arg(url.toDisplayString()));
}

QStringList CloudEndpoints::presetNames()
{
    return {QStringLiteral("global"), QStringLiteral("usgov"), QStringLiteral("china")};
}

Result<CloudEndpoints> CloudEndpoints::preset(const QString &name)
{
    // These literals are the only Microsoft host names in the code base.
    Result<CloudEndpoints> cloud = configError(
            CloudEndpointsTr::tr(
                    "Unknown cloud \"%1\". Use global, usgov, china or --cloud-config FILE.")
                    .arg(name));
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("global")) {
        cloud = create(QStringLiteral("https://login.microsoftonline.com"),
                       QStringLiteral("https://graph.microsoft.com"),
                       QStringLiteral("https://{tenant}-admin.sharepoint.com"));
    } else if (n == QLatin1String("usgov")) {
        cloud = create(QStringLiteral("https://login.microsoftonline.us"),
                       QStringLiteral("https://graph.microsoft.us"),
                       QStringLiteral("https://{tenant}-admin.sharepoint.us"));
    } else if (n == QLatin1String("china")) {
        cloud = create(QStringLiteral("https://login.chinacloudapi.cn"),
                       QStringLiteral("https://microsoftgraph.chinacloudapi.cn"),
                       QStringLiteral("https://{tenant}-admin.sharepoint.cn"));
    }
    if (cloud)
        cloud.value().m_name = n;
    return cloud;
}

Result<CloudEndpoints> CloudEndpoints::create(const QString &authority, const QString &graph,
                                              const QString &sharePointAdminTemplate)
{
    const auto a = baseUrl(QStringLiteral("authority"), authority);
    if (!a)
        return a.error();
    const auto g = baseUrl(QStringLiteral("graph"), graph);
    if (!g)
        return g.error();
    const auto s = baseUrl(QStringLiteral("sharepointAdmin"), sharePointAdminTemplate, true);
    if (!s)
        return s.error();
    CloudEndpoints cloud;
    cloud.m_name = QStringLiteral("custom");
    cloud.m_authority = a.value();
    cloud.m_graph = g.value();
    cloud.m_sharePointAdmin = withoutTrailingSlash(sharePointAdminTemplate.trimmed());
    return cloud;
}

Result<CloudEndpoints> CloudEndpoints::fromJson(const QByteArray &json)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return configError(
                CloudEndpointsTr::tr("The cloud configuration is not a JSON object (%1).")
                        .arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    for (const auto *key : {"authority", "graph", "sharepointAdmin"}) {
        if (!o.value(QLatin1String(key)).isString())
            return configError(CloudEndpointsTr::tr("The cloud configuration has no \"%1\" URL.")
                                       .arg(QLatin1String(key)));
    }
    return create(o.value(QLatin1String("authority")).toString(),
                  o.value(QLatin1String("graph")).toString(),
                  o.value(QLatin1String("sharepointAdmin")).toString());
}

Result<CloudEndpoints> CloudEndpoints::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(CloudEndpointsTr::tr("Cannot read the cloud configuration %1: %2")
                                   .arg(path, file.errorString()));
    // A few hundred bytes in practice; a FIFO has no size to check first, so the bound is on
    // what is read, and a larger file is refused rather than cut.
    constexpr qint64 MaxBytes = 64 * 1024;
    const Result<QByteArray> bytes = readCapped(file, MaxBytes);
    if (!bytes && isTooLarge(bytes.error()))
        return configError(
                CloudEndpointsTr::tr(
                        "The cloud configuration %1 is larger than %2 KB; it is not one.")
                        .arg(path)
                        .arg(MaxBytes / 1024));
    if (!bytes)
        return configError(CloudEndpointsTr::tr("Cannot read the cloud configuration %1: %2")
                                   .arg(path, file.errorString()));
    return fromJson(bytes.value());
}

QUrl CloudEndpoints::identityEndpoint(const Tenant &tenant, const QString &endpoint) const
{
    QUrl url = m_authority;
    url.setPath(url.path() + QLatin1Char('/') + tenant.id() + QLatin1String("/oauth2/v2.0/")
                + endpoint);
    return url;
}

Result<QUrl> CloudEndpoints::sharePointAdmin(const Tenant &tenant) const
{
    if (!m_sharePointAdmin.contains(QLatin1String("{tenant}")))
        return QUrl(m_sharePointAdmin);
    const QString prefix = tenant.initialDomainPrefix();
    if (prefix.isEmpty()) {
        return configError(
                CloudEndpointsTr::tr(
                        "The SharePoint channel needs the tenant's initial domain (for example "
                        "contoso.onmicrosoft.com) to find its admin site; \"%1\" is not one.")
                        .arg(tenant.id()));
    }
    QString url = m_sharePointAdmin;
    url.replace(QLatin1String("{tenant}"), prefix);
    return QUrl(url);
}

Result<QString> CloudEndpoints::defaultScope(Resource resource, const Tenant &tenant) const
{
    if (resource != Resource::SharePoint)
        return QString(m_graph.toString() + QLatin1String("/.default"));
    const auto spo = sharePointAdmin(tenant);
    if (!spo)
        return spo.error();
    return QString(spo.value().toString() + QLatin1String("/.default"));
}

QByteArray CloudEndpoints::toJson() const
{
    const QJsonObject o {{QStringLiteral("authority"), m_authority.toString()},
                         {QStringLiteral("graph"), m_graph.toString()},
                         {QStringLiteral("sharepointAdmin"), m_sharePointAdmin}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace rc
