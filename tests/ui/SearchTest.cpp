// Search as you type in the window: names with apostrophes, pasted guest UPNs, badges, "no users
// match" and errors in place, and a stale answer that never reaches the list.
#include "WindowFixture.h"
#include "ui/ObjectNames.h"
#include "ui/UserResultDelegate.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace rc::test;
namespace emu = rc::emu;
namespace names = rc::ui::names;

namespace {

class Search : public WindowTest
{
protected:
    QModelIndex row(const QString &upn) const
    {
        auto *list = m_driver->find<QListView>(names::ResultsList);
        const int at = int(m_driver->resultUpns().indexOf(upn));
        return at < 0 ? QModelIndex() : list->model()->index(at, 0);
    }
    // Every UPN that ever reaches the result list, while `context` lives.
    void recordShown(QStringList *shown, QObject *context) const
    {
        auto *model = m_driver->find<QListView>(names::ResultsList)->model();
        QObject::connect(model, &QAbstractItemModel::rowsInserted, context,
                         [model, shown](const QModelIndex &, int first, int last) {
                             for (int r = first; r <= last; ++r)
                                 *shown << model->index(r, 0).data(rc::ui::UpnRole).toString();
                         });
    }
};

} // namespace

TEST_F(Search, ApostropheInTheName_FindsPattiOBrien)
{
    openSignedIn();
    for (const QString &query : {QStringLiteral("o'b"), QStringLiteral("O'Brien")}) {
        m_driver->search(query);
        ASSERT_TRUE(m_driver->waitForResults()) << query.toStdString();
        EXPECT_TRUE(m_driver->resultUpns().contains(upn("o'brien"))) << query.toStdString();
    }
    ASSERT_TRUE(m_driver->pick(upn("o'brien")));
    EXPECT_EQ(m_driver->cardText(names::CardDisplayName), QStringLiteral("Patti O'Brien"));
}

TEST_F(Search, PastedGuestUpn_FindsTheGuestWithAGuestBadge)
{
    openSignedIn();
    m_driver->search(GuestUpn);
    ASSERT_TRUE(m_driver->waitForResults());
    EXPECT_EQ(m_driver->resultUpns(), QStringList {GuestUpn});
    EXPECT_TRUE(row(GuestUpn).data(rc::ui::GuestRole).toBool());
    EXPECT_TRUE(
            row(GuestUpn).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Guest")));
    // Looked up directly by its name, not by a prefix search that could never match #EXT#.
    EXPECT_FALSE(requests(emu::Service::Graph, "GET", QStringLiteral("#EXT#")).isEmpty());
}

TEST_F(Search, DisabledAccount_ShowsADisabledBadgeAndTheCardSaysSo)
{
    openSignedIn();
    findAndPick(QStringLiteral("pradeep"), upn("pradeep.gupta"));
    EXPECT_TRUE(row(upn("pradeep.gupta")).data(rc::ui::DisabledRole).toBool());
    EXPECT_TRUE(m_driver->cardText(names::CardNotice).contains(QLatin1String("disabled")));
    EXPECT_TRUE(m_driver->revokeButton()->isEnabled()) << "a disabled member can be revoked";
}

TEST_F(Search, NothingMatches_SaysSoInPlace)
{
    openSignedIn();
    m_driver->search(QStringLiteral("zzyzx"));
    ASSERT_TRUE(m_driver->waitForResults());
    EXPECT_TRUE(m_driver->resultUpns().isEmpty());
    EXPECT_EQ(m_driver->searchMessage(), QStringLiteral("No users match \u201czzyzx\u201d."));
}

TEST_F(Search, ServiceFailure_IsShownInPlaceAsASentence)
{
    openSignedIn();
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users"),
                             emu::Fault::httpStatus(500, -1, -1));
    m_driver->search(QStringLiteral("adele"));
    ASSERT_TRUE(m_driver->waitForResults());
    EXPECT_TRUE(m_driver->resultUpns().isEmpty());
    const QString message = m_driver->searchMessage();
    EXPECT_FALSE(message.isEmpty());
    EXPECT_FALSE(message.startsWith(QLatin1String("No users match")));
    EXPECT_FALSE(message.contains(QLatin1String("server replied"))) << message.toStdString();
    EXPECT_EQ(m_driver->bannerCount(), 0) << "search errors belong to the search box";
}

TEST_F(Search, StaleAnswer_IsDroppedAndNeverShown)
{
    openSignedIn();
    // The first search answers slowly, the second more slowly still: had the first not been
    // dropped, its answer would have reached the list before the second's.
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users"),
                             emu::Fault::latency(400));
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users"),
                             emu::Fault::latency(900));
    QStringList everShown;
    QObject context;
    recordShown(&everShown, &context);

    m_driver->search(QStringLiteral("adele"));
    ASSERT_TRUE(waitFor([this] {
        return !requests(emu::Service::Graph, "GET", QStringLiteral("/users")).isEmpty();
    }));
    m_driver->search(QStringLiteral("alex"));
    ASSERT_TRUE(m_driver->waitForResults());
    EXPECT_EQ(requests(emu::Service::Graph, "GET", QStringLiteral("/users")).size(), 2);
    EXPECT_EQ(m_driver->resultUpns(), QStringList {upn("alex.wilber")});
    EXPECT_FALSE(everShown.contains(upn("adele.vance")))
            << everShown.join(QLatin1Char(' ')).toStdString();
}

// Assistive technology and voice control set the search text through the accessibility API
// (AT-SPI EditableText, UI Automation ValuePattern), which reaches QLineEdit::setText without a
// key press: it must search as typing does, in order, dropping the stale answer.
TEST_F(Search, TextSetByAssistiveTechnology_Searches)
{
    openSignedIn();
    auto *edit = m_driver->find<QLineEdit>(names::SearchEdit);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit);
    ASSERT_NE(accessible, nullptr);
    accessible->setText(QAccessible::Value, QStringLiteral("adele"));
    EXPECT_EQ(edit->text(), QStringLiteral("adele"));
    ASSERT_TRUE(waitFor([this] {
        return m_driver->resultUpns() == QStringList {upn("adele.vance")};
    })) << m_driver->resultUpns().join(QLatin1Char(' ')).toStdString();

    // EditableText: replace the whole text, as an AT-SPI client does; the first answer is slow
    // and must never reach the list once the text changed again.
    QStringList everShown;
    QObject context;
    recordShown(&everShown, &context);
    m_emulator->faults().add(emu::Service::Graph, QStringLiteral("/users"),
                             emu::Fault::latency(600));
    m_emulator->clearRequests();
    ASSERT_NE(accessible->editableTextInterface(), nullptr);
    accessible->editableTextInterface()->replaceText(0, int(edit->text().size()),
                                                     QStringLiteral("lee"));
    ASSERT_TRUE(waitFor([this] {
        return !requests(emu::Service::Graph, "GET", QStringLiteral("/users")).isEmpty();
    }));
    accessible->editableTextInterface()->replaceText(0, int(edit->text().size()),
                                                     QStringLiteral("megan"));
    ASSERT_TRUE(
            waitFor([&] { return m_driver->resultUpns() == QStringList {upn("megan.bowen")}; }));
    EXPECT_EQ(edit->text(), QStringLiteral("megan"));
    EXPECT_FALSE(everShown.contains(upn("lee.gu")))
            << everShown.join(QLatin1Char(' ')).toStdString();
}
