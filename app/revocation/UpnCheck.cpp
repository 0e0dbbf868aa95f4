#include "revocation/UpnCheck.h"

#include <QCoreApplication>

namespace rc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::UpnCheck", text);
}

ServiceError refuse(const QString &text, const QString &why)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput,
                              tr("\"%1\" is not a valid user name: %2. Use the user's sign-in "
                                 "name, for example user1@contoso.com.")
                                      .arg(text, why));
}

} // namespace

Result<QString> checkUpn(const QString &input)
{
    const QString upn = input.trimmed();
    if (upn.isEmpty())
        return ServiceError::make(
                ServiceError::Kind::InvalidInput,
                tr("Enter the user's sign-in name, for example user1@contoso.com."));
    // Shown back to the person: keep it printable and short.
    QString shown = upn.left(120);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    if (upn.size() > 113)
        return refuse(shown, tr("it is longer than 113 characters"));
    for (const QChar c : upn) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return refuse(shown, tr("it contains spaces or control characters"));
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&'))
            return refuse(shown, tr("it contains <, > or &"));
    }
    const int at = upn.indexOf(QLatin1Char('@'));
    if (at < 0)
        return refuse(shown, tr("it has no @"));
    if (at == 0 || at == upn.size() - 1 || upn.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return refuse(shown, tr("it needs one @ between a name and a domain"));
    return upn;
}

} // namespace rc
