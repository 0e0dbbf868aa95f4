#pragma once
// A test client playing the browser on the emulator's sign-in page: it opens the authorize URL
// the app produced, fills in the form (the hidden fields as served, the login, the button) and
// posts it, as a person would. Shared by the integration and window tests of browser sign-in.

#include "emulator/EmulatorTestSupport.h"

#include <QRegularExpression>

namespace rc::test {

inline QString htmlUnescaped(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

class TestBrowser
{
public:
    // Returns where the identity platform redirects (the 302 Location), or an empty URL.
    QUrl submit(const QUrl &authorizeUrl, const QString &login, const QString &action)
    {
        const emu::test::Reply page = m_client.get(authorizeUrl);
        EXPECT_EQ(page.status, 200) << page.body.toStdString();
        const QString html = QString::fromUtf8(page.body);
        const auto form
                = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]*)\">"))
                          .match(html);
        EXPECT_TRUE(form.hasMatch()) << page.body.toStdString();
        QByteArray body;
        auto field = [&body](const QString &name, const QString &value) {
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '='
                    + QUrl::toPercentEncoding(value);
        };
        const QRegularExpression hidden(
                QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
        for (auto it = hidden.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            field(htmlUnescaped(m.captured(1)), htmlUnescaped(m.captured(2)));
        }
        field(QStringLiteral("login"), login);
        field(QStringLiteral("action"), action);
        const QUrl target = authorizeUrl.resolved(QUrl(htmlUnescaped(form.captured(1))));
        const emu::test::Reply redirect = m_client.send(
                "POST", target, {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
        EXPECT_EQ(redirect.status, 302) << redirect.body.toStdString();
        return QUrl::fromEncoded(redirect.header("location"));
    }
    emu::test::Reply get(const QUrl &url) { return m_client.get(url); }
    emu::test::Reply send(const QByteArray &method, const QUrl &url)
    {
        return m_client.send(method, url);
    }
    QNetworkAccessManager &nam() { return m_client.nam(); }

private:
    emu::test::Client m_client;
};

} // namespace rc::test
