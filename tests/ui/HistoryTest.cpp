// The History view in the window: after a preview and a confirmed revocation it shows their rows
// newest first, narrows them by text and outcome, and exports what it shows as CSV. The test-mode
// audit log outlives the run, so rows are picked out by a reason made unique for this test.
#include "WindowFixture.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryView.h"
#include "ui/ObjectNames.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

using namespace rc::test;
using rc::Channel;
using rc::ui::HistoryModel;
using rc::ui::HistoryView;
namespace names = rc::ui::names;

namespace {

class History : public WindowTest
{
protected:
    // Each test has a user no other window test revokes, so tests running side by side (they
    // share the test-mode audit log) never see each other's rows. Preview, then revoke.
    void previewThenRevoke(const char *user, const char *query)
    {
        m_user = upn(user);
        openSignedIn();
        findAndPick(QString::fromUtf8(query), m_user);
        m_driver->setChannel(Channel::Entra);
        m_driver->setPreview(true);
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForBanner());
        m_driver->setPreview(false);
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForConfirmDialog());
        m_driver->confirm(m_reason);
        ASSERT_TRUE(m_driver->waitForBanner());
    }

    HistoryView *openHistory()
    {
        m_driver->click(names::HistoryButton);
        return qobject_cast<HistoryView *>(m_driver->dialog(names::HistoryView));
    }

    void filter(HistoryView *view, const QString &text)
    {
        view->findChild<QLineEdit *>(names::HistoryFilterEdit)->setText(text);
    }

    void chooseOutcome(HistoryView *view, const QString &outcome)
    {
        auto *combo = view->findChild<QComboBox *>(names::HistoryOutcomeCombo);
        const int index = combo->findData(outcome);
        ASSERT_GE(index, 0) << "the combo does not offer " << outcome.toStdString();
        combo->setCurrentIndex(index);
    }

    static QString cell(const HistoryView *view, int row, int column)
    {
        const HistoryModel &model = view->model();
        return model.data(model.index(row, column)).toString();
    }

    QString m_user;
    const QString m_reason
            = QStringLiteral("INC-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace

TEST_F(History, NewestFirst_TheRevocationOutcomeThenStartedThenThePreview)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    previewThenRevoke("lee.gu", "lee");
    HistoryView *view = openHistory();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->findChild<QTableView *>(names::HistoryTable)->model(), &view->model());

    filter(view, m_user);
    QStringList outcomes;
    for (const rc::AuditRecord &record : view->model().records()) {
        EXPECT_EQ(record.targetUpn, m_user) << "the text filter let another user through";
        if (record.recordedAt >= start)
            outcomes << record.outcome;
    }
    EXPECT_EQ(outcomes,
              (QStringList {QStringLiteral("NonInstantaneousSuccess"), QStringLiteral("Started"),
                            QStringLiteral("Preview")}));
    // Row 0 is the newest: the outcome of the revocation, with the reason typed at confirmation.
    EXPECT_EQ(cell(view, 0, HistoryModel::Outcome), QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(cell(view, 0, HistoryModel::Action), QStringLiteral("Revoke sessions"));
    EXPECT_EQ(cell(view, 0, HistoryModel::User), m_user);
    EXPECT_EQ(cell(view, 0, HistoryModel::Channel), QStringLiteral("entra"));
    EXPECT_EQ(cell(view, 0, HistoryModel::Reason), m_reason);
    EXPECT_EQ(cell(view, 0, HistoryModel::Operator), upn("admin"));
    EXPECT_FALSE(cell(view, 0, HistoryModel::CorrelationId).isEmpty());
    EXPECT_EQ(cell(view, 2, HistoryModel::Channel), QStringLiteral("Preview"));
    const QModelIndex time = view->model().index(0, HistoryModel::Time);
    EXPECT_TRUE(view->model().data(time, Qt::ToolTipRole).toString().contains(QLatin1String("Z")))
            << "the tooltip gives the UTC time";
}

TEST_F(History, TextAndOutcomeFiltersNarrowTheRows)
{
    previewThenRevoke("johanna.lorenz", "johanna");
    HistoryView *view = openHistory();
    ASSERT_NE(view, nullptr);

    filter(view, m_reason); // this test's revocation only: its Started and outcome rows
    ASSERT_EQ(view->model().rowCount(), 2);
    EXPECT_EQ(cell(view, 0, HistoryModel::Outcome), QStringLiteral("NonInstantaneousSuccess"));
    EXPECT_EQ(cell(view, 1, HistoryModel::Outcome), QStringLiteral("Started"));

    chooseOutcome(view, QStringLiteral("Started"));
    ASSERT_EQ(view->model().rowCount(), 1);
    EXPECT_EQ(cell(view, 0, HistoryModel::Outcome), QStringLiteral("Started"));

    filter(view, m_user);
    chooseOutcome(view, QStringLiteral("Preview"));
    ASSERT_GE(view->model().rowCount(), 1);
    for (const rc::AuditRecord &record : view->model().records()) {
        EXPECT_EQ(record.outcome, QStringLiteral("Preview"));
        EXPECT_EQ(record.targetUpn, m_user);
    }

    chooseOutcome(view, QString()); // "All outcomes"
    filter(view, QStringLiteral("no-such-entry-") + QUuid::createUuid().toString());
    EXPECT_EQ(view->model().rowCount(), 0);
    EXPECT_FALSE(view->findChild<QPushButton *>(names::HistoryExportButton)->isEnabled());
}

TEST_F(History, ExportWritesTheShownRowsAsCsv)
{
    previewThenRevoke("lidia.holloway", "lidia");
    HistoryView *view = openHistory();
    ASSERT_NE(view, nullptr);
    filter(view, m_reason);
    ASSERT_EQ(view->model().rowCount(), 2);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    const auto exported = view->exportTo(path);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.startsWith(QLatin1String("time,operator,tenant,user"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(m_user));
    EXPECT_TRUE(csv.contains(m_reason));
    EXPECT_EQ(csv.count(QLatin1String("\r\n")), 3) << "a header and the two rows shown";
    EXPECT_FALSE(csv.contains(QLatin1String(",Preview,"))) << "a row that was not shown";
}
