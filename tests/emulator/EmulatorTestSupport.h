#pragma once
// Shared by the emulator's own tests: a plain QNetworkAccessManager client that waits for each
// answer (redirects are never followed, so a test sees them), and a fixture that starts a
// TenantEmulator on a clock the test can advance and signs users in through the device-code flow
// to get tokens per audience.

#include "emulator/DemoTenant.h"
#include "emulator/TenantEmulator.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace rc::emu::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-cased names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class Client
{
public:
    Reply send(const QByteArray &method, const QUrl &url, const Headers &headers = {},
               const QByteArray &body = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        Reply result;
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &result] {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            for (const auto &pair : reply->rawHeaderPairs())
                result.headers.insert(pair.first.toLower(), pair.second);
            result.error = reply->error();
            result.finished = true;
        });
        rc::test::waitFor([&] { return result.finished; }, timeoutMs);
        if (!result.finished) {
            QObject::disconnect(reply, nullptr, nullptr, nullptr);
            reply->abort(); // the client hangs up
        }
        reply->deleteLater();
        return result;
    }
    Reply get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, headers); }
    Reply postForm(const QUrl &url, const QUrlQuery &form, const Headers &headers = {})
    {
        Headers all = headers;
        all.append(qMakePair(QByteArray("Content-Type"),
                             QByteArray("application/x-www-form-urlencoded")));
        return send("POST", url, all, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};

inline QString contoso(const char *localPart)
{
    return QString::fromUtf8(localPart) + QStringLiteral("@contoso.onmicrosoft.com");
}

class EmulatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(emulator.start(&error)) << error.toStdString();
    }

    QUrl at(const QUrl &base, const QByteArray &encodedPathAndQuery) const
    {
        return QUrl::fromEncoded(base.toEncoded() + encodedPathAndQuery);
    }
    QUrl identity(const QByteArray &path) const { return at(emulator.identityUrl(), path); }
    QUrl graph(const QByteArray &path) const { return at(emulator.graphUrl(), path); }
    QUrl sharePoint(const QByteArray &path) const
    {
        return at(emulator.sharePointAdminUrl(), path);
    }
    QUrl tokenUrl() const { return identity("/contoso.onmicrosoft.com/oauth2/v2.0/token"); }
    QString graphScope() const
    {
        return emulator.cloudConfig().value(QStringLiteral("graph")).toString()
                + QStringLiteral("/.default");
    }
    QString spoScope() const
    {
        return emulator.cloudConfig().value(QStringLiteral("sharepointAdmin")).toString()
                + QStringLiteral("/.default");
    }

    Reply requestDeviceCode(const QString &scope,
                            const QString &clientId = QLatin1String(DemoTenant::DefaultClientId))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("scope"), scope);
        return client.postForm(identity("/contoso.onmicrosoft.com/oauth2/v2.0/devicecode"), form);
    }
    Reply pollDeviceCode(const QString &deviceCode)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        form.addQueryItem(QStringLiteral("client_id"), QLatin1String(DemoTenant::DefaultClientId));
        form.addQueryItem(QStringLiteral("device_code"), deviceCode);
        return client.postForm(tokenUrl(), form);
    }
    // Signs `upn` in with an auto-approved device code; returns the token answer.
    QJsonObject signIn(const QString &upn, const QString &scope)
    {
        emulator.setAutoApproveAs(upn);
        const Reply code = requestDeviceCode(scope);
        emulator.setAutoApproveAs(QString());
        const Reply tokens
                = pollDeviceCode(code.json().value(QStringLiteral("device_code")).toString());
        EXPECT_EQ(tokens.status, 200) << tokens.body.toStdString();
        return tokens.json();
    }
    QByteArray graphToken(const QString &upn)
    {
        return signIn(upn, graphScope())
                .value(QStringLiteral("access_token"))
                .toString()
                .toLatin1();
    }
    QByteArray spoToken(const QString &upn)
    {
        return signIn(upn, spoScope()).value(QStringLiteral("access_token")).toString().toLatin1();
    }
    static Headers bearer(const QByteArray &token, const Headers &more = {})
    {
        Headers headers {{"Authorization", "Bearer " + token}};
        headers.append(more);
        return headers;
    }

    // Runs in real time; a test that would wait (a poll interval, a Retry-After, a latency)
    // advances it instead.
    ManualClock clock {ManualClock::Flow::RealTime};
    TenantEmulator emulator {clock};
    Client client;
};

// Retry-After in whole seconds, or -1 (and a failure) when it is anything else.
inline int retryAfterOf(const Reply &reply)
{
    bool ok = false;
    const int seconds = reply.header("retry-after").toInt(&ok);
    EXPECT_TRUE(ok) << "Retry-After must be whole seconds: " << reply.header("retry-after").data();
    return ok ? seconds : -1;
}

} // namespace rc::emu::test
