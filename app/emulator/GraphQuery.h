#pragma once
// The user-collection query options Graph's /users accepts here: $search (clauses
// "property:value" in double quotes, \" and \\ escaped, joined by OR / AND) and $filter
// (startswith(prop,'v') and prop eq 'v' joined by or / and, '' escaping a quote), parsed into
// a predicate over DemoUser; and $select. AND binds tighter than OR, as in both grammars.

#include "emulator/DemoTenant.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rc::emu {

class GraphQuery final
{
public:
    // On a syntax or unsupported-property problem, returns an invalid query with errorCode()
    // (Graph's error.code) and errorMessage() set.
    static GraphQuery fromSearch(const QString &search);
    static GraphQuery fromFilter(const QString &filter);

    bool isValid() const { return m_errorCode.isEmpty(); }
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    bool matches(const DemoUser &user) const;

    // $select: canonical property names of microsoft.graph.user; *unknown gets the first name
    // that is not one (then the list is empty).
    static QStringList parseSelect(const QString &select, const QStringList &known,
                                   QString *unknown);
    // A property value as text for matching ("" for null).
    static QString textProperty(const DemoUser &user, const QString &property);

private:
    struct Clause
    {
        enum class Test { WordPrefix, PartPrefix, StartsWith, Equals };
        Test test = Test::StartsWith;
        QString property; // canonical
        QString value;
    };
    class FilterParser;

    bool clauseMatches(const Clause &clause, const DemoUser &user) const;
    void fail(const QString &code, const QString &message);

    QList<QList<Clause>> m_anyOf; // OR of AND-groups
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace rc::emu
