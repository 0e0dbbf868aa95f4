#include "support/EmulatorFixture.h"

#include <QJsonDocument>

namespace rc::test {

void EmulatorFixture::SetUp()
{
    m_emulator = std::make_unique<emu::TenantEmulator>(m_clock);
    QString why;
    ASSERT_TRUE(m_emulator->start(&why)) << why.toStdString();
    m_connection = connect();
    signIn(*m_connection);
}

void EmulatorFixture::TearDown()
{
    m_connection.reset();
    m_emulator.reset();
}

std::unique_ptr<TenantConnection> EmulatorFixture::connect(const QString &tenant)
{
    const auto cloud = CloudEndpoints::fromJson(QJsonDocument(m_emulator->cloudConfig()).toJson());
    EXPECT_TRUE(cloud.ok());
    const auto parsedTenant = Tenant::parse(tenant);
    EXPECT_TRUE(parsedTenant.ok());
    return std::make_unique<TenantConnection>(ConnectionSettings {
            cloud.value(), parsedTenant.value(),
            QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"), QString(), &m_clock});
}

void EmulatorFixture::signIn(TenantConnection &connection, const QString &admin)
{
    m_emulator->setAutoApproveAs(admin);
    bool done = false;
    QString failure;
    // The lambdas write to this frame: their context ends with it, so a later sign-in in the
    // same test cannot reach them (AddressSanitizer: stack-use-after-scope).
    QObject frame;
    QObject::connect(&connection.session(), &SignInSession::signedIn, &frame, [&] { done = true; });
    QObject::connect(&connection.session(), &SignInSession::signInFailed, &frame,
                     [&](const ServiceError &e) {
                         failure = e.message;
                         done = true;
                     });
    connection.session().signInWithDeviceCode();
    ASSERT_TRUE(waitSkippingWaits([&] { return done; }, 20000)) << "sign-in did not finish";
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    ASSERT_TRUE(connection.session().isSignedIn());
    // The admin's roles load by themselves after sign-in; let that settle so tests count only
    // their own requests.
    ASSERT_TRUE(waitFor([&] { return connection.admin().isSettled(); }));
}

bool EmulatorFixture::waitSkippingWaits(const std::function<bool()> &done, int timeoutMs)
{
    return waitFor(
            [&] {
                if (m_clock.pendingTimers() > 0)
                    m_clock.advance(m_clock.msToNextTimer());
                return done();
            },
            timeoutMs);
}

std::optional<Resolution> EmulatorFixture::resolve(const QString &user, Channel channel)
{
    std::optional<Resolution> resolution;
    m_connection->revoker().resolve(user, channel, &m_context,
                                    [&](Resolution r) { resolution = std::move(r); });
    EXPECT_TRUE(waitFor([&] { return resolution.has_value(); }));
    return resolution;
}

std::optional<User> EmulatorFixture::lookUp(const QString &upn)
{
    std::optional<Result<User>> found;
    m_connection->graph().getUser(upn, &m_context, [&](Result<User> u) { found = std::move(u); });
    EXPECT_TRUE(waitFor([&] { return found.has_value(); }));
    EXPECT_TRUE(found && found->ok()) << upn.toStdString();
    return found && found->ok() ? std::optional<User>(found->value()) : std::nullopt;
}

RevocationOutcome EmulatorFixture::revoke(const QString &user, Channel channel, bool preview)
{
    const auto resolution = resolve(user, channel);
    if (!resolution)
        return {};
    if (const auto *ended = std::get_if<RevocationOutcome>(&*resolution))
        return *ended;
    const auto &target = std::get<RevokeTarget>(*resolution);
    if (preview)
        return Revoker::preview(target);
    std::optional<RevocationOutcome> outcome;
    m_connection->revoker().revoke(target, &m_context, [&](RevocationOutcome o) { outcome = o; });
    EXPECT_TRUE(waitFor([&] { return outcome.has_value(); }));
    return outcome.value_or(RevocationOutcome {});
}

QList<emu::EmulatedRequest> EmulatorFixture::requestsTo(emu::Service service,
                                                        const QByteArray &method,
                                                        const QString &pathContains) const
{
    QList<emu::EmulatedRequest> matching;
    for (const auto &r : m_emulator->requestsTo(service)) {
        if (r.method == method && QUrl::fromPercentEncoding(r.path.toUtf8()).contains(pathContains))
            matching.append(r);
    }
    return matching;
}

} // namespace rc::test
