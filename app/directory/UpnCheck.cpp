#include "directory/UpnCheck.h"

#include <QCoreApplication>

#include <cstring>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class UpnCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::UpnCheck)
};

ServiceError refuse(const QString &text, const QString &why)
{
    return ServiceError::make(
            ServiceError::Kind::InvalidInput,
            UpnCheckTr::tr("\"%1\" is not a valid user name: %2. Use the user's sign-in "
                           "name, for example user1@contoso.com.")
                    .arg(text, why));
}

// Microsoft Graph, user resource, userPrincipalName: "Only the following characters are allowed
// A - Z, a - z, 0 - 9, ' . - _ ! # ^ ~" (and the '@' that separates name and domain). '$' too:
// "Get user" documents UPNs that begin with '$' (they take the users('...') key form).
bool isUpnCharacter(QChar c)
{
    if (c.unicode() > 0x7F)
        return false;
    const char a = char(c.unicode());
    return (a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')
            || (a != '\0' && std::strchr("'.-_!#^~$@", a) != nullptr);
}

// The characters outside that set, once each, in order, for the message.
QString foreignCharacters(const QString &upn)
{
    QString foreign;
    for (const QChar c : upn) {
        if (!isUpnCharacter(c) && !foreign.contains(c))
            foreign += c;
    }
    return foreign;
}

// "." first, last or doubled would make an empty label or a dot segment.
bool hasStrayDot(const QString &part)
{
    return part.startsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char('.'))
            || part.contains(QLatin1String(".."));
}

} // namespace

Result<QString> checkUpn(const QString &input)
{
    const QString upn = input.trimmed();
    if (upn.isEmpty())
        return ServiceError::make(
                ServiceError::Kind::InvalidInput,
                UpnCheckTr::tr("Enter the user's sign-in name, for example user1@contoso.com."));
    // Shown back to the person: keep it printable and short.
    QString shown = upn.left(120);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    // Entra's user name policy (concept-sspr-policy, "UserPrincipalName policies that apply to all
    // user accounts"): at most 113 characters, 64 before the "@" and 48 after it.
    if (upn.size() > 113)
        return refuse(shown, UpnCheckTr::tr("it is longer than 113 characters"));
    for (const QChar c : upn) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return refuse(shown, UpnCheckTr::tr("it contains spaces or control characters"));
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&'))
            return refuse(shown, UpnCheckTr::tr("it contains <, > or &"));
    }
    const QString foreign = foreignCharacters(upn);
    if (!foreign.isEmpty())
        return refuse(
                shown,
                UpnCheckTr::tr("it contains %1, and a user name has only letters A-Z, digits and "
                               "' . - _ ! # ^ ~ $")
                        .arg(foreign.left(10)));
    const int at = upn.indexOf(QLatin1Char('@'));
    if (at < 0)
        return refuse(shown, UpnCheckTr::tr("it has no @"));
    if (at == 0 || at == upn.size() - 1 || upn.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return refuse(shown, UpnCheckTr::tr("it needs one @ between a name and a domain"));
    const QString name = upn.left(at);
    const QString domain = upn.mid(at + 1);
    if (name.size() > 64)
        return refuse(shown, UpnCheckTr::tr("the part before the @ is longer than 64 characters"));
    if (domain.size() > 48)
        return refuse(shown, UpnCheckTr::tr("the part after the @ is longer than 48 characters"));
    if (hasStrayDot(name) || hasStrayDot(domain))
        return refuse(
                shown,
                UpnCheckTr::tr("a dot cannot come first, last, twice in a row or next to the @"));
    return upn;
}

} // namespace rc
