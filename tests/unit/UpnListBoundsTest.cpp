// Hostile or careless list files: a first line of 20,000 columns, a record of thousands of
// fields, the user names far to the right of a wide export, names pasted on one long line, and a
// FIFO that pours more than the size cap. Each is answered in bounded time with a message that
// says what is wrong and where.

#include "bulk/CsvRecords.h"
#include "bulk/UpnList.h"
#include "support/QtPrinters.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <iostream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace rc;

namespace {

Result<UpnList> read(const QByteArray &bytes)
{
    return UpnList::fromBytes(bytes, QStringLiteral("wide.csv"));
}

QString errorOf(const Result<UpnList> &r)
{
    return r.ok() ? QStringLiteral("(accepted: %1 rows)").arg(r.value().rows().size())
                  : r.error().message;
}

double cpuMsSince(std::clock_t start)
{
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
}

// `count` fields: "<prefix>0,<prefix>1,...".
QByteArray fields(int count, const QByteArray &prefix)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += (i ? "," : "") + prefix + QByteArray::number(i);
    return out;
}

} // namespace

TEST(UpnListBounds, AFirstLineOfTwentyThousandColumnsIsRefusedAtOnceNamingTheLine)
{
    QByteArray bytes = fields(20000, "Field ") + "\r\n";
    for (int r = 0; r < 10000; ++r)
        bytes += "Person " + QByteArray::number(r) + ",Sales\r\n";
    const std::clock_t cpu = std::clock();
    const auto r = read(bytes);
    const double ms = cpuMsSince(cpu);
    std::cout << "[ figure   ] 20,000-column first line + 10,000 rows read in " << ms << " ms CPU"
              << std::endl;
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ServiceError::Kind::InvalidInput);
    EXPECT_EQ(r.error().message,
              QStringLiteral("Line 1 of wide.csv has more than 1024 fields, which is not a list of "
                             "people. Save only the column of user names and open it again."));
    EXPECT_LT(ms, 2000.0); // a guard only: the answer above is what matters
}

TEST(UpnListBounds, ATooWideRecordDeepInTheFileIsRefusedNamingItsLine)
{
    QByteArray bytes = "UserPrincipalName,Department\n";
    for (int r = 0; r < 1500; ++r)
        bytes += "user" + QByteArray::number(r) + "@contoso.com,Sales\n";
    bytes += "late@contoso.com," + fields(CsvRecords::maxFields, "x") + "\n"; // line 1502
    bytes += "last@contoso.com,Sales\n";
    const auto r = read(bytes);
    ASSERT_FALSE(r.ok()) << errorOf(r).toStdString();
    EXPECT_TRUE(r.error().message.startsWith(
            QStringLiteral("Line 1502 of wide.csv has more than 1024 fields")))
            << r.error().message.toStdString();

    // Exactly the limit is still a record.
    const auto atLimit = read("UserPrincipalName," + fields(CsvRecords::maxFields - 1, "c")
                              + "\nadele@contoso.com\n");
    ASSERT_TRUE(atLimit.ok()) << errorOf(atLimit).toStdString();
    EXPECT_EQ(atLimit.value().rows().at(0).upn, QStringLiteral("adele@contoso.com"));
}

TEST(UpnListBounds, NamesPastedOnOneLongLineAreStillAList)
{
    QString pasted;
    for (int i = 0; i < 3000; ++i)
        pasted += QStringLiteral("user%1@contoso.com, ").arg(i);
    const auto r = UpnList::fromText(pasted);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r.value().rows().size(), 3000);
    EXPECT_EQ(r.value().rows().last().upn, QStringLiteral("user2999@contoso.com"));
    EXPECT_EQ(r.value().rows().last().line, 1);
}

TEST(UpnListBounds, AUserNameColumnPastTheExaminedOnesIsNamedInTheRefusal)
{
    // 200 columns of a careless export, the UPN in column 101.
    QByteArray header = fields(100, "Attribute ") + ",UserPrincipalName," + fields(99, "More ");
    QByteArray bytes = header + "\n";
    const QByteArray filler = QByteArray("x,").repeated(100);
    for (int r = 0; r < 50; ++r)
        bytes += filler + "user" + QByteArray::number(r) + "@contoso.com," + QByteArray(98, ',')
                + "y\n";
    const auto r = read(bytes);
    ASSERT_FALSE(r.ok()) << errorOf(r).toStdString();
    EXPECT_EQ(
            r.error().message,
            QStringLiteral("The user names of wide.csv are in column 101 (\"UserPrincipalName\"), "
                           "but only its first 64 columns are read. Move that column to the "
                           "left, or save only it, and open the list again."));
}

TEST(UpnListBounds, UnnamedUserNamesPastTheExaminedColumnsAreNotSearchedAndTheMessageSaysSo)
{
    // 1,000 fields on every row, the names in the last: only the first 64 columns are searched.
    const QByteArray filler = QByteArray("x,").repeated(999);
    QByteArray bytes;
    for (int r = 0; r < 2000; ++r)
        bytes += filler + "user" + QByteArray::number(r) + "@contoso.com\n";
    const std::clock_t cpu = std::clock();
    const auto r = read(bytes);
    const double ms = cpuMsSince(cpu);
    std::cout << "[ figure   ] 1,000 columns x 2,000 rows read in " << ms << " ms CPU" << std::endl;
    ASSERT_FALSE(r.ok()) << errorOf(r).toStdString();
    EXPECT_TRUE(r.error().message.startsWith(
            QStringLiteral("No user names were found in the first 64 columns of wide.csv (only "
                           "those are read).")))
            << r.error().message.toStdString();
    EXPECT_LT(ms, 2000.0); // a guard only

    // In column 64, the last examined, they are found; every row keeps its line.
    const QByteArray left = QByteArray("x,").repeated(63);
    const QByteArray rest = QByteArray("x,").repeated(500);
    QByteArray found = fields(63, "c") + ",Login,rest\n";
    for (int i = 0; i < 2000; ++i)
        found += left + "user" + QByteArray::number(i) + "@contoso.com," + rest + "z\n";
    const auto ok = read(found);
    ASSERT_TRUE(ok.ok()) << errorOf(ok).toStdString();
    EXPECT_EQ(ok.value().column(), QStringLiteral("Login"));
    ASSERT_EQ(ok.value().rows().size(), 2000);
    EXPECT_EQ(ok.value().rows().last().upn, QStringLiteral("user1999@contoso.com"));
    EXPECT_EQ(ok.value().rows().last().line, 2001);
}

TEST(UpnListBounds, HeadKeepsItsSampleButChecksTheWholeText_ColumnKeepsOneField)
{
    const QString text = QStringLiteral("a,b,c\n ,\t,\n1,2,3\n4,,6\n\"7\n\",8\n\"unclosed\n");
    const CsvRecords head = CsvRecords::head(text, QLatin1Char(','), 2);
    ASSERT_EQ(head.records.size(), 2);
    EXPECT_EQ(head.records.at(1).fields,
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(head.unclosedQuoteLine, 7);

    const CsvRecords column = CsvRecords::column(text.left(text.indexOf(QLatin1String("\"unc"))),
                                                 QLatin1Char(','), 1);
    ASSERT_EQ(column.records.size(), 4); // the blank record on line 2 is dropped on all fields
    EXPECT_EQ(column.records.at(2).fields, QStringList({QString()}));
    EXPECT_EQ(column.records.at(3).fields, QStringList({QStringLiteral("8")}));
    EXPECT_EQ(column.records.at(3).line, 5);
    EXPECT_EQ(column.unclosedQuoteLine, 0);
}

TEST(UpnListBounds, AFifoPouringMoreThanTheCapIsRefusedInBoundedTime)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("list.csv")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    // The reader stops early: the writer then gets EPIPE, not a signal that ends the test.
    struct sigaction ignore = {};
    struct sigaction previous = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous);
    std::atomic<qint64> written {0};
    std::thread writer([&] {
        const int fd = ::open(fifo.constData(), O_WRONLY);
        if (fd < 0)
            return;
        const QByteArray chunk = QByteArray("adele@contoso.com\n").repeated(4096);
        const qint64 total = UpnList::maxFileBytes + 1024 * 1024;
        while (written < total) {
            const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
            if (n <= 0)
                break;
            written += n;
        }
        ::close(fd);
    });
    QElapsedTimer wall;
    wall.start();
    const auto r = UpnList::fromFile(QFile::decodeName(fifo));
    const qint64 ms = wall.elapsed();
    writer.join();
    ::sigaction(SIGPIPE, &previous, nullptr);
    ASSERT_FALSE(r.ok()) << errorOf(r).toStdString();
    EXPECT_EQ(r.error().message,
              QStringLiteral("%1 is too large for a list of user names (over 64 MB).")
                      .arg(QFile::decodeName(fifo)));
    EXPECT_LT(written.load(), UpnList::maxFileBytes + 1024 * 1024) << "read to the end";
    EXPECT_LT(ms, 20000); // a guard only
}
