#include "cloud/Tenant.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

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
    // <prefix>.onmicrosoft.com (or the US Government's and 21Vianet's suffix), the prefix in
    // lower-case letters, digits and hyphens. Checked by hand: a regular expression compiled here
    // was a noticeable part of the window's start.
    const qsizetype dot = m_id.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    const QStringView suffix = QStringView(m_id).mid(dot + 1);
    const bool initial = suffix == QLatin1String("onmicrosoft.com")
            || suffix == QLatin1String("onmicrosoft.us")
            || suffix == QLatin1String("partner.onmschina.cn");
    const QStringView prefix = QStringView(m_id).left(dot);
    const bool plain = std::all_of(prefix.begin(), prefix.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
    });
    return initial && plain ? prefix.toString() : QString();
}

} // namespace rc
