#pragma once
// The window tests' fixture for "Sign out many people": the signed-in demo window plus helpers to
// add people to the emulated tenant and to read what the emulator received. People get names no
// other test (or earlier run of this test) uses: the window's journal and audit log live in the
// test-mode data folder, shared across tests and runs, and a run is keyed by its people.

#include "WindowFixture.h"
#include "support/BatchItems.h"
#include "support/BulkPeople.h"
#include "ui/BulkTableModel.h"
#include "ui/BulkWindow.h"

#include <QUuid>

namespace rc::test {

// The outcome a row's revocation has when its "sessions valid from" moved.
inline const QString Verified = QStringLiteral("NonInstantaneousSuccess");

class BulkWindowTest : public WindowTest
{
protected:
    // Signed in, the bulk window open on its list page.
    void openBulkSignedIn()
    {
        openSignedIn();
        ASSERT_TRUE(m_driver->openBulk()) << "Ctrl+Shift+B did not open the bulk window";
    }

    // `count` members with fresh names (b<8 hex>.00000@contoso...), sessions valid from 2024.
    QStringList addPeople(int count)
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        return addBulkPeople(m_emulator->tenant(), Domain, count, QLatin1Char('b') + tag, 5);
    }

    // Revoking $batch items (Graph) and CSOM requests (SharePoint) the emulator received.
    int bulkRevokes() const
    {
        return int(revokingBatchItems(*m_emulator).size()) + revokingRequests();
    }

    // Each person revoked exactly once (Graph)?
    void expectEachRevokedOnce(const QStringList &people) const
    {
        for (const QString &person : people)
            EXPECT_EQ(m_emulator->revocationCount(person), 1) << person.toStdString();
    }

    int revokedSoFar(const QStringList &people) const
    {
        int n = 0;
        for (const QString &person : people)
            n += m_emulator->revocationCount(person);
        return n;
    }

    // Waits until the emulator's writes stand still (what was in flight has been answered).
    int settledWrites()
    {
        int seen = -1;
        for (int i = 0; i < 20 && seen != writes(); ++i) {
            seen = writes();
            waitFor([&] { return writes() != seen; }, 500);
        }
        return writes();
    }
    int writes() const { return m_emulator->writesAccepted() + m_emulator->writesThrottled(); }

    QStringList outcomes() const { return m_driver->bulkColumn(ui::BulkTableModel::OutcomeRole); }
    QStringList categories() const
    {
        return m_driver->bulkColumn(ui::BulkTableModel::CategoryRole);
    }
};

} // namespace rc::test
