// Reading a list off the caller's thread: the answer comes back on the caller's thread, and a
// newer read supersedes one still under way (a file picked, then another, before the first was
// read): only the newest is answered.

#include "bulk/UpnListLoader.h"
#include "support/QtPrinters.h"
#include "support/WaitFor.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace rc;
using namespace rc::test;

TEST(UpnListLoader, ReadsOffThisThreadAndAnswersOnIt)
{
    UpnListLoader loader;
    std::optional<QStringList> upns;
    QThread *answeredOn = nullptr;
    loader.readText(QStringLiteral("adele@contoso.com\nalex@contoso.com"),
                    [&](const Result<UpnList> &list) {
                        answeredOn = QThread::currentThread();
                        upns.emplace();
                        for (const UpnRow &row : list.value().rows())
                            upns->append(row.upn);
                    });
    EXPECT_TRUE(loader.isReading());
    ASSERT_TRUE(waitFor([&] { return upns.has_value(); }, 5000));
    EXPECT_EQ(
            *upns,
            QStringList({QStringLiteral("adele@contoso.com"), QStringLiteral("alex@contoso.com")}));
    EXPECT_EQ(answeredOn, QCoreApplication::instance()->thread());
    EXPECT_FALSE(loader.isReading());
}

TEST(UpnListLoader, ANewerReadSupersedesOneStillUnderWay)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("slow.csv")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);

    UpnListLoader loader;
    int slowAnswers = 0;
    std::optional<QString> pasted;
    loader.readFile(QFile::decodeName(fifo), [&](const Result<UpnList> &) { ++slowAnswers; });
    loader.readText(QStringLiteral("megan@contoso.com"),
                    [&](const Result<UpnList> &list) { pasted = list.value().rows().at(0).upn; });
    ASSERT_TRUE(waitFor([&] { return pasted.has_value(); }, 5000));
    EXPECT_EQ(*pasted, QStringLiteral("megan@contoso.com"));
    EXPECT_FALSE(loader.isReading());
    EXPECT_EQ(loader.threadsRunning(), 1) << "the FIFO is still being waited for";

    // The FIFO's writer comes at last: that read ends, unheard.
    const int fd = ::open(fifo.constData(), O_WRONLY);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::write(fd, "lee@contoso.com\n", 16), 16);
    ::close(fd);
    ASSERT_TRUE(waitFor([&] { return loader.threadsRunning() == 0; }, 5000));
    EXPECT_EQ(slowAnswers, 0);
    EXPECT_EQ(*pasted, QStringLiteral("megan@contoso.com"));
}
