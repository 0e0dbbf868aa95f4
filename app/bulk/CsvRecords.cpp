#include "bulk/CsvRecords.h"

namespace rc {

namespace {

// Which fields a split keeps: every field of the first `fullRecords` records (all when negative)
// or, with a `column`, only that field of every record.
struct Shape
{
    qsizetype fullRecords = -1;
    int column = -1;
};

// Walks the text once over raw UTF-16 units (this runs on lists of 50,000 rows); a line break is
// CRLF, LF or CR, counted once either way.
class Splitter
{
public:
    Splitter(const QString &text, QChar delimiter, Shape shape)
        : m_at(reinterpret_cast<const char16_t *>(text.constData()))
        , m_end(m_at + text.size())
        , m_delimiter(delimiter.unicode())
        , m_shape(shape)
    { }

    CsvRecords run()
    {
        CsvRecords out;
        m_record.line = 1;
        while (m_at < m_end) {
            if (!readField()) {
                out.unclosedQuoteLine = m_quoteLine;
                return out;
            }
            if (m_fields > CsvRecords::maxFields) {
                out.tooWideLine = m_record.line;
                return out;
            }
            if (m_at == m_end || isBreak(*m_at)) {
                endRecord(out);
                continue;
            }
            ++m_at; // the delimiter
            if (m_at == m_end) { // "a,b," at the very end: the last field is empty
                addField(QString());
                if (m_fields > CsvRecords::maxFields) {
                    out.tooWideLine = m_record.line;
                    return out;
                }
                endRecord(out);
            }
        }
        return out;
    }

private:
    static bool isBreak(char16_t c) { return c == u'\n' || c == u'\r'; }

    // Consumes the line break at m_at.
    void skipBreak()
    {
        if (*m_at++ == u'\r' && m_at < m_end && *m_at == u'\n')
            ++m_at;
        ++m_line;
    }

    bool keepsRecord() const
    {
        return m_shape.column >= 0 || m_shape.fullRecords < 0 || m_kept < m_shape.fullRecords;
    }

    bool keepsField() const
    {
        if (m_shape.column >= 0)
            return m_fields == m_shape.column;
        return keepsRecord();
    }

    // Appends [from, to) to the field when it is kept; notes whether it holds more than blanks.
    void take(QString &field, const char16_t *from, const char16_t *to)
    {
        if (keepsField())
            field.append(reinterpret_cast<const QChar *>(from), to - from);
        for (const char16_t *c = from; m_blank && c < to; ++c)
            m_blank = QChar::isSpace(*c);
    }

    void addField(QString field)
    {
        if (keepsField())
            m_record.fields.append(std::move(field));
        ++m_fields;
    }

    // Reads one field up to (not past) the next delimiter or line break. False: unclosed quote.
    bool readField()
    {
        QString field;
        if (*m_at == u'"') {
            m_quoteLine = m_line;
            ++m_at;
            const char16_t *run = m_at;
            for (;;) {
                if (m_at == m_end)
                    return false;
                if (isBreak(*m_at)) {
                    skipBreak(); // kept in the field as written
                    continue;
                }
                if (*m_at != u'"') {
                    ++m_at;
                    continue;
                }
                take(field, run, m_at++);
                if (m_at == m_end || *m_at != u'"')
                    break;
                run = m_at++; // "" is one quote: keep the second
            }
        }
        // Unquoted text, or what follows a closing quote (not RFC 4180, kept rather than lost).
        const char16_t *start = m_at;
        while (m_at < m_end && *m_at != m_delimiter && !isBreak(*m_at))
            ++m_at;
        take(field, start, m_at);
        addField(std::move(field));
        return true;
    }

    void endRecord(CsvRecords &out)
    {
        if (!m_blank) {
            if (keepsRecord())
                out.records.append(std::move(m_record));
            ++m_kept;
        }
        m_record = CsvRecord();
        m_fields = 0;
        m_blank = true;
        if (m_at < m_end)
            skipBreak();
        m_record.line = m_line;
    }

    const char16_t *m_at;
    const char16_t *const m_end;
    const char16_t m_delimiter;
    const Shape m_shape;
    int m_line = 1;
    int m_quoteLine = 0;
    CsvRecord m_record;
    int m_fields = 0; // read so far in this record, kept or not
    bool m_blank = true; // no field of this record holds more than blanks so far
    qsizetype m_kept = 0; // records that were not blank
};

} // namespace

QChar CsvRecords::guessDelimiter(const QString &text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[] = {0, 0, 0};
    bool quoted = false;
    bool seen = false; // anything but blanks on this line
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (seen)
                break;
            continue; // leading blank lines say nothing
        }
        seen = seen || !QChar::isSpace(c);
        for (int i = 0; i < 3; ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        best = counts[i] > counts[best] ? i : best;
    return candidates[best];
}

CsvRecords CsvRecords::split(const QString &text, QChar delimiter)
{
    return Splitter(text, delimiter, {}).run();
}

CsvRecords CsvRecords::head(const QString &text, QChar delimiter, qsizetype count)
{
    return Splitter(text, delimiter, {qMax<qsizetype>(count, 0), -1}).run();
}

CsvRecords CsvRecords::column(const QString &text, QChar delimiter, int column)
{
    return Splitter(text, delimiter, {-1, qMax(column, 0)}).run();
}

} // namespace rc
