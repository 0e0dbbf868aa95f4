#pragma once
// Splits CSV text into records the way RFC 4180 says (quoted fields, "" inside quotes, delimiters
// and line breaks inside quotes), accepting CRLF, LF and CR line ends. A pure function over
// decoded text; it knows nothing about user names. Each record keeps the 1-based line it starts
// on, so a person can find it in the file.

#include <QList>
#include <QString>
#include <QStringList>

namespace rc {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields; // unquoted, untrimmed

    bool isBlank() const; // no field holds anything but blanks (",,," or an empty line)
};

struct CsvRecords
{
    QList<CsvRecord> records; // blank records are dropped
    int unclosedQuoteLine = 0; // the line of a quote never closed; 0 when the text is well formed

    // Excel writes ';' or tabs in some locales: the delimiter is the one of ',', ';' and '\t' seen
    // most often on the first line outside quotes, ',' when none.
    static QChar guessDelimiter(const QString &text);
    static CsvRecords split(const QString &text, QChar delimiter);
};

} // namespace rc

Q_DECLARE_TYPEINFO(rc::CsvRecord, Q_RELOCATABLE_TYPE);
