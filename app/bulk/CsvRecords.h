#pragma once
// Splits CSV text into records the way RFC 4180 says (quoted fields, "" inside quotes, delimiters
// and line breaks inside quotes), accepting CRLF, LF and CR line ends. A pure function over
// decoded text; it knows nothing about user names. Each record keeps the 1-based line it starts
// on, so a person can find it in the file. A file may be hostile: no record may hold more than
// maxFields fields, and a large file is read as a sample (head()) and then one column (column()),
// never as every field of every record at once.

#include <QList>
#include <QString>
#include <QStringList>

namespace rc {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields; // unquoted, untrimmed
};

struct CsvRecords
{
    // A list of people has a handful of columns; thousands are a mistake or an attack.
    static constexpr int maxFields = 1024;

    QList<CsvRecord> records; // blank records (no field holds anything but blanks) are dropped
    // The first problem found ends the split; `records` then holds the records before it.
    int unclosedQuoteLine = 0; // the line of a quote never closed; 0 when the text is well formed
    int tooWideLine = 0; // the line of a record of more than maxFields fields; 0 when none is

    // Excel writes ';' or tabs in some locales: the delimiter is the one of ',', ';' and '\t' seen
    // most often on the first line outside quotes, ',' when none.
    static QChar guessDelimiter(const QString &text);
    // Every record with every field.
    static CsvRecords split(const QString &text, QChar delimiter);
    // The first `count` records with every field; the rest of the text is checked (quotes,
    // widths) but not kept.
    static CsvRecords head(const QString &text, QChar delimiter, qsizetype count);
    // Every record with only the field at `column` (no field when the record is shorter); a
    // record is still dropped as blank, or refused as too wide, on all of its fields.
    static CsvRecords column(const QString &text, QChar delimiter, int column);
};

} // namespace rc

Q_DECLARE_TYPEINFO(rc::CsvRecord, Q_RELOCATABLE_TYPE);
