#include "bulk/UpnList.h"

#include "bulk/CsvRecords.h"
#include "core/ReadCapped.h"
#include "directory/UpnCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <limits>
#include <optional>

namespace rc {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
class UpnListTr
{
    Q_DECLARE_TR_FUNCTIONS(rc::UpnList)
};

ServiceError invalid(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

constexpr qsizetype sampleSize = 1000; // records that decide which column holds the names
// A list's user names are in one of its first columns; a wide export's other columns are never
// searched (each costs a check per sampled row).
constexpr int examinedColumns = 64;
// A plain list's entries judged against a CSV column: a bounded sample, whatever the lines hold.
constexpr qsizetype plainSampleSize = sampleSize * examinedColumns;

bool looksLikeUpn(const QString &text)
{
    // Most fields of a wide file are blank or plain words: turned away before checkUpn, which
    // writes a sentence for every name it refuses.
    return text.contains(QLatin1Char('@')) && checkUpn(text).ok();
}

struct Tally
{
    int rows = 0;
    int upnLike = 0;
};

// Judged on the rows up to lastLine: a sample is enough, and both readings see the same lines.
Tally tally(const QList<UpnRow> &rows, int lastLine)
{
    Tally t;
    for (const UpnRow &row : rows) {
        if (row.line > lastLine)
            break;
        ++t.rows;
        t.upnLike += looksLikeUpn(row.upn) ? 1 : 0;
    }
    return t;
}

// "User principal name" (the admin center's export), "user_principal_name", "E-mail" all match.
QString headerKey(const QString &cell)
{
    QString key;
    for (const QChar c : cell.trimmed()) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            key += c.toLower();
    }
    return key;
}

QString fieldAt(const CsvRecord &record, int column)
{
    return column < record.fields.size() ? record.fields.at(column) : QString();
}

// Whether most filled values of `column` in records [from, to) look like user names.
bool holdsUpns(const QList<CsvRecord> &records, int column, qsizetype from, qsizetype to)
{
    int filled = 0;
    int upnLike = 0;
    for (qsizetype r = from; r < to; ++r) {
        const QString value = fieldAt(records.at(r), column).trimmed();
        filled += value.isEmpty() ? 0 : 1;
        upnLike += looksLikeUpn(value) ? 1 : 0;
    }
    return upnLike > 0 && upnLike * 2 > filled;
}

const char *const userNameHeaders[]
        = {"userprincipalname", "upn", "username", "user", "mail", "email"};

// The examined columns named like a user name, the most specific name first.
QList<int> namedColumns(const CsvRecord &header)
{
    const int examined = qMin(examinedColumns, int(header.fields.size()));
    QList<int> columns;
    for (const char *name : userNameHeaders) {
        for (int i = 0; i < examined; ++i) {
            if (headerKey(header.fields.at(i)) == QLatin1String(name))
                columns.append(i);
        }
    }
    return columns;
}

// The first column past the examined ones named like a user name; -1 when none is.
int namedBeyondExamined(const CsvRecord &header)
{
    for (int i = examinedColumns; i < header.fields.size(); ++i) {
        const QString key = headerKey(header.fields.at(i));
        for (const char *name : userNameHeaders) {
            if (key == QLatin1String(name))
                return i;
        }
    }
    return -1;
}

int widest(const QList<CsvRecord> &records, qsizetype count)
{
    int columns = 0;
    for (qsizetype r = 0; r < qMin(count, records.size()); ++r)
        columns = qMax(columns, int(records.at(r).fields.size()));
    return columns;
}

// Of the named columns, the first that holds user names: a "User" column of display names (the
// sign-in log's export, next to its "Username") is passed over. When none does, still the first
// named one (each row then says why it is not a user name): never an unnamed column, which
// might hold other people (a manager, a sponsor). -1: no column is named.
int namedColumn(const QList<CsvRecord> &records)
{
    const QList<int> named = namedColumns(records.first());
    const qsizetype to = qMin<qsizetype>(records.size(), sampleSize + 1);
    for (int column : named) {
        if (holdsUpns(records, column, 1, to)) // below the header
            return column;
    }
    return named.value(0, -1);
}

// The first examined column in which most non-empty values look like user names; -1 when none
// does. The first record counts only when its value looks like a name: otherwise it may be a
// header.
int guessedColumn(const QList<CsvRecord> &records)
{
    const qsizetype to = qMin<qsizetype>(records.size(), sampleSize);
    const int columns = qMin(examinedColumns, widest(records, to));
    for (int c = 0; c < columns; ++c) {
        const qsizetype from = looksLikeUpn(fieldAt(records.first(), c).trimmed()) ? 0 : 1;
        if (holdsUpns(records, c, from, to))
            return c;
    }
    return -1;
}

QList<UpnRow> columnRows(const QList<CsvRecord> &records, int column, qsizetype from)
{
    QList<UpnRow> rows;
    rows.reserve(records.size());
    for (qsizetype r = from; r < records.size(); ++r) {
        QString raw = fieldAt(records.at(r), column);
        QString upn = raw.trimmed();
        rows.append({records.at(r).line, std::move(upn), std::move(raw)});
    }
    return rows;
}

QString unquoted(const QString &token)
{
    const bool quoted = token.size() >= 2 && token.startsWith(QLatin1Char('"'))
            && token.endsWith(QLatin1Char('"'));
    return quoted ? token.mid(1, token.size() - 2) : token;
}

// A pasted list: names split by line breaks, commas, semicolons or blanks. A sample stops after
// `maxRows` entries.
QList<UpnRow> listRows(const QString &text, qsizetype maxRows = -1)
{
    QList<UpnRow> rows;
    const QChar *at = text.constData();
    const QChar *const end = at + text.size();
    int line = 1;
    while (at < end && rows.size() != maxRows) {
        const char16_t c = at->unicode();
        if (c == u'\n' || c == u'\r') {
            ++at;
            if (c == u'\r' && at < end && at->unicode() == u'\n')
                ++at;
            ++line;
            continue;
        }
        if (c == u',' || c == u';' || at->isSpace()) {
            ++at;
            continue;
        }
        const QChar *start = at;
        while (at < end && at->unicode() != u',' && at->unicode() != u';' && !at->isSpace())
            ++at;
        const QString raw(start, at - start);
        rows.append({line, unquoted(raw).trimmed(), raw});
    }
    return rows;
}

struct Reading
{
    QList<UpnRow> rows;
    QString column;
};

// The plain list, when a sample of it is mostly user names and holds more of them than `than`.
std::optional<Reading> plainList(const QString &text, int sampleEnd, int than)
{
    const Tally p = tally(listRows(text, plainSampleSize), sampleEnd);
    if (p.upnLike * 2 > p.rows && p.upnLike > than)
        return Reading {listRows(text), QString()};
    return std::nullopt;
}

// No header we know: a CSV column whose values look like names, or a plain list; whichever finds
// more names in the sample wins, the CSV column on a tie. No rows when neither finds any.
Reading readByValues(const QList<CsvRecord> &sample, const QString &text, QChar delimiter)
{
    const int guessed = guessedColumn(sample);
    const int sampleEnd = sample.at(qMin<qsizetype>(sample.size(), sampleSize) - 1).line;
    bool hasHeader = false;
    int columnNames = 0;
    if (guessed >= 0) {
        hasHeader = sample.size() > 1 && !looksLikeUpn(fieldAt(sample.first(), guessed).trimmed());
        columnNames = tally(columnRows(sample, guessed, hasHeader ? 1 : 0), sampleEnd).upnLike;
    }
    if (std::optional<Reading> plain = plainList(text, sampleEnd, columnNames))
        return std::move(*plain);
    if (guessed < 0)
        return {};
    // The whole column, without holding every other field of a large file.
    const CsvRecords column = CsvRecords::column(text, delimiter, guessed);
    return {columnRows(column.records, 0, hasHeader ? 1 : 0),
            hasHeader ? fieldAt(sample.first(), guessed).trimmed() : QString()};
}

} // namespace

Result<UpnList> UpnList::fromText(const QString &pasted)
{
    return parse(pasted, UpnListTr::tr("the pasted list"));
}

Result<UpnList> UpnList::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    // A NUL never appears in UTF-8 text, but does in UTF-16 that happens to decode as UTF-8.
    QStringDecoder decoder(QStringConverter::Utf8); // drops a leading byte order mark
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return invalid(
                UpnListTr::tr("%1 is not UTF-8 text. Save it as \"CSV UTF-8\" and open it again.")
                        .arg(fileName));
    return parse(text, fileName);
}

Result<UpnList> UpnList::fromFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(UpnListTr::tr("Could not read %1: %2.").arg(name, file.errorString()));
    const QString tooLarge = UpnListTr::tr("%1 is too large for a list of user names (over %2 MB).")
                                     .arg(name)
                                     .arg(maxFileBytes / (1024 * 1024));
    if (!file.isSequential() && file.size() > maxFileBytes)
        return invalid(tooLarge); // known without reading it
    // A FIFO or /dev/stdin has no size to check first: the bound is on what is read.
    const Result<QByteArray> bytes = readCapped(file, maxFileBytes);
    if (!bytes && isTooLarge(bytes.error()))
        return invalid(tooLarge);
    if (!bytes)
        return invalid(UpnListTr::tr("Could not read %1: %2.").arg(name, file.errorString()));
    return fromBytes(bytes.value(), name);
}

Result<UpnList> UpnList::parse(const QString &input, const QString &source)
{
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    const QChar delimiter = CsvRecords::guessDelimiter(text);
    // The records that choose the column (the header and the sample below it); the rest of the
    // text is only checked now, and read as the one chosen column later.
    const CsvRecords head = CsvRecords::head(text, delimiter, sampleSize + 1);
    if (head.unclosedQuoteLine > 0)
        return invalid(UpnListTr::tr("The quote opened on line %1 of %2 is never closed.")
                               .arg(head.unclosedQuoteLine)
                               .arg(source));
    if (head.tooWideLine > 0) {
        // Names pasted on one line, separated by commas, are a list, not a table.
        if (std::optional<Reading> plain = plainList(text, std::numeric_limits<int>::max(), 0)) {
            UpnList list;
            list.m_rows = std::move(plain->rows);
            return list;
        }
        return invalid(
                UpnListTr::tr(
                        "Line %1 of %2 has more than %3 fields, which is not a list of people. "
                        "Save only the column of user names and open it again.")
                        .arg(head.tooWideLine)
                        .arg(source)
                        .arg(CsvRecords::maxFields));
    }
    if (head.records.isEmpty())
        return invalid(UpnListTr::tr("There are no user names in %1.").arg(source));

    UpnList list;
    const CsvRecord &header = head.records.first();
    const int named = namedColumn(head.records);
    if (named >= 0) {
        list.m_column = header.fields.at(named).trimmed();
        list.m_rows = columnRows(CsvRecords::column(text, delimiter, named).records, 0, 1);
        if (list.m_rows.isEmpty())
            return invalid(UpnListTr::tr("There are no user names in %1.").arg(source));
        return list;
    }
    const int beyond = namedBeyondExamined(header);
    if (beyond >= 0)
        return invalid(
                UpnListTr::tr(
                        "The user names of %1 are in column %2 (\"%3\"), but only its first %4 "
                        "columns are read. Move that column to the left, or save only it, and "
                        "open the list again.")
                        .arg(source)
                        .arg(beyond + 1)
                        .arg(header.fields.at(beyond).trimmed().left(60))
                        .arg(examinedColumns));
    Reading reading = readByValues(head.records, text, delimiter);
    if (!reading.rows.isEmpty()) {
        list.m_rows = std::move(reading.rows);
        list.m_column = std::move(reading.column);
        return list;
    }
    if (widest(head.records, sampleSize) > examinedColumns)
        return invalid(
                UpnListTr::tr(
                        "No user names were found in the first %1 columns of %2 (only those are "
                        "read). Give the column of user names the header UserPrincipalName and "
                        "move it to the left, or put one user name per line.")
                        .arg(examinedColumns)
                        .arg(source));
    return invalid(
            UpnListTr::tr("No user names were found in %1. Give the column of user names the "
                          "header UserPrincipalName, or put one user name per line.")
                    .arg(source));
}

} // namespace rc
