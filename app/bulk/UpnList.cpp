#include "bulk/UpnList.h"

#include "bulk/CsvRecords.h"
#include "revocation/UpnCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace rc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rc::UpnList", text);
}

ServiceError invalid(const QString &message)
{
    return ServiceError::make(ServiceError::Kind::InvalidInput, message);
}

constexpr qsizetype sampleSize = 1000; // records that decide which column holds the names

bool looksLikeUpn(const QString &text)
{
    return checkUpn(text).ok();
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

// The columns named like a user name, the most specific name first.
QList<int> namedColumns(const CsvRecord &header)
{
    QList<int> columns;
    for (const char *name : {"userprincipalname", "upn", "username", "user", "mail", "email"}) {
        for (int i = 0; i < header.fields.size(); ++i) {
            if (headerKey(header.fields.at(i)) == QLatin1String(name))
                columns.append(i);
        }
    }
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

// The first column in which most non-empty values look like user names; -1 when none does. The
// first record counts only when its value looks like a name: otherwise it may be a header.
int guessedColumn(const QList<CsvRecord> &records)
{
    const qsizetype to = qMin<qsizetype>(records.size(), sampleSize);
    int columns = 0;
    for (qsizetype r = 0; r < to; ++r)
        columns = qMax(columns, int(records.at(r).fields.size()));
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

// A pasted list: names split by line breaks, commas, semicolons or blanks.
QList<UpnRow> listRows(const QString &text)
{
    QList<UpnRow> rows;
    const QChar *at = text.constData();
    const QChar *const end = at + text.size();
    int line = 1;
    while (at < end) {
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

// No header we know: a CSV column whose values look like names, or a plain list; whichever finds
// more names wins, the CSV column on a tie. No rows when neither finds any.
Reading readByValues(const QList<CsvRecord> &records, const QString &text)
{
    Reading reading;
    const int guessed = guessedColumn(records);
    if (guessed >= 0) {
        const QString first = fieldAt(records.first(), guessed);
        const bool hasHeader = records.size() > 1 && !looksLikeUpn(first);
        reading.rows = columnRows(records, guessed, hasHeader ? 1 : 0);
        if (hasHeader)
            reading.column = first.trimmed();
    }
    const int sampleEnd = records.at(qMin<qsizetype>(records.size(), sampleSize) - 1).line;
    QList<UpnRow> plain = listRows(text);
    const Tally p = tally(plain, sampleEnd);
    if (p.upnLike * 2 > p.rows && p.upnLike > tally(reading.rows, sampleEnd).upnLike)
        return {std::move(plain), QString()};
    return reading;
}

} // namespace

Result<UpnList> UpnList::fromText(const QString &pasted)
{
    return parse(pasted, tr("the pasted list"));
}

Result<UpnList> UpnList::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    // A NUL never appears in UTF-8 text, but does in UTF-16 that happens to decode as UTF-8.
    QStringDecoder decoder(QStringConverter::Utf8); // drops a leading byte order mark
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return invalid(tr("%1 is not UTF-8 text. Save it as \"CSV UTF-8\" and open it again.")
                               .arg(fileName));
    return parse(text, fileName);
}

Result<UpnList> UpnList::fromFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("Could not read %1: %2.").arg(name, file.errorString()));
    if (file.size() > maxFileBytes)
        return invalid(tr("%1 is too large for a list of user names (over %2 MB).")
                               .arg(name)
                               .arg(maxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return invalid(tr("Could not read %1: %2.").arg(name, file.errorString()));
    return fromBytes(bytes, name);
}

Result<UpnList> UpnList::parse(const QString &input, const QString &source)
{
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    const CsvRecords csv = CsvRecords::split(text, CsvRecords::guessDelimiter(text));
    if (csv.unclosedQuoteLine > 0)
        return invalid(tr("The quote opened on line %1 of %2 is never closed.")
                               .arg(csv.unclosedQuoteLine)
                               .arg(source));
    if (csv.records.isEmpty())
        return invalid(tr("There are no user names in %1.").arg(source));

    UpnList list;
    const int named = namedColumn(csv.records);
    if (named >= 0) {
        list.m_column = csv.records.first().fields.at(named).trimmed();
        list.m_rows = columnRows(csv.records, named, 1);
        if (list.m_rows.isEmpty())
            return invalid(tr("There are no user names in %1.").arg(source));
        return list;
    }
    Reading reading = readByValues(csv.records, text);
    if (reading.rows.isEmpty())
        return invalid(tr("No user names were found in %1. Give the column of user names the "
                          "header UserPrincipalName, or put one user name per line.")
                               .arg(source));
    list.m_rows = std::move(reading.rows);
    list.m_column = std::move(reading.column);
    return list;
}

} // namespace rc
