// Reading the people to sign out from a pasted list or a CSV file's bytes.

#include "bulk/UpnList.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ctime>
#include <iostream>

using namespace rc;

namespace {

UpnList csv(const char *bytes)
{
    const Result<UpnList> r = UpnList::fromBytes(QByteArray(bytes), QStringLiteral("users.csv"));
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? r.value() : UpnList::fromText(QStringLiteral("x@y.z")).value();
}

QStringList upns(const UpnList &list)
{
    QStringList out;
    for (const UpnRow &row : list.rows())
        out << row.upn;
    return out;
}

QList<int> lines(const UpnList &list)
{
    QList<int> out;
    for (const UpnRow &row : list.rows())
        out << row.line;
    return out;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

ServiceError csvError(const QByteArray &bytes)
{
    const Result<UpnList> r = UpnList::fromBytes(bytes, QStringLiteral("users.csv"));
    EXPECT_FALSE(r.ok());
    return r.ok() ? ServiceError() : r.error();
}

} // namespace

TEST(UpnList, HeaderColumnIsFoundByName_AndRowsKeepTheirFileLine)
{
    const UpnList list = csv("DisplayName,UserPrincipalName,Department\n"
                             "Adele Vance,adele@contoso.com,Retail\n"
                             "Alex Wilber,  alex@contoso.com ,Marketing\n");
    EXPECT_EQ(list.column(), QStringLiteral("UserPrincipalName"));
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "alex@contoso.com"}));
    EXPECT_EQ(lines(list), QList<int>({2, 3}));
    EXPECT_EQ(list.rows().at(1).raw, QStringLiteral("  alex@contoso.com "));
}

TEST(UpnList, HeaderNamesMatchInAnyCaseAndSpelling)
{
    for (const char *header :
         {"userprincipalname", " UPN ", "User", "MAIL", "Email", "User principal name", "E-mail"}) {
        const QByteArray text = "Name," + QByteArray(header) + "\nAdele,adele@contoso.com\n";
        const UpnList list = csv(text.constData());
        EXPECT_EQ(upns(list), names({"adele@contoso.com"})) << header;
        EXPECT_EQ(list.column(), QString::fromUtf8(header).trimmed()) << header;
    }
}

TEST(UpnList, MostSpecificHeaderWins)
{
    const UpnList list = csv("Mail,UserPrincipalName\nadele@mail.example,adele@contoso.com\n");
    EXPECT_EQ(list.column(), QStringLiteral("UserPrincipalName"));
    EXPECT_EQ(upns(list), names({"adele@contoso.com"}));
}

TEST(UpnList, ByteOrderMarkIsDropped)
{
    const UpnList list = csv("\xEF\xBB\xBFUserPrincipalName\r\nadele@contoso.com\r\n");
    EXPECT_EQ(list.column(), QStringLiteral("UserPrincipalName"));
    EXPECT_EQ(upns(list), names({"adele@contoso.com"}));
}

TEST(UpnList, QuotedFieldsFollowRfc4180)
{
    const UpnList list = csv("Name,upn,Note\n"
                             "\"Vance, Adele\",\"adele@contoso.com\",\"said \"\"hi\"\"\"\n"
                             "\"Two\nlines\",alex@contoso.com,\"a,\r\nb\"\n"
                             "Megan,\"o'brien@contoso.com\",x\n");
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "alex@contoso.com", "o'brien@contoso.com"}));
    // The second record spans lines 3-4 and its note lines 4-5: Megan is on line 6.
    EXPECT_EQ(lines(list), QList<int>({2, 3, 6}));
}

TEST(UpnList, QuoteInsideQuotedUpnIsUnescaped)
{
    const UpnList list = csv("upn\n\"a\"\"b@contoso.com\"\n");
    EXPECT_EQ(upns(list), names({"a\"b@contoso.com"}));
}

TEST(UpnList, CrLfCrAndLfLineEndsCountOneLineEach)
{
    EXPECT_EQ(lines(csv("upn\r\na@contoso.com\r\nb@contoso.com")), QList<int>({2, 3}));
    EXPECT_EQ(lines(csv("upn\ra@contoso.com\rb@contoso.com\r")), QList<int>({2, 3}));
    EXPECT_EQ(lines(csv("upn\na@contoso.com\r\nb@contoso.com\rc@contoso.com\n")),
              QList<int>({2, 3, 4}));
}

TEST(UpnList, BlankLinesAndEmptyRecordsAreSkipped_TrailingEmptyFieldsAreFine)
{
    const UpnList list = csv("\n\nName,UPN,,\n\n  \nAdele,adele@contoso.com,,\n,,,\n"
                             "Alex,alex@contoso.com,\n\n");
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "alex@contoso.com"}));
    EXPECT_EQ(lines(list), QList<int>({6, 8}));
}

TEST(UpnList, RowWithoutAUpnIsKeptForTheReviewToFlag)
{
    const UpnList list = csv("Name,UPN\nAdele,adele@contoso.com\nNobody,\nAlex,not-a-name\n");
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "", "not-a-name"}));
}

TEST(UpnList, SemicolonCsvFromExcelIsRead)
{
    const UpnList list = csv("Name;UserPrincipalName\n\"Vance; Adele\";adele@contoso.com\n");
    EXPECT_EQ(upns(list), names({"adele@contoso.com"}));
}

TEST(UpnList, UnknownHeader_FirstColumnOfUpnsIsUsed)
{
    const UpnList list = csv("Name,Login,Manager\n"
                             "Adele,adele@contoso.com,megan@contoso.com\n"
                             "Alex,alex@contoso.com,\n"
                             "Lee,,megan@contoso.com\n");
    EXPECT_EQ(list.column(), QStringLiteral("Login"));
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "alex@contoso.com", ""}));
    EXPECT_EQ(lines(list), QList<int>({2, 3, 4}));
}

TEST(UpnList, NoHeader_FirstColumnOfUpnsIsUsedFromTheFirstLine)
{
    const UpnList list = csv("Adele Vance,adele@contoso.com,Retail\n"
                             "Alex Wilber,alex@contoso.com,Marketing\n"
                             "Typo,alex-at-contoso,Sales\n");
    EXPECT_TRUE(list.column().isEmpty());
    EXPECT_EQ(upns(list), names({"adele@contoso.com", "alex@contoso.com", "alex-at-contoso"}));
    EXPECT_EQ(lines(list), QList<int>({1, 2, 3}));
}

TEST(UpnList, PastedListOnePerLine)
{
    const auto r = UpnList::fromText(QStringLiteral("adele@contoso.com\n\n  alex@contoso.com  \n"
                                                    "typo\r\nmegan@contoso.com"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(upns(r.value()),
              names({"adele@contoso.com", "alex@contoso.com", "typo", "megan@contoso.com"}));
    EXPECT_EQ(lines(r.value()), QList<int>({1, 3, 4, 5}));
}

TEST(UpnList, PastedListSeparatedByCommasSemicolonsAndBlanks)
{
    const auto r = UpnList::fromText(
            QStringLiteral("\uFEFF"
                           "adele@contoso.com, alex@contoso.com;megan@contoso.com\t"
                           "lee@contoso.com\n\"quoted@contoso.com\" ;; last@contoso.com"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(upns(r.value()),
              names({"adele@contoso.com", "alex@contoso.com", "megan@contoso.com",
                     "lee@contoso.com", "quoted@contoso.com", "last@contoso.com"}));
    EXPECT_EQ(lines(r.value()), QList<int>({1, 1, 1, 1, 2, 2}));
    EXPECT_EQ(r.value().rows().at(4).raw, QStringLiteral("\"quoted@contoso.com\""));
}

TEST(UpnList, PastedListWithAHeaderLine)
{
    const auto r = UpnList::fromText(QStringLiteral("UPN\nadele@contoso.com\nalex@contoso.com\n"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(upns(r.value()), names({"adele@contoso.com", "alex@contoso.com"}));
    EXPECT_EQ(lines(r.value()), QList<int>({2, 3}));
}

TEST(UpnList, NoUpnColumn_IsAClearError)
{
    const ServiceError e = csvError("Name,Department\nAdele Vance,Retail\nAlex Wilber,Sales\n");
    EXPECT_EQ(e.kind, ServiceError::Kind::InvalidInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("users.csv"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("UserPrincipalName")));

    const auto pasted = UpnList::fromText(QStringLiteral("Adele Vance\nAlex Wilber\n"));
    ASSERT_FALSE(pasted.ok());
    EXPECT_TRUE(pasted.error().message.contains(QStringLiteral("pasted list")));
}

TEST(UpnList, EmptyInputAndHeaderOnly_AreClearErrors)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"),
                                    QByteArray("\r\n \n,,\n"), QByteArray("UserPrincipalName\n")}) {
        const ServiceError e = csvError(bytes);
        EXPECT_EQ(e.kind, ServiceError::Kind::InvalidInput);
        EXPECT_EQ(e.message, QStringLiteral("There are no user names in users.csv."))
                << bytes.toStdString();
    }
    EXPECT_FALSE(UpnList::fromText(QStringLiteral("   \n")).ok());
}

TEST(UpnList, UnclosedQuote_NamesItsLine)
{
    const ServiceError e = csvError("upn\na@contoso.com\n\"b@contoso.com\nc@contoso.com\n");
    EXPECT_EQ(e.kind, ServiceError::Kind::InvalidInput);
    EXPECT_EQ(e.message,
              QStringLiteral("The quote opened on line 3 of users.csv is never closed."));
}

TEST(UpnList, NotUtf8_IsAClearError)
{
    // Latin-1 "é", and UTF-16 LE with its byte order mark (Excel's "Unicode text").
    for (const QByteArray &bytes :
         {QByteArray("upn\nren\xE9@contoso.com\n"), QByteArray("\xFF\xFEu\0p\0n\0\n\0", 10),
          QByteArray("u\0p\0n\0\n\0", 8)}) {
        const ServiceError e = csvError(bytes);
        EXPECT_EQ(e.kind, ServiceError::Kind::InvalidInput);
        EXPECT_TRUE(e.message.startsWith(QStringLiteral("users.csv is not UTF-8 text")))
                << e.message.toStdString();
    }
    // Real UTF-8 outside ASCII is fine.
    EXPECT_EQ(upns(csv("upn\nren\xC3\xA9@contoso.com\n")),
              QStringList {QStringLiteral("ren\u00e9@contoso.com")});
}

TEST(UpnList, FileIsReadFromDisk_AndAnUnreadableFileIsNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFUserPrincipalName\r\nadele@contoso.com\r\n");
    file.close();
    const auto ok = UpnList::fromFile(path);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(upns(ok.value()), names({"adele@contoso.com"}));

    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const auto r = UpnList::fromFile(missing);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ServiceError::Kind::InvalidInput);
    EXPECT_TRUE(r.error().message.startsWith(
            QStringLiteral("Could not read %1: ").arg(QDir::toNativeSeparators(missing))))
            << r.error().message.toStdString();

    const auto folder = UpnList::fromFile(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QDir::toNativeSeparators(dir.path())))
            << folder.error().message.toStdString();

    const auto notUtf8Path = dir.filePath(QStringLiteral("latin1.csv"));
    QFile latin1(notUtf8Path);
    ASSERT_TRUE(latin1.open(QIODevice::WriteOnly));
    latin1.write("upn\nren\xE9@contoso.com\n");
    latin1.close();
    const auto bad = UpnList::fromFile(notUtf8Path);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QDir::toNativeSeparators(notUtf8Path)));
}

// Timed in CPU time, which other jobs on a shared machine do not inflate; wall time is printed too.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(std::clock())
    {
        m_wall.start();
    }
    double cpuMs() const { return 1000.0 * double(std::clock() - m_cpu) / CLOCKS_PER_SEC; }
    qint64 wallMs() const { return m_wall.elapsed(); }

private:
    std::clock_t m_cpu;
    QElapsedTimer m_wall;
};

TEST(UpnList, FiftyThousandRowsParseWellUnderASecond)
{
    QByteArray bytes = "\xEF\xBB\xBF\"Display name\",\"User principal name\",Department\r\n";
    for (int i = 0; i < 50000; ++i)
        bytes += "\"User, Number " + QByteArray::number(i) + "\",user" + QByteArray::number(i)
                + "@contoso.onmicrosoft.com,Sales\r\n";
    const Stopwatch csvTime;
    const auto r = UpnList::fromBytes(bytes, QStringLiteral("big.csv"));
    const double csvCpu = csvTime.cpuMs();
    std::cout << "[ figure   ] 50,000-row CSV (" << bytes.size() / 1024 << " KiB) parsed in "
              << csvCpu << " ms CPU, " << csvTime.wallMs() << " ms wall" << std::endl;
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value().rows().size(), 50000);
    EXPECT_EQ(r.value().rows().last().upn, QStringLiteral("user49999@contoso.onmicrosoft.com"));
    EXPECT_EQ(r.value().rows().last().line, 50001);
    EXPECT_LT(csvCpu, 1000.0); // a guard only; the figure above is what matters

    // Without a header both readings (a column, a plain list) are weighed: same bound.
    QString pasted;
    for (int i = 0; i < 50000; ++i)
        pasted += QStringLiteral("user%1@contoso.onmicrosoft.com\n").arg(i);
    const Stopwatch listTime;
    const auto list = UpnList::fromText(pasted);
    const double listCpu = listTime.cpuMs();
    std::cout << "[ figure   ] 50,000-line pasted list parsed in " << listCpu << " ms CPU, "
              << listTime.wallMs() << " ms wall" << std::endl;
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list.value().rows().size(), 50000);
    EXPECT_LT(listCpu, 1000.0);
}

TEST(UpnList, ANamedColumnOfDisplayNamesIsPassedOverForOneOfUserNames)
{
    // The Entra sign-in log's export: "User" holds display names, "Username" the UPNs.
    const UpnList list = csv("Date (UTC),User,Username,Application\r\n"
                             "2026-11-20,Adele Vance,adele@contoso.com,Outlook\r\n"
                             "2026-11-20,Alex Wilber,alex@contoso.com,Teams\r\n");
    EXPECT_EQ(list.column(), QStringLiteral("Username"));
    EXPECT_EQ(upns(list),
              (QStringList {QStringLiteral("adele@contoso.com"),
                            QStringLiteral("alex@contoso.com")}));
}

TEST(UpnList, ANamedColumnIsNeverTradedForAnUnnamedOne)
{
    // Names that do not look like user names, and a manager's UPN beside them: the named column
    // is still the list (each row then says why it is not a user name), never the managers.
    const UpnList list = csv("UserPrincipalName,Manager\r\n"
                             "adele,boss@contoso.com\r\n"
                             "alex,boss@contoso.com\r\n");
    EXPECT_EQ(list.column(), QStringLiteral("UserPrincipalName"));
    EXPECT_EQ(upns(list), (QStringList {QStringLiteral("adele"), QStringLiteral("alex")}));
}
