#include "integration/GraphRequestCheck.h"

#include <QRegularExpression>
#include <QUrl>

namespace rc::test {

namespace {

// An OData string literal: single quotes, each quote inside doubled.
const QRegularExpression &stringLiteral()
{
    static const QRegularExpression re(QStringLiteral("'(?:[^']|'')*'"));
    return re;
}

bool isStringLiteral(const QString &text)
{
    const auto match = stringLiteral().match(text);
    return match.hasMatch() && match.capturedStart() == 0 && match.capturedLength() == text.size();
}

QStringList captures(const QRegularExpression &re, const QString &text)
{
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// The properties a $filter names: first arguments of string functions, left sides of comparisons
// (string literals removed first, so a search term cannot pass for a property).
QStringList filterProperties(QString filter)
{
    filter.replace(stringLiteral(), QStringLiteral("''"));
    static const QRegularExpression call(
            QStringLiteral(R"(\b(?:startswith|endswith|contains)\(\s*([A-Za-z_]\w*)\s*,)"));
    static const QRegularExpression comparison(
            QStringLiteral(R"(\b([A-Za-z_]\w*)\s+(?:eq|ne|gt|ge|lt|le|in)\s)"));
    return captures(call, filter) + captures(comparison, filter);
}

// The properties a $search names: "property:term" clauses (escaped characters removed first).
QStringList searchProperties(QString search)
{
    static const QRegularExpression escaped(QStringLiteral(R"(\\.)"));
    search.replace(escaped, QString());
    static const QRegularExpression clause(QStringLiteral(R"("([A-Za-z_]\w*):)"));
    return captures(clause, search);
}

} // namespace

QString GraphRequestReading::describe() const
{
    QString text = shape;
    for (const QString &problem : problems)
        text += QStringLiteral("\n  - ") + problem;
    return text;
}

GraphRequestReading GraphRequestCheck::read(const QByteArray &method, const QString &path,
                                            const QString &query) const
{
    GraphRequestReading r;
    QStringList segments;
    for (const QString &raw : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(raw.toUtf8()));
    r.shape = QString::fromLatin1(method) + QLatin1Char(' ');
    Cursor cursor;
    readPath(method, segments, &r, &cursor);
    if (r.conforms() && !query.isEmpty())
        readQuery(query, cursor, &r);
    if (!r.options.isEmpty())
        r.shape += QLatin1Char('?') + r.options.join(QLatin1Char('&'));
    return r;
}

void GraphRequestCheck::readPath(const QByteArray &method, const QStringList &segments,
                                 GraphRequestReading *r, Cursor *cursor) const
{
    if (segments.value(0) != QLatin1String("v1.0") || segments.size() < 2) {
        r->shape += segments.join(QLatin1Char('/'));
        r->problems.append(QStringLiteral("not a resource under /v1.0"));
        return;
    }
    if (segments.at(1) == QLatin1String("$batch")) {
        r->entry = segments.at(1);
        r->shape += QStringLiteral("/$batch");
        cursor->ended = true;
        if (segments.size() > 2 || method != "POST")
            r->problems.append(QStringLiteral("a JSON batch is POST /v1.0/$batch"));
        return;
    }
    if (!readEntry(segments.at(1), r, cursor))
        return;
    for (qsizetype i = 2; i < segments.size() && r->conforms(); ++i) {
        if (cursor->ended) {
            r->problems.append(
                    QStringLiteral("'%1' follows the end of the path").arg(segments.at(i)));
            return;
        }
        readSegment(method, segments.at(i), r, cursor);
    }
}

GraphRequestCheck::Segment GraphRequestCheck::split(const QString &segment)
{
    const qsizetype open = segment.indexOf(QLatin1Char('('));
    if (open < 0 || !segment.endsWith(QLatin1Char(')')))
        return {segment, {}, false};
    return {segment.left(open), segment.mid(open + 1, segment.size() - open - 2), true};
}

bool GraphRequestCheck::readEntry(const QString &segment, GraphRequestReading *r,
                                  Cursor *cursor) const
{
    const Segment s = split(segment);
    r->entry = s.name;
    r->shape += QLatin1Char('/') + s.name;
    if (const auto set = m_metadata.entitySet(s.name)) {
        cursor->at = *set;
    } else if (const auto single = m_metadata.singleton(s.name)) {
        cursor->at = *single;
    } else {
        r->problems.append(
                QStringLiteral(
                        "'%1' is neither an entity set nor a singleton of the v1.0 container")
                        .arg(s.name));
        return false;
    }
    r->addressedType = cursor->at.type;
    return readKey(s, r, cursor);
}

bool GraphRequestCheck::readKey(const Segment &s, GraphRequestReading *r, Cursor *cursor) const
{
    if (!s.hasArguments)
        return true;
    if (!cursor->at.collection) {
        r->problems.append(QStringLiteral("'%1' is no collection and takes no key").arg(s.name));
        return false;
    }
    // Every Graph entity's key is its id, an Edm.String: a string literal, inner quotes doubled.
    if (!isStringLiteral(s.arguments)) {
        r->problems.append(QStringLiteral("key %1 of '%2' is not a string literal in single "
                                          "quotes with each inner quote doubled")
                                   .arg(s.arguments, s.name));
        return false;
    }
    r->keyInParentheses = true;
    cursor->at.collection = false;
    r->shape += QStringLiteral("('{key}')");
    return true;
}

void GraphRequestCheck::readSegment(const QByteArray &method, const QString &segment,
                                    GraphRequestReading *r, Cursor *cursor) const
{
    const Segment s = split(segment);
    const QString type = cursor->at.type;
    if (s.name.startsWith(QLatin1String("microsoft.graph.")) && !s.hasArguments) {
        // A cast: the entity type must exist and derive from what the path holds there.
        if (!m_metadata.isEntityType(s.name)) {
            r->problems.append(QStringLiteral("cast to '%1', which is not an entity type of the "
                                              "v1.0 metadata")
                                       .arg(s.name));
        } else if (!m_metadata.derivesFrom(s.name, type)) {
            r->problems.append(QStringLiteral("cast to '%1', which does not derive from %2")
                                       .arg(s.name, type));
        }
        cursor->at.type = s.name;
        r->casts.append(s.name);
        r->addressedType = s.name;
        r->shape += QLatin1Char('/') + s.name;
        return;
    }
    if (const auto op = m_metadata.boundOperation(cursor->at, s.name)) {
        readOperation(method, *op, r, cursor);
        return;
    }
    if (cursor->at.collection) { // /users/{id}: anything else is the key
        cursor->at.collection = false;
        r->keyAsSegment = true;
        r->shape += QStringLiteral("/{key}");
        return;
    }
    r->shape += QLatin1Char('/') + s.name;
    if (const auto navigation = m_metadata.navigation(type, s.name)) {
        cursor->at = *navigation;
        r->navigations.append(type + QLatin1Char('/') + s.name);
        r->addressedType = navigation->type;
        readKey(s, r, cursor);
    } else if (m_metadata.hasProperty(type, s.name) && !s.hasArguments) {
        cursor->ended = true; // a structural property: its value, no entity
        r->addressedType.clear();
    } else {
        r->problems.append(QStringLiteral("'%1' is neither a property, a navigation property nor a "
                                          "bound action or function of %2 (or its base types) in "
                                          "the v1.0 metadata")
                                   .arg(s.name, type));
    }
}

void GraphRequestCheck::readOperation(const QByteArray &method, const GraphMetadata::Operation &op,
                                      GraphRequestReading *r, Cursor *cursor) const
{
    r->operation = op.binding.type + QLatin1Char('/') + op.name;
    r->addressedType.clear();
    r->shape += QLatin1Char('/') + op.name + (op.isAction ? QString() : QStringLiteral("()"));
    cursor->ended = true;
    const QByteArray expected = op.isAction ? "POST" : "GET";
    if (method != expected)
        r->problems.append(
                QStringLiteral("%1 %2 is invoked with %3, not %4")
                        .arg(op.isAction ? QStringLiteral("action") : QStringLiteral("function"),
                             op.name, QString::fromLatin1(expected), QString::fromLatin1(method)));
}

void GraphRequestCheck::readQuery(const QString &query, const Cursor &cursor,
                                  GraphRequestReading *r) const
{
    static const QStringList known {
            QStringLiteral("$select"),  QStringLiteral("$filter"),    QStringLiteral("$search"),
            QStringLiteral("$count"),   QStringLiteral("$top"),       QStringLiteral("$skip"),
            QStringLiteral("$orderby"), QStringLiteral("$skiptoken"), QStringLiteral("$expand")};
    static const QStringList onCollectionsOnly {
            QStringLiteral("$filter"),   QStringLiteral("$search"), QStringLiteral("$count"),
            QStringLiteral("$top"),      QStringLiteral("$skip"),   QStringLiteral("$orderby"),
            QStringLiteral("$skiptoken")};
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString name = QUrl::fromPercentEncoding(pair.left(equals).toUtf8());
        const QString value
                = equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
        r->options.append(name);
        if (!known.contains(name)) {
            r->problems.append(QStringLiteral("%1 is not a system query option").arg(name));
        } else if (cursor.ended || r->addressedType.isEmpty()) {
            r->problems.append(QStringLiteral("%1 on a path that addresses no entity").arg(name));
        } else if (onCollectionsOnly.contains(name) && !cursor.at.collection) {
            r->problems.append(QStringLiteral("%1 on a single %2, not a collection")
                                       .arg(name, cursor.at.type));
        } else if (name == QLatin1String("$select")) {
            for (const QString &member : value.split(QLatin1Char(','))) {
                r->selected.append(member.trimmed());
                checkMember(name, member.trimmed(), cursor, r);
            }
        } else if (name == QLatin1String("$filter") || name == QLatin1String("$search")) {
            const QStringList named = name == QLatin1String("$filter") ? filterProperties(value)
                                                                       : searchProperties(value);
            for (const QString &member : named) {
                r->queried.append(member);
                checkMember(name, member, cursor, r);
            }
        } else if (name == QLatin1String("$count") && value != QLatin1String("true")
                   && value != QLatin1String("false")) {
            r->problems.append(QStringLiteral("$count=%1 is neither true nor false").arg(value));
        }
    }
}

void GraphRequestCheck::checkMember(const QString &option, const QString &name,
                                    const Cursor &cursor, GraphRequestReading *r) const
{
    if (m_metadata.hasProperty(cursor.at.type, name)
        || m_metadata.navigation(cursor.at.type, name).has_value())
        return;
    r->problems.append(QStringLiteral("%1 names '%2', which is not a property of %3 (or its base "
                                      "types) in the v1.0 metadata")
                               .arg(option, name, cursor.at.type));
}

} // namespace rc::test
