#include "emulator/GraphQuery.h"

namespace rc::emu {

namespace {

const QStringList &searchableWords()
{
    static const QStringList names {QStringLiteral("displayName"), QStringLiteral("givenName"),
                                    QStringLiteral("surname"), QStringLiteral("jobTitle"),
                                    QStringLiteral("department")};
    return names;
}

const QStringList &filterable()
{
    static const QStringList names {
            QStringLiteral("displayName"), QStringLiteral("givenName"),
            QStringLiteral("surname"),     QStringLiteral("jobTitle"),
            QStringLiteral("department"),  QStringLiteral("userPrincipalName"),
            QStringLiteral("mail"),        QStringLiteral("id"),
            QStringLiteral("userType"),    QStringLiteral("accountEnabled")};
    return names;
}

QString canonical(const QStringList &names, const QString &name)
{
    for (const QString &known : names) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

// True when `value` starts with `prefix` at its start or right after a separator.
bool prefixAtBoundary(const QString &value, const QString &prefix, bool (*isSeparator)(QChar))
{
    if (prefix.isEmpty())
        return true;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if ((i == 0 || isSeparator(value.at(i - 1)))
            && value.mid(i).startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isWordSeparator(QChar c)
{
    return !c.isLetterOrNumber();
}

bool isUpnSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('@');
}

QString unsupported(const QString &property)
{
    return QStringLiteral("Unsupported or invalid query filter clause specified for property "
                          "'%1' of resource 'User'.")
            .arg(property);
}

} // namespace

// A small recursive-descent reader for the $filter subset: or / and / startswith / eq.
class GraphQuery::FilterParser
{
public:
    FilterParser(const QString &text, GraphQuery &query)
        : m_text(text)
        , m_query(query)
    { }

    void parse()
    {
        m_query.m_anyOf.append(QList<Clause>());
        do {
            if (!parseClause())
                return;
            skipSpaces();
            if (atEnd())
                return;
            const QString op = word();
            if (op.compare(QStringLiteral("or"), Qt::CaseInsensitive) == 0)
                m_query.m_anyOf.append(QList<Clause>());
            else if (op.compare(QStringLiteral("and"), Qt::CaseInsensitive) != 0)
                return syntax(QStringLiteral("'%1' is not a logical operator").arg(op));
        } while (true);
    }

private:
    bool parseClause()
    {
        skipSpaces();
        const QString head = word();
        Clause clause;
        if (head.compare(QStringLiteral("startswith"), Qt::CaseInsensitive) == 0) {
            if (!expect(QLatin1Char('(')))
                return false;
            skipSpaces();
            clause.property = word();
            if (!expect(QLatin1Char(',')) || !literal(&clause.value) || !expect(QLatin1Char(')')))
                return false;
            clause.test = Clause::Test::StartsWith;
        } else {
            clause.property = head;
            skipSpaces();
            if (word().compare(QStringLiteral("eq"), Qt::CaseInsensitive) != 0) {
                syntax(QStringLiteral("expected 'startswith' or 'eq'"));
                return false;
            }
            if (!literal(&clause.value))
                return false;
            clause.test = Clause::Test::Equals;
        }
        const QString property = canonical(filterable(), clause.property);
        if (property.isEmpty()) {
            m_query.fail(QStringLiteral("Request_UnsupportedQuery"), unsupported(clause.property));
            return false;
        }
        clause.property = property;
        m_query.m_anyOf.last().append(clause);
        return true;
    }

    bool literal(QString *value)
    {
        skipSpaces();
        if (!atEnd() && m_text.at(m_pos) == QLatin1Char('\'')) {
            ++m_pos;
            value->clear();
            while (!atEnd()) {
                const QChar c = m_text.at(m_pos++);
                if (c != QLatin1Char('\'')) {
                    value->append(c);
                } else if (!atEnd() && m_text.at(m_pos) == QLatin1Char('\'')) {
                    value->append(c); // '' is one quote
                    ++m_pos;
                } else {
                    return true;
                }
            }
            syntax(QStringLiteral("unterminated string literal"));
            return false;
        }
        *value = word(); // true, false, null, numbers
        if (value->isEmpty()) {
            syntax(QStringLiteral("expected a literal"));
            return false;
        }
        return true;
    }

    QString word()
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (!atEnd()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                   || m_text.at(m_pos) == QLatin1Char('.') || m_text.at(m_pos) == QLatin1Char('-')))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool expect(QChar c)
    {
        skipSpaces();
        if (atEnd() || m_text.at(m_pos) != c) {
            syntax(QStringLiteral("expected '%1' at position %2").arg(c).arg(m_pos));
            return false;
        }
        ++m_pos;
        return true;
    }

    void skipSpaces()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void syntax(const QString &detail)
    {
        m_query.fail(QStringLiteral("BadRequest"),
                     QStringLiteral("Invalid filter clause: %1.").arg(detail));
    }

    const QString &m_text;
    GraphQuery &m_query;
    qsizetype m_pos = 0;
};

void GraphQuery::fail(const QString &code, const QString &message)
{
    if (m_errorCode.isEmpty()) {
        m_errorCode = code;
        m_errorMessage = message;
    }
}

GraphQuery GraphQuery::fromFilter(const QString &filter)
{
    GraphQuery query;
    FilterParser(filter, query).parse();
    return query;
}

GraphQuery GraphQuery::fromSearch(const QString &search)
{
    GraphQuery query;
    query.m_anyOf.append(QList<Clause>());
    const auto syntax = [&](qsizetype at) {
        query.fail(QStringLiteral("Request_UnsupportedQuery"),
                   QStringLiteral("Syntax error: character '%1' is not valid at position %2 in "
                                  "'%3'.")
                           .arg(at < search.size() ? QString(search.at(at)) : QString())
                           .arg(at)
                           .arg(search));
    };
    qsizetype pos = 0;
    bool expectClause = true;
    while (query.isValid()) {
        while (pos < search.size() && search.at(pos).isSpace())
            ++pos;
        if (pos >= search.size())
            break;
        if (!expectClause) {
            const qsizetype start = pos;
            while (pos < search.size() && search.at(pos).isLetter())
                ++pos;
            const QString op = search.mid(start, pos - start);
            if (op == QStringLiteral("OR"))
                query.m_anyOf.append(QList<Clause>());
            else if (op != QStringLiteral("AND"))
                syntax(start);
            expectClause = true;
            continue;
        }
        if (search.at(pos) != QLatin1Char('"')) {
            syntax(pos);
            break;
        }
        QString text;
        bool closed = false;
        for (++pos; pos < search.size(); ++pos) {
            const QChar c = search.at(pos);
            if (c == QLatin1Char('\\') && pos + 1 < search.size()) {
                text.append(search.at(++pos));
            } else if (c == QLatin1Char('"')) {
                closed = true;
                ++pos;
                break;
            } else {
                text.append(c);
            }
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (!closed || colon <= 0) {
            syntax(pos);
            break;
        }
        Clause clause;
        clause.value = text.mid(colon + 1);
        const QString name = text.left(colon).trimmed();
        clause.property = canonical(searchableWords(), name);
        clause.test = Clause::Test::WordPrefix;
        if (clause.property.isEmpty()) {
            clause.property = canonical(
                    {QStringLiteral("userPrincipalName"), QStringLiteral("mail")}, name);
            clause.test = Clause::Test::PartPrefix;
        }
        if (clause.property.isEmpty())
            query.fail(QStringLiteral("Request_UnsupportedQuery"), unsupported(name));
        query.m_anyOf.last().append(clause);
        expectClause = false;
    }
    if (query.isValid() && (expectClause || query.m_anyOf.last().isEmpty()))
        syntax(search.size());
    return query;
}

QString GraphQuery::textProperty(const DemoUser &user, const QString &property)
{
    if (property == QStringLiteral("displayName"))
        return user.displayName;
    if (property == QStringLiteral("givenName"))
        return user.givenName;
    if (property == QStringLiteral("surname"))
        return user.surname;
    if (property == QStringLiteral("jobTitle"))
        return user.jobTitle;
    if (property == QStringLiteral("department"))
        return user.department;
    if (property == QStringLiteral("userPrincipalName"))
        return user.userPrincipalName;
    if (property == QStringLiteral("mail"))
        return user.mail;
    if (property == QStringLiteral("id"))
        return user.id;
    if (property == QStringLiteral("userType"))
        return user.userType;
    if (property == QStringLiteral("accountEnabled"))
        return user.accountEnabled ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool GraphQuery::clauseMatches(const Clause &clause, const DemoUser &user) const
{
    const QString value = textProperty(user, clause.property);
    switch (clause.test) {
    case Clause::Test::WordPrefix:
        return !value.isEmpty() && prefixAtBoundary(value, clause.value, isWordSeparator);
    case Clause::Test::PartPrefix:
        return !value.isEmpty() && prefixAtBoundary(value, clause.value, isUpnSeparator);
    case Clause::Test::StartsWith:
        return !value.isEmpty() && value.startsWith(clause.value, Qt::CaseInsensitive);
    case Clause::Test::Equals:
        return value.compare(clause.value, Qt::CaseInsensitive) == 0;
    }
    return false;
}

bool GraphQuery::matches(const DemoUser &user) const
{
    for (const QList<Clause> &group : m_anyOf) {
        bool all = !group.isEmpty();
        for (const Clause &clause : group)
            all = all && clauseMatches(clause, user);
        if (all)
            return true;
    }
    return false;
}

QStringList GraphQuery::parseSelect(const QString &select, const QStringList &known,
                                    QString *unknown)
{
    QStringList names;
    const QStringList parts = select.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = canonical(known, part.trimmed());
        if (name.isEmpty()) {
            *unknown = part.trimmed();
            return {};
        }
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace rc::emu
