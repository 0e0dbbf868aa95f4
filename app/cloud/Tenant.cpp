#include "cloud/Tenant.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace rc {

Result<Tenant> Tenant::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression domain(
            QStringLiteral(R"(^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    const bool ok = t == QLatin1String("organizations")
            || t == QLatin1String("common")
            // Exactly a GUID: QUuid::fromString reads one at the start and ignores what follows.
            || (t.size() == 36 && !QUuid::fromString(t).isNull()) || domain.match(t).hasMatch();
    if (!ok) {
        return ServiceError::make(
                ServiceError::Kind::InvalidInput,
                QCoreApplication::translate("rc::Tenant",
                                            "\"%1\" is not a tenant. Use its domain (for example "
                                            "contoso.onmicrosoft.com) or its tenant ID.")
                        .arg(text));
    }
    Tenant tenant;
    tenant.m_id = t;
    return tenant;
}

bool Tenant::isGuid() const
{
    return m_id.size() == 36 && !QUuid::fromString(m_id).isNull();
}

QString Tenant::initialDomainPrefix() const
{
    static const QRegularExpression initial(QStringLiteral(
            R"(^([a-z0-9-]+)\.(onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$)"));
    const auto m = initial.match(m_id);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace rc
