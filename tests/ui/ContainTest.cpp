// "Respond to a compromised account" in the window, against the real emulator: the card's
// pre-checks, the dialog's typed-name gate for an administrator, the step list as the steps end
// (verified rows and devices, a refused device step naming who can), a preview that writes
// nothing, "what still works" after a verified revocation, and the sign-in log with "Check again".
#include "WindowFixture.h"
#include "audit/AuditLog.h"
#include "revocation/RevokeFlow.h"
#include "ui/ContainmentStepList.h"
#include "ui/ObjectNames.h"
#include "ui/PreCheckList.h"
#include "ui/SignInCheckRow.h"
#include "ui/WhatStillWorks.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>

using namespace rc::test;
using rc::ContainmentStepKind;
namespace emu = rc::emu;
namespace names = rc::ui::names;

namespace {

const QString Verified = QStringLiteral("Done and verified");

class Contain : public WindowTest
{
protected:
    QStringList preChecks() const
    {
        return m_driver->find<rc::ui::PreCheckList>(names::CardPreChecks)->sentences();
    }
    // Waits until the card's pre-checks hold a sentence containing `part`.
    bool waitForPreCheck(const QString &part) const
    {
        return waitFor([&] { return preChecks().join(QLatin1Char('\n')).contains(part); });
    }
    QPushButton *button(const QString &name) const { return m_driver->find<QPushButton>(name); }

    // Clicks "Respond to a compromised account..." once it is enabled; the dialog on screen.
    QDialog *openDialog()
    {
        QPushButton *contain = button(names::ContainButton);
        EXPECT_TRUE(waitFor([contain] { return contain->isEnabled(); })) << "never enabled";
        m_driver->click(names::ContainButton);
        return m_driver->waitForDialog(names::ContainDialog);
    }
    rc::ui::ContainmentStepList *steps() const
    {
        return m_driver->find<rc::ui::ContainmentStepList>(names::ContainStepList);
    }
    // Types the reason, clicks Contain (or Preview) and waits for the last step's row.
    bool run(const QString &reason = {})
    {
        m_driver->find<QLineEdit>(names::ContainReasonEdit)->setText(reason);
        m_driver->click(names::ConfirmContainButton);
        return waitFor([this] {
            return steps() && !steps()->rowText(ContainmentStepKind::DisableDevices).isEmpty()
                    && button(names::CancelContainButton)->text() == QStringLiteral("Close");
        });
    }
    QString signInText() const
    {
        auto *row = m_driver->find<QLabel>(names::SignInCheckText);
        return row ? row->text() : QString();
    }
    int graphWrites() const
    {
        return int(requests(emu::Service::Graph, "PATCH", QString()).size()) + graphRevokes();
    }
};

} // namespace

TEST_F(Contain, CardPreChecksForASyncedUser)
{
    openSignedIn();
    findAndPick(QStringLiteral("johanna"), upn("johanna.lorenz"));
    ASSERT_TRUE(waitForPreCheck(QStringLiteral("Synced from on-premises Active Directory")))
            << preChecks().join(QLatin1Char('|')).toStdString();
    QPushButton *contain = button(names::ContainButton);
    EXPECT_TRUE(waitFor([contain] { return contain->isEnabled(); }));
    EXPECT_FALSE(contain->accessibleName().isEmpty());
    EXPECT_FALSE(preChecks().join(QLatin1Char('\n')).contains(QLatin1String("administrator role")));
}

TEST_F(Contain, CardPreChecksForAnAdminTarget_AndAGuestCannotBeContained)
{
    openSignedIn();
    findAndPick(QStringLiteral("allan"), upn("allan.deyoung"));
    ASSERT_TRUE(waitForPreCheck(QStringLiteral("Holds an administrator role (Exchange "
                                               "Administrator)")))
            << preChecks().join(QLatin1Char('|')).toStdString();

    findAndPick(QStringLiteral("jane"), GuestUpn);
    EXPECT_FALSE(button(names::ContainButton)->isEnabled());
    EXPECT_FALSE(button(names::ContainButton)->accessibleDescription().isEmpty());
}

TEST_F(Contain, AnAdminTargetNeedsTheirNameTyped_CancelIsTheDefaultAndEscapeSendsNothing)
{
    openSignedIn();
    findAndPick(QStringLiteral("allan"), upn("allan.deyoung"));
    ASSERT_TRUE(waitForPreCheck(QStringLiteral("administrator role")));
    QDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QPushButton *contain = button(names::ConfirmContainButton);
    auto *name = m_driver->find<QLineEdit>(names::ContainNameEdit);
    ASSERT_NE(name, nullptr) << "no typed-name field for an administrator";
    EXPECT_FALSE(contain->isEnabled());
    EXPECT_TRUE(button(names::CancelContainButton)->isDefault());
    name->setText(QStringLiteral("allan"));
    EXPECT_FALSE(contain->isEnabled()) << "a part of the name is not the name";
    name->setText(upn("allan.deyoung").toUpper());
    EXPECT_TRUE(contain->isEnabled());
    name->setText(QStringLiteral("Allan Deyoung"));
    EXPECT_TRUE(contain->isEnabled());
    m_driver->activate();
    m_driver->key(Qt::Key_Escape);
    EXPECT_TRUE(waitFor([this] { return m_driver->dialog(names::ContainDialog) == nullptr; }));
    EXPECT_EQ(graphWrites(), 0);
}

TEST_F(Contain, ReachedWithTheKeyboard_EnterOnTheNameFieldCancels)
{
    openSignedIn();
    m_driver->search(QStringLiteral("allan"));
    ASSERT_TRUE(m_driver->waitForResults());
    m_driver->key(Qt::Key_Down);
    m_driver->key(Qt::Key_Return);
    ASSERT_TRUE(waitFor([this] { return m_driver->cardShows(upn("allan.deyoung")); }));
    QPushButton *contain = button(names::ContainButton);
    ASSERT_TRUE(waitFor([contain] { return contain->isEnabled(); }));
    ASSERT_TRUE(m_driver->tabTo(names::ContainButton, 4)) << "not in the tab chain after results";
    m_driver->key(Qt::Key_Space);
    ASSERT_NE(m_driver->waitForDialog(names::ContainDialog), nullptr);
    ASSERT_TRUE(m_driver->tabTo(names::ContainNameEdit, 3));
    m_driver->type(upn("allan.deyoung"));
    EXPECT_TRUE(button(names::ConfirmContainButton)->isEnabled());
    m_driver->key(Qt::Key_Return); // the default button is Cancel
    EXPECT_TRUE(waitFor([this] { return m_driver->dialog(names::ContainDialog) == nullptr; }));
    EXPECT_EQ(graphWrites(), 0);
}

TEST_F(Contain, AnOrdinaryUserNeedsNoTypedName)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    EXPECT_EQ(m_driver->find<QLineEdit>(names::ContainNameEdit), nullptr);
    EXPECT_TRUE(button(names::ConfirmContainButton)->isEnabled());
}

TEST_F(Contain, AsGlobalAdministratorEveryStepAndBothDevicesAreVerified_AndAudited)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    const QString reason
            = QStringLiteral("INC-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(run(reason));
    EXPECT_TRUE(steps()->rowText(ContainmentStepKind::BlockSignIn)
                        .startsWith(QStringLiteral("Block sign-in: ") + Verified))
            << steps()->rowText(ContainmentStepKind::BlockSignIn).toStdString();
    EXPECT_TRUE(steps()->rowText(ContainmentStepKind::RevokeSessions)
                        .startsWith(QStringLiteral("Revoke sessions: ") + Verified));
    EXPECT_TRUE(steps()->rowText(ContainmentStepKind::DisableDevices)
                        .startsWith(QStringLiteral("Disable devices: ") + Verified));
    const QStringList devices = steps()->deviceRows();
    ASSERT_EQ(devices.size(), 2) << devices.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(devices.at(0).contains(QLatin1String("ADELE-SURFACE")));
    EXPECT_TRUE(devices.at(1).contains(QLatin1String("Adele's Pixel")));
    for (const QString &row : devices)
        EXPECT_TRUE(row.contains(Verified)) << row.toStdString();
    EXPECT_EQ(m_emulator->accountEnabled(upn("adele.vance")), std::optional<bool>(false));
    EXPECT_EQ(connection().flow().user()->accountEnabled, std::optional<bool>(false))
            << "the card shows the block the step read back";

    auto log = rc::AuditLog::open(rc::AuditLog::defaultPath());
    ASSERT_TRUE(log.ok());
    rc::AuditQuery query;
    query.text = reason;
    const auto rows = log.value()->records(query);
    ASSERT_TRUE(rows.ok());
    EXPECT_GE(rows.value().size(), 6) << "Started and outcome rows for each step";
    for (const auto &row : rows.value())
        EXPECT_EQ(row.reason, reason);

    // After the run: the card says what still works, counted from the verified revocation.
    auto *works = m_driver->find<rc::ui::WhatStillWorks>(names::CardWhatStillWorks);
    EXPECT_TRUE(waitFor([works] { return works->isVisibleTo(works->window()); }));
    EXPECT_TRUE(works->text().contains(QLatin1String("blocked since")));
}

TEST_F(Contain, AsUserAdministratorTheDeviceStepIsRefusedNamingCloudDeviceAdministrator)
{
    openSignedIn(upn("useradmin"));
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    ASSERT_TRUE(run());
    const QString devices = steps()->rowText(ContainmentStepKind::DisableDevices);
    EXPECT_TRUE(devices.startsWith(QStringLiteral("Disable devices: Refused")))
            << devices.toStdString();
    EXPECT_TRUE(devices.contains(QLatin1String("Cloud Device Administrator")))
            << devices.toStdString();
    EXPECT_TRUE(steps()->rowText(ContainmentStepKind::RevokeSessions).contains(Verified))
            << "a refused step does not stop the others";
    for (const QString &row : steps()->deviceRows())
        EXPECT_TRUE(row.contains(QLatin1String(": Refused"))) << row.toStdString();
}

TEST_F(Contain, WhatIfListsTheStepsAndSendsNoWrite)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    m_driver->find<QCheckBox>(names::ContainPreviewToggle)->setChecked(true);
    EXPECT_EQ(button(names::ConfirmContainButton)->text(), QStringLiteral("&Preview"));
    ASSERT_TRUE(run());
    for (const auto kind : {ContainmentStepKind::BlockSignIn, ContainmentStepKind::RevokeSessions,
                            ContainmentStepKind::DisableDevices})
        EXPECT_TRUE(steps()->rowText(kind).contains(QLatin1String(": What if")))
                << steps()->rowText(kind).toStdString();
    EXPECT_EQ(steps()->deviceRows().size(), 2) << "the preview names the devices";
    EXPECT_EQ(graphWrites(), 0);
    EXPECT_EQ(m_emulator->accountEnabled(upn("adele.vance")), std::optional<bool>(true));
    EXPECT_TRUE(signInText().isEmpty()) << "no sign-in log read after a preview";
    EXPECT_TRUE(button(names::ConfirmContainButton)->isEnabled()) << "a real run may follow";
}

TEST_F(Contain, WhatStillWorksAppearsAfterAVerifiedRevocationWithTheTime)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    auto *works = m_driver->find<rc::ui::WhatStillWorks>(names::CardWhatStillWorks);
    EXPECT_FALSE(works->isVisibleTo(works->window()));
    m_driver->revoke();
    ASSERT_TRUE(m_driver->waitForConfirmDialog());
    m_driver->confirm();
    ASSERT_TRUE(m_driver->waitForBanner());
    const auto outcome = connection().flow().lastOutcome();
    ASSERT_TRUE(outcome && outcome->verified);
    const QDateTime at = outcome->sessionsValidFromAfter.toLocalTime();
    EXPECT_TRUE(works->isVisibleTo(works->window()));
    const QString text = works->text();
    EXPECT_TRUE(text.contains(
            QStringLiteral("blocked since %1.").arg(at.toString(QStringLiteral("HH:mm")))))
            << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("until about %1.")
                                      .arg(at.addSecs(90 * 60).toString(QStringLiteral("HH:mm")))))
            << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("Exchange Online, SharePoint Online and Teams")));
    EXPECT_TRUE(text.contains(QLatin1String("OneDrive sync client")));
    EXPECT_FALSE(text.contains(QLatin1String("on-premises"))) << "Adele is not synced";
}

TEST_F(Contain, TheSignInLogIsReadOnceAndCheckAgainNamesALaterSignIn)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    ASSERT_TRUE(run());
    ASSERT_TRUE(waitFor([this] { return signInText().contains(QLatin1String("No sign-in")); }))
            << signInText().toStdString();
    const auto reads = [this] {
        return requests(emu::Service::Graph, "GET", QStringLiteral("auditLogs/signIns")).size();
    };
    EXPECT_EQ(reads(), 1);
    // An app without continuous access evaluation, signing in a moment after the revocation.
    ASSERT_TRUE(m_emulator->recordSignIn(upn("adele.vance"), QStringLiteral("Contoso Expenses"),
                                         m_clock.utcNow().addSecs(5)));
    EXPECT_EQ(reads(), 1) << "the window never polls by itself";
    m_driver->click(names::CheckSignInsAgainButton);
    EXPECT_TRUE(waitFor([this] {
        return signInText().contains(QLatin1String("Contoso Expenses"));
    })) << signInText().toStdString();
    EXPECT_EQ(reads(), 2);
}

TEST_F(Contain, UndoReEnablesSignInAndTheDevicesAndSaysSessionsStayRevoked)
{
    openSignedIn();
    findAndPick(QStringLiteral("adele"), upn("adele.vance"));
    ASSERT_NE(openDialog(), nullptr);
    QPushButton *undo = button(names::UndoContainButton);
    EXPECT_FALSE(undo->isVisibleTo(undo->window())) << "nothing to undo before a run";
    ASSERT_TRUE(run());
    ASSERT_EQ(m_emulator->accountEnabled(upn("adele.vance")), std::optional<bool>(false));
    ASSERT_TRUE(undo->isVisibleTo(undo->window()));
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_FALSE(undo->accessibleName().isEmpty());
    m_driver->click(names::UndoContainButton);
    ASSERT_TRUE(waitFor([this, undo] {
        return !steps()->rowText(ContainmentStepKind::EnableDevices).isEmpty() && !undo->isEnabled()
                && button(names::CancelContainButton)->text() == QStringLiteral("Close");
    }));
    EXPECT_TRUE(steps()->rowText(ContainmentStepKind::UnblockSignIn).contains(Verified))
            << steps()->rowText(ContainmentStepKind::UnblockSignIn).toStdString();
    EXPECT_FALSE(steps()->rowText(ContainmentStepKind::RevokedSessionsStay).isEmpty());
    const QStringList devices = steps()->deviceRows(ContainmentStepKind::EnableDevices);
    ASSERT_EQ(devices.size(), 2) << devices.join(QLatin1Char('|')).toStdString();
    for (const QString &row : devices)
        EXPECT_TRUE(row.contains(Verified)) << row.toStdString();
    EXPECT_EQ(m_emulator->accountEnabled(upn("adele.vance")), std::optional<bool>(true));
    EXPECT_EQ(connection().flow().user()->accountEnabled, std::optional<bool>(true));
}
