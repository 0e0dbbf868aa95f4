// The History window over a log larger than it shows at once: it says how many it shows of how
// many, offers every outcome the log holds, and its export writes every matching row (private to
// its owner); an export that cannot be written says so on the status line.
#include "audit/AuditLog.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryView.h"
#include "ui/ObjectNames.h"

#include "support/AuditLogs.h"
#include "support/QtPrinters.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rc;
using rc::ui::HistoryView;
namespace names = rc::ui::names;

namespace {

constexpr int Failures = 5; // the oldest rows: not among the newest shown
constexpr int Rows = AuditQuery::ShownRows + 321;

class HistoryExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_log = rc::test::openAuditLogIn(m_dir);
        ASSERT_TRUE(m_log);
        QList<AuditRecord> rows;
        for (int i = 0; i < Rows; ++i) {
            AuditRecord r;
            r.operation = QStringLiteral("op-%1").arg(i);
            r.targetUpn = QStringLiteral("user-%1@contoso.com").arg(i);
            r.channel = QStringLiteral("entra");
            r.outcome = i < Failures ? QStringLiteral("Failure")
                                     : QStringLiteral("NonInstantaneousSuccess");
            rows.append(r);
        }
        ASSERT_TRUE(m_log->appendAll(rows).ok()); // one transaction
        m_view = std::make_unique<HistoryView>(m_log.get());
    }

    QLabel *status() const { return m_view->findChild<QLabel *>(names::HistoryStatus); }

    static int lines(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return int(f.readAll().count("\r\n"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<HistoryView> m_view;
};

} // namespace

TEST_F(HistoryExport, TheViewSaysItShowsTheNewestAndTheExportHoldsEveryRow)
{
    EXPECT_EQ(m_view->model().rowCount(), AuditQuery::ShownRows);
    const QLocale locale = m_view->locale();
    EXPECT_EQ(status()->text(),
              QStringLiteral("Showing the newest %1 of %2 entries; the export holds all of them.")
                      .arg(locale.toString(AuditQuery::ShownRows), locale.toString(Rows)));

    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    const auto exported = m_view->exportTo(path);
    ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    EXPECT_EQ(lines(path), Rows + 1) << "the header and every row, not only those shown";
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u) << "a copy of the audit log, as private as the log";
    EXPECT_TRUE(status()->text().startsWith(QStringLiteral("Exported %1 entries").arg(Rows)))
            << status()->text().toStdString();
}

TEST_F(HistoryExport, EveryOutcomeInTheLogIsOfferedAndItsExportHoldsItsRows)
{
    auto *combo = m_view->findChild<QComboBox *>(names::HistoryOutcomeCombo);
    const int failure = combo->findData(QStringLiteral("Failure"));
    ASSERT_GE(failure, 0) << "an outcome only the oldest rows have";
    combo->setCurrentIndex(failure);
    EXPECT_EQ(m_view->model().rowCount(), Failures);
    const QString path = m_dir.filePath(QStringLiteral("failures.csv"));
    ASSERT_TRUE(m_view->exportTo(path).ok());
    EXPECT_EQ(lines(path), Failures + 1);
}

TEST_F(HistoryExport, AnExportThatCannotBeWrittenSaysSoOnTheStatusLine)
{
    for (const QString &path : {m_dir.path(), QStringLiteral("/proc/no-such-place/history.csv")}) {
        const auto exported = m_view->exportTo(path);
        ASSERT_FALSE(exported.ok()) << path.toStdString();
        EXPECT_TRUE(exported.error().message.startsWith(
                QStringLiteral("Could not write %1: ").arg(path)))
                << exported.error().message.toStdString();
        EXPECT_EQ(status()->text(), exported.error().message);
        EXPECT_TRUE(status()->property("error").toBool());
    }
}
