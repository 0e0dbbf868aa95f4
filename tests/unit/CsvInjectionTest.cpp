// CSV injection: whichever of ',', ';' or tab a spreadsheet splits on, no cell of a file the app
// writes begins with a formula character, and the value the app meant is still there (one
// neutralising ' per piece comes off again).
#include "audit/CsvExport.h"
#include "bulk/BulkResults.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace rc;

namespace {

// How a spreadsheet reads CSV with `separator`: a field that begins with a quote is quoted until
// a lone quote ("" is one quote), text after the closing quote is kept, a quote anywhere else is
// text, and an unclosed quote runs to the end of the file. CR, LF and CRLF end a record.
QList<QStringList> readCsv(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const auto endField = [&] {
        record << field;
        field.clear();
    };
    while (i <= text.size()) {
        if (i < text.size() && text.at(i) == u'"') { // a quoted start
            for (++i; i < text.size(); ++i) {
                if (text.at(i) != u'"') {
                    field += text.at(i);
                } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    ++i;
                    break;
                }
            }
        }
        while (i < text.size() && text.at(i) != separator && text.at(i) != u'\r'
               && text.at(i) != u'\n')
            field += text.at(i++);
        endField();
        if (i >= text.size())
            break;
        if (text.at(i) == separator) {
            ++i;
            continue;
        }
        i += text.mid(i, 2) == QLatin1String("\r\n") ? 2 : 1;
        records << record;
        record.clear();
    }
    if (!(record.size() == 1 && record.first().isEmpty()))
        records << record;
    return records;
}

bool beginsWithFormula(const QString &cell)
{
    static const QString formula = QStringLiteral("=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63"
                                                  "\uFE6B\u2212");
    for (const QChar c : cell) {
        if (c.isSpace() || c == u'"' || c.category() == QChar::Other_Format)
            continue; // what a spreadsheet may skip or trim first
        return formula.contains(c);
    }
    return false;
}

// The value back from a cell: one ' off the start of each piece (at the start, and after each
// ',', ';', tab or line break).
QString restored(const QString &cell)
{
    QString out;
    bool pieceStart = true;
    for (const QChar c : cell) {
        if (pieceStart && c == u'\'') {
            pieceStart = false;
            continue;
        }
        out += c;
        pieceStart = c == u',' || c == u';' || c == u'\t' || c == u'\r' || c == u'\n';
    }
    return out;
}

const QStringList &hostileValues()
{
    static const QStringList values {
            QStringLiteral("=1+1"),
            QStringLiteral("x;=1+1"),
            QStringLiteral("a\t=1"),
            QStringLiteral("\"=1\""),
            QStringLiteral(" =1"),
            QStringLiteral("-2+3"),
            QStringLiteral("@SUM(1)"),
            QStringLiteral("\r=1"),
            QStringLiteral("\n+1"),
            QStringLiteral("a\r\n-1"),
            QStringLiteral("x,=1"),
            QStringLiteral("x, =1"),
            QStringLiteral("x;\"=1\""),
            QStringLiteral("x; \" @1"),
            QStringLiteral("\t@x"),
            QStringLiteral(" \t =1"),
            QStringLiteral("=1;=2;=3"),
            QStringLiteral("\uFF1D1+1"),
            QStringLiteral("x;\uFF0B1"),
            QStringLiteral("x;\u200B=1"),
            QStringLiteral("'=1"),
            QStringLiteral("'"),
            QStringLiteral("''"),
            QStringLiteral("x;'=1"),
            QStringLiteral("\"x\";\"=1\""),
            QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"),
            QStringLiteral("O'Brien; plain, text"),
            QStringLiteral(""),
    };
    return values;
}

// Every hostile value, in every column, and the reader of every separator.
void expectSafeAndRecoverable(const QByteArray &document, int columns, int firstColumn = 0)
{
    const QString text = QString::fromUtf8(document);
    for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<QStringList> records = readCsv(text, separator);
        for (const QStringList &record : records) {
            for (const QString &cell : record)
                EXPECT_FALSE(beginsWithFormula(cell))
                        << "a cell read with separator " << int(separator.unicode()) << ": "
                        << cell.toStdString();
        }
    }
    // Read as written: every value comes back.
    const QList<QStringList> records = readCsv(text, u',');
    ASSERT_EQ(records.size(), hostileValues().size() + 1);
    for (int row = 0; row < hostileValues().size(); ++row) {
        const QStringList &record = records.at(row + 1);
        ASSERT_EQ(record.size(), columns) << row;
        EXPECT_EQ(restored(record.at(firstColumn)), hostileValues().at(row))
                << "row " << row << ": " << record.at(firstColumn).toStdString();
    }
}

} // namespace

TEST(CsvInjection, NoCellOfAnyDocumentStartsAFormulaUnderAnySeparator)
{
    QList<QStringList> rows;
    for (const QString &value : hostileValues())
        rows.append({value, QStringLiteral("plain"), value});
    const QByteArray csv = csvDocument(QStringLiteral("a,b,c"), rows);
    expectSafeAndRecoverable(csv, 3, 0);
    expectSafeAndRecoverable(csv, 3, 2);
}

TEST(CsvInjection, TheAuditExportNeutralisesEveryColumn)
{
    QList<AuditRecord> records;
    for (const QString &value : hostileValues()) {
        AuditRecord r;
        r.recordedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        r.operatorUpn = r.tenant = r.targetUpn = r.targetObjectId = r.channel = r.outcome
                = r.message = r.correlationId = r.reason = r.operation = r.appVersion = r.action
                = r.objectId = r.objectName = value;
        records.append(r);
    }
    const QByteArray csv = auditCsv(records);
    // The action column reads an empty action as revoke-sessions: its cells are checked for safety
    // (every cell is), the values read back through the columns next to it.
    for (const int column : {1, 3, 8, 12, 16, 17})
        expectSafeAndRecoverable(csv, 18, column);
}

TEST(CsvInjection, TheBulkResultsFileNeutralisesEveryColumn)
{
    QList<BulkRowResult> results;
    for (const QString &value : hostileValues()) {
        BulkRowResult r;
        r.line = int(results.size()) + 2;
        r.user = r.outcome = r.message = r.correlationId = r.objectId = r.displayName = value;
        results.append(r);
    }
    const QByteArray csv = resultsCsv(results);
    for (const int column : {1, 4, 7})
        expectSafeAndRecoverable(csv, 9, column);
}

TEST(CsvInjection, HarmlessValuesAreUnchangedAndQuotedOnlyWhenTheyMustBe)
{
    EXPECT_EQ(csvField(QStringLiteral("adele@contoso.com")), QStringLiteral("adele@contoso.com"));
    EXPECT_EQ(csvField(QStringLiteral("2026-11-26T09:00:00Z")),
              QStringLiteral("2026-11-26T09:00:00Z"));
    EXPECT_EQ(csvField(QStringLiteral("O'Brien")), QStringLiteral("O'Brien"));
    EXPECT_EQ(csvField(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
    EXPECT_EQ(csvField(QStringLiteral("x;=1+1")), QStringLiteral("\"x;'=1+1\""));
    EXPECT_EQ(csvField(QStringLiteral("a\tb")), QStringLiteral("\"a\tb\""));
}
