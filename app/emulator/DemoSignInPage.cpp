#include "emulator/DemoSignInPage.h"

#include "emulator/FormFields.h"

namespace rc::emu {

namespace {

QString page(const QString &message)
{
    return QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<title>Demo tenant: record a sign-in</title></head>\n<body>\n"
                   "<h1>Record a sign-in</h1>\n<p>%1</p>\n"
                   "<form method=\"post\">\n<label>User <input name=\"user\" "
                   "value=\"adele.vance@contoso.onmicrosoft.com\"></label>\n"
                   "<label>App <input name=\"app\" value=\"Office 365 Exchange Online\"></label>\n"
                   "<button type=\"submit\">Record a successful sign-in now</button>\n</form>\n"
                   "</body></html>\n")
            .arg(htmlEscaped(message));
}

} // namespace

HttpAnswer DemoSignInPage::handle(const EmulatedRequest &request)
{
    if (request.method == "GET")
        return HttpAnswer::html(200,
                                page(QStringLiteral("Adds an entry to the demo tenant's "
                                                    "sign-in log, dated now.")));
    if (request.method != "POST")
        return HttpAnswer::html(405, page(QStringLiteral("GET shows the form; POST records.")));
    const FormFields fields = FormFields::parse(request.body);
    const QString app = fields.value(QStringLiteral("app")).trimmed();
    const DemoUser *user = m_state.tenant.find(fields.value(QStringLiteral("user")).trimmed());
    if (!user || app.isEmpty())
        return HttpAnswer::html(400,
                                page(QStringLiteral("Name a user of the demo tenant and an "
                                                    "app.")));
    const QDateTime now = m_state.now();
    m_state.tenant.signIns().add({QString(), user->id, user->displayName, user->userPrincipalName,
                                  QString(), app, now, 0, QString()});
    return HttpAnswer::html(
            200,
            page(QStringLiteral("Recorded: %1 signed in to %2 at %3 (UTC).")
                         .arg(user->userPrincipalName, app, now.toString(Qt::ISODate))));
}

} // namespace rc::emu
