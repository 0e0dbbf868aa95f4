// The confirmation dialog, the cmdlet's -Confirm: it names the person, says what will happen, and
// nothing is sent unless the person deliberately chooses "Revoke sessions".
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "revocation/RevokeFlow.h"
#include "ui/ObjectNames.h"

#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>

using namespace rc::test;
namespace names = rc::ui::names;

namespace {

class ConfirmDialog : public WindowTest
{
protected:
    QDialog *openConfirmation(const char *query, const QString &user)
    {
        openSignedIn();
        findAndPick(QString::fromUtf8(query), user);
        m_driver->revoke();
        EXPECT_TRUE(m_driver->waitForConfirmDialog());
        return m_driver->dialog(names::ConfirmRevokeDialog);
    }

    // Nothing went out, and nothing is on its way.
    void expectNothingSent()
    {
        EXPECT_EQ(m_driver->dialog(names::ConfirmRevokeDialog), nullptr);
        EXPECT_EQ(revokingRequests(), 0);
        EXPECT_FALSE(m_driver->isBusy());
        EXPECT_FALSE(connection().flow().lastOutcome().has_value());
        EXPECT_EQ(m_driver->bannerCount(), 0);
    }
};

} // namespace

TEST_F(ConfirmDialog, NamesThePersonAndWhatHappens_CancelIsTheDefault)
{
    const QString user = upn("o'brien");
    QDialog *dialog = openConfirmation("patti", user);
    ASSERT_NE(dialog, nullptr);
    const QString heading = dialog->findChild<QLabel *>(names::ConfirmMessage)->text();
    EXPECT_EQ(heading, QStringLiteral("Sign out Patti O'Brien from every session?"));
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(user)) << "the UPN is named on its own line";
    const QString all = texts.join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QLatin1String("browser, desktop and mobile apps across all their "
                                           "devices")));
    EXPECT_TRUE(all.contains(QLatin1String("up to about an hour")));
    auto *cancel = dialog->findChild<QPushButton *>(names::CancelConfirmButton);
    auto *confirm = dialog->findChild<QPushButton *>(names::ConfirmRevokeButton);
    EXPECT_TRUE(cancel->isDefault());
    EXPECT_FALSE(confirm->isDefault());
    EXPECT_TRUE(confirm->accessibleName().contains(QLatin1String("Revoke")));
}

TEST_F(ConfirmDialog, Cancel_SendsNothing)
{
    ASSERT_NE(openConfirmation("adele", upn("adele.vance")), nullptr);
    m_driver->cancelConfirm();
    expectNothingSent();
}

TEST_F(ConfirmDialog, Escape_Cancels)
{
    ASSERT_NE(openConfirmation("adele", upn("adele.vance")), nullptr);
    m_driver->key(Qt::Key_Escape);
    expectNothingSent();
}

TEST_F(ConfirmDialog, EnterWhileTypingTheReason_TakesTheDefaultCancel)
{
    QDialog *dialog = openConfirmation("adele", upn("adele.vance"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(m_driver->focused(), dialog->findChild<QLineEdit *>(names::ReasonEdit));
    m_driver->type(QStringLiteral("INC-7"));
    m_driver->key(Qt::Key_Return);
    expectNothingSent();
}

TEST_F(ConfirmDialog, ReasonIsShownInTheBannerAndCopiedWithTheDetails)
{
    const QString user = upn("adele.vance");
    ASSERT_NE(openConfirmation("adele", user), nullptr);
    m_driver->confirm(QStringLiteral("INC-4242 laptop stolen"));
    ASSERT_TRUE(m_driver->waitForBanner());
    EXPECT_EQ(revokingRequests(), 1);
    EXPECT_TRUE(m_driver->bannerDetails().contains(QLatin1String("INC-4242 laptop stolen")));

    QGuiApplication::clipboard()->clear();
    m_driver->click(names::CopyDetailsButton);
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(m_driver->bannerText())) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QLatin1String("INC-4242 laptop stolen")));
    EXPECT_TRUE(copied.contains(QLatin1String("Correlation id: ")
                                + connection().flow().lastOutcome()->correlationId));
    EXPECT_TRUE(copied.contains(QLatin1String("Time: ")));
}

TEST_F(ConfirmDialog, ConfirmedRevocationIsInTheAuditLogWithItsReason)
{
    const QString user = upn("alex.wilber");
    const QString reason
            = QStringLiteral("INC-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_NE(openConfirmation("alex", user), nullptr);
    m_driver->confirm(reason);
    ASSERT_TRUE(m_driver->waitForBanner());
    auto log = rc::AuditLog::open(rc::AuditLog::defaultPath());
    ASSERT_TRUE(log.ok());
    rc::AuditQuery query;
    query.text = reason;
    const auto rows = log.value()->records(query);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value().at(0).outcome,
              QStringLiteral("NonInstantaneousSuccess")); // newest first
    EXPECT_EQ(rows.value().at(1).outcome, QStringLiteral("Started"));
    EXPECT_EQ(rows.value().at(0).targetUpn, user);
    EXPECT_EQ(rows.value().at(0).operatorUpn, upn("admin"));
    EXPECT_EQ(rows.value().at(0).correlationId, connection().flow().lastOutcome()->correlationId);
    EXPECT_EQ(rows.value().at(0).operation, rows.value().at(1).operation);
}
