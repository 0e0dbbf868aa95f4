#pragma once
// Shared by the browser sign-in stories (a test playing the browser, and real Chromium): the real
// tenant emulator, a real TokenEndpoint pointed at it, and a BrowserSignIn whose result the test
// waits for. Tests then read what the emulator received.

#include "auth/BrowserSignIn.h"
#include "emulator/DemoTenant.h"
#include "emulator/FormFields.h"
#include "emulator/TenantEmulator.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace rc::test {

class BrowserSignInFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_emulator = std::make_unique<emu::TenantEmulator>();
        QString why;
        ASSERT_TRUE(m_emulator->start(&why)) << why.toStdString();
        const auto cloud
                = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
        ASSERT_TRUE(cloud.ok());
        const auto tenant = Tenant::parse(domain());
        ASSERT_TRUE(tenant.ok());
        m_endpoint = std::make_unique<TokenEndpoint>(m_http, cloud.value(), tenant.value(),
                                                     clientId(), m_clock);
        const auto scope = cloud.value().defaultScope(Resource::Graph, tenant.value());
        ASSERT_TRUE(scope.ok());
        m_scopes = scope.value() + QStringLiteral(" offline_access openid profile");
        m_audience = cloud.value().graph();
    }

    void TearDown() override
    {
        m_signIn.reset();
        m_endpoint.reset();
        m_emulator.reset();
    }

    static QString domain() { return QStringLiteral("contoso.onmicrosoft.com"); }
    static QString clientId() { return QLatin1String(emu::DemoTenant::DefaultClientId); }
    static QString admin() { return QStringLiteral("admin@contoso.onmicrosoft.com"); }

    // Creates the attempt and starts it; the result lands in m_result.
    BrowserSignIn &startSignIn(std::function<bool(const QUrl &)> openBrowser,
                               int timeoutSeconds = 60)
    {
        m_signIn = std::make_unique<BrowserSignIn>(*m_endpoint, m_scopes, m_audience,
                                                   std::move(openBrowser));
        m_signIn->setTimeoutSeconds(timeoutSeconds);
        QObject::connect(m_signIn.get(), &BrowserSignIn::authorizeUrlReady, &m_context,
                         [this](const QUrl &url) { m_announcedUrl = url; });
        m_signIn->start([this](Result<TokenGrant> result) {
            ++m_answers;
            m_result.emplace(std::move(result));
        });
        return *m_signIn;
    }
    bool waitForResult(int timeoutMs = 15000)
    {
        return waitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    QString resultMessage() const
    {
        return m_result && !m_result->ok() ? m_result->error().message : QString();
    }

    // The token requests of one grant type, as the emulator received them.
    QList<emu::FormFields> tokenRequests(const QString &grantType) const
    {
        QList<emu::FormFields> found;
        for (const auto &r : m_emulator->requestsTo(emu::Service::Identity)) {
            const emu::FormFields form = emu::FormFields::parse(r.body);
            if (r.method == "POST" && r.path.endsWith(QLatin1String("/token"))
                && form.value(QStringLiteral("grant_type")) == grantType)
                found.append(form);
        }
        return found;
    }
    static emu::FormFields queryOf(const QUrl &url)
    {
        return emu::FormFields::parse(url.query(QUrl::FullyEncoded).toLatin1());
    }

    static bool accepts(const QHostAddress &address, quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        return socket.waitForConnected(2000);
    }
    static bool hasIpv6Loopback()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
    }
    // The listener's port is closed on both loopback addresses.
    static void expectPortClosed(quint16 port)
    {
        EXPECT_FALSE(accepts(QHostAddress(QHostAddress::LocalHost), port)) << port;
        if (hasIpv6Loopback()) {
            EXPECT_FALSE(accepts(QHostAddress(QHostAddress::LocalHostIPv6), port)) << port;
        }
    }

    std::unique_ptr<emu::TenantEmulator> m_emulator;
    HttpClient m_http;
    // The attempt's waits: in real time, and a test may advance it besides.
    ManualClock m_clock {ManualClock::Flow::RealTime};
    std::unique_ptr<TokenEndpoint> m_endpoint;
    QString m_scopes;
    QUrl m_audience;
    std::unique_ptr<BrowserSignIn> m_signIn;
    std::optional<Result<TokenGrant>> m_result;
    int m_answers = 0;
    QUrl m_announcedUrl;
    QObject m_context;
};

} // namespace rc::test
