// Every request `revoke-console revoke --user U --yes` sends, in order, pinned exactly: a new
// request (or one gone) fails here until someone says, in the list below, why it is sent. The
// emulator records what reached it before handling it, so this is what the binary put on the wire.
#include "e2e/CliAgainstEmulator.h"
#include "emulator/DemoTenant.h"
#include "emulator/EmulatedBatchItem.h"
#include "emulator/TenantEmulator.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace rc;
using namespace rc::test;

namespace {

class CliRequests : public CliAgainstEmulator
{
protected:
    CliRun revoke(const QString &user, QStringList more = {})
    {
        return runCliServed(
                onTenant(QStringLiteral("revoke"),
                         QStringList {QStringLiteral("--yes"), QStringLiteral("--user"), user}
                                 + more),
                m_env);
    }

    // One line per request: "<service> <METHOD> <path>[?<query>]" as received (still
    // percent-encoded), the grant of a token request, and after a $batch one "  item" line per
    // sub-request. The emulator's ports and the tenant's ids are replaced by names.
    QStringList sent() const
    {
        QStringList lines;
        int batch = 0;
        const QList<emu::EmulatedBatchItem> items = m_emulator.batchItems();
        for (const emu::EmulatedRequest &r : m_emulator.requests()) {
            QString line = emu::serviceName(r.service) + QLatin1Char(' ')
                    + QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
            if (!r.query.isEmpty())
                line += QLatin1Char('?') + r.query;
            if (r.service == emu::Service::Identity && r.method == "POST") {
                const QString grant = QUrlQuery(QString::fromUtf8(r.body))
                                              .queryItemValue(QStringLiteral("grant_type"));
                if (!grant.isEmpty())
                    line += QStringLiteral(" [grant_type=%1]").arg(grant);
            }
            lines << named(line);
            if (r.path.endsWith(QLatin1String("/$batch"))) {
                ++batch;
                for (const emu::EmulatedBatchItem &item : items) {
                    if (item.batchNumber != batch)
                        continue;
                    QString itemLine = QStringLiteral("  item ")
                            + QString::fromLatin1(item.request.method) + QLatin1Char(' ')
                            + item.request.path;
                    if (!item.request.query.isEmpty())
                        itemLine += QLatin1Char('?') + item.request.query;
                    lines << named(itemLine);
                }
            }
        }
        return lines;
    }

    // Lines name the user's object id "{id}".
    QString named(QString line) const
    {
        if (!m_userId.isEmpty())
            line.replace(m_userId, QStringLiteral("{id}"));
        return line;
    }

    // The tenant's user whose sessions the test revokes.
    QString target(const char *name)
    {
        const QString upn = cliUpn(name);
        const emu::DemoUser *user = m_emulator.tenant().find(upn);
        EXPECT_NE(user, nullptr) << name;
        m_userId = user ? user->id : QString();
        return upn;
    }

    QString m_userId;
};

// The $select of every user read (Graph's user resource): who the person is, whether a guest,
// and "sessions valid from", which tells a revocation that took from one that did not.
const QString UserSelect = QStringLiteral(
        "$select=id%2CdisplayName%2CuserPrincipalName%2Cmail%2CuserType%2CaccountEnabled%2CjobTitle"
        "%2Cdepartment%2CcreatedDateTime%2CsignInSessionsValidFromDateTime%"
        "2ConPremisesSyncEnabled");
const QString RoleSelect = QStringLiteral("$select=displayName,roleTemplateId&$count=true");

// The requests every revocation starts with, on either channel.
QStringList signInAndOperator()
{
    const QString tenant = QStringLiteral("/") + CliDomain;
    return {
            // Sign-in: nothing in the keychain for this emulator, so the profile's flow (device
            // code), then the code redeemed for Graph's token.
            QStringLiteral("identity POST %1/oauth2/v2.0/devicecode").arg(tenant),
            QStringLiteral("identity POST %1/oauth2/v2.0/token "
                           "[grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code]")
                    .arg(tenant),
            // Who is signed in: the audit log's operator, and the object id the role model needs
            // (on Entra anyone may sign out their own account, whatever their roles).
            QStringLiteral("graph GET /v1.0/me?") + UserSelect,
            // The operator's directory roles: half of every verdict (who may sign out whom).
            QStringLiteral("graph GET /v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?")
                    + RoleSelect,
    };
}

} // namespace

TEST_F(CliRequests, RevokeOnEntraSendsOnlyWhatItNeeds)
{
    const QString user = target("adele.vance");
    const CliRun r = revoke(user);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    QStringList expected = signInAndOperator();
    expected += QStringList {
            // The typed name: does the user exist, is it a guest (refused, as the cmdlet does),
            // its object id for the requests that follow, and "sessions valid from" before the
            // revocation. (Nothing waits between here and the revocation with --yes, so the user
            // is not read a second time; after a confirmation prompt it is.)
            QStringLiteral("graph GET /v1.0/users/adele.vance%40contoso.onmicrosoft.com?")
                    + UserSelect,
            // The target's directory roles: the other half of the verdict (only some roles may
            // sign out an administrator).
            QStringLiteral("graph GET /v1.0/users/{id}/transitiveMemberOf/"
                           "microsoft.graph.directoryRole?")
                    + RoleSelect,
            // The revocation.
            QStringLiteral("graph POST /v1.0/users/{id}/revokeSignInSessions"),
            // "Sessions valid from" again: moved is "revoked and verified", unmoved is "not
            // confirmed" (exit 5), never a success taken on trust.
            QStringLiteral("graph GET /v1.0/users/{id}?") + UserSelect,
    };
    EXPECT_EQ(sent(), expected) << sent().join(QLatin1Char('\n')).toStdString();
}

TEST_F(CliRequests, RevokeOnSharePointSendsOnlyWhatItNeeds)
{
    const QString user = target("adele.vance");
    const CliRun r = revoke(user, {QStringLiteral("--channel"), QStringLiteral("spo")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    // The operator's roles matter here too: SharePoint's operation needs a SharePoint or Global
    // Administrator, refused before sending when the roles say otherwise.
    QStringList expected = signInAndOperator();
    expected += QStringList {
            // The typed name on Graph: a guest is never sent, and the output names the person.
            // (No target roles: SharePoint's operation does not depend on them.)
            QStringLiteral("graph GET /v1.0/users/adele.vance%40contoso.onmicrosoft.com?")
                    + UserSelect,
            // SharePoint's token, from the refresh token of the same sign-in: no second prompt.
            QStringLiteral("identity POST /%1/oauth2/v2.0/token [grant_type=refresh_token]")
                    .arg(CliDomain),
            // The cmdlet's operation (CSOM RevokeSPOUserSession), whose State is the outcome.
            QStringLiteral("sharepoint POST /_vti_bin/client.svc/ProcessQuery"),
    };
    EXPECT_EQ(sent(), expected) << sent().join(QLatin1Char('\n')).toStdString();
}
