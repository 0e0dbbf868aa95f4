// CSV text as a person's file may hold it (app/bulk/CsvRecords): the delimiter guess and the
// RFC 4180 split with each delimiter. DIFFERENTIAL: writing the records back, every field quoted,
// and splitting again gives the same fields; lines only grow.

#include "FuzzSupport.h"
#include "bulk/CsvRecords.h"

#include <algorithm>

namespace {

QString written(const rc::CsvRecords &csv, QChar delimiter)
{
    QString out;
    for (const rc::CsvRecord &record : csv.records) {
        QStringList quoted;
        for (QString field : record.fields)
            quoted.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\""))
                          + QLatin1Char('"'));
        out += quoted.join(delimiter) + QLatin1String("\r\n");
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QString text = rc::fuzz::text(data, size);
    const QChar guessed = rc::CsvRecords::guessDelimiter(text);
    check(guessed == QLatin1Char(',') || guessed == QLatin1Char(';')
                  || guessed == QLatin1Char('\t'),
          "the delimiter is one of , ; and tab");

    const qsizetype breaks = text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'));
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const rc::CsvRecords csv = rc::CsvRecords::split(text, delimiter);
        int previous = 0;
        for (const rc::CsvRecord &record : csv.records) {
            check(record.line > previous, "records come in the order of their lines");
            check(record.line <= breaks + 1, "a record starts on a line of the text");
            check(std::any_of(record.fields.cbegin(), record.fields.cend(),
                              [](const QString &f) { return !f.trimmed().isEmpty(); }),
                  "blank records are dropped");
            check(record.fields.size() <= rc::CsvRecords::maxFields,
                  "no record holds more than maxFields fields");
            previous = record.line;
        }
        check(csv.unclosedQuoteLine >= 0 && csv.unclosedQuoteLine <= breaks + 1,
              "an unclosed quote is on a line of the text");
        check(csv.tooWideLine >= 0 && csv.tooWideLine <= breaks + 1,
              "a record too wide is on a line of the text");
        if (csv.unclosedQuoteLine > 0 || csv.tooWideLine > 0)
            continue; // the split stopped there
        const rc::CsvRecords again = rc::CsvRecords::split(written(csv, delimiter), delimiter);
        check(again.unclosedQuoteLine == 0, "written records close their quotes");
        check(again.records.size() == csv.records.size(), "written records read back as many");
        for (qsizetype i = 0; i < csv.records.size(); ++i)
            check(again.records.at(i).fields == csv.records.at(i).fields,
                  "written records read back field for field");
    }
    return 0;
}
