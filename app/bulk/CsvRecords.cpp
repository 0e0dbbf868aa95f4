#include "bulk/CsvRecords.h"

namespace rc {

namespace {

// Walks the text once over raw UTF-16 units (this runs on lists of 50,000 rows); a line break is
// CRLF, LF or CR, counted once either way.
class Splitter
{
public:
    Splitter(const QString &text, QChar delimiter)
        : m_at(reinterpret_cast<const char16_t *>(text.constData()))
        , m_end(m_at + text.size())
        , m_delimiter(delimiter.unicode())
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
            if (m_at == m_end || isBreak(*m_at)) {
                endRecord(out);
                continue;
            }
            ++m_at; // the delimiter
            if (m_at == m_end) { // "a,b," at the very end: the last field is empty
                m_record.fields.append(QString());
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

    void take(QString &field, const char16_t *from, const char16_t *to)
    {
        field.append(reinterpret_cast<const QChar *>(from), to - from);
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
        m_record.fields.append(std::move(field));
        return true;
    }

    void endRecord(CsvRecords &out)
    {
        if (!m_record.isBlank())
            out.records.append(std::move(m_record));
        m_record = CsvRecord();
        if (m_at < m_end)
            skipBreak();
        m_record.line = m_line;
    }

    const char16_t *m_at;
    const char16_t *const m_end;
    const char16_t m_delimiter;
    int m_line = 1;
    int m_quoteLine = 0;
    CsvRecord m_record;
};

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

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
    return Splitter(text, delimiter).run();
}

} // namespace rc
