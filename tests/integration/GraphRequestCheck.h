#pragma once
// Reads one Microsoft Graph request as OData URL conventions and the v1.0 metadata say it must be
// read: /v1.0, an entity set or singleton of the container, keys ({id} segments or users('key')),
// navigation properties, casts to derived entity types, a bound action or function last; then the
// query options against the type the path ends at ($select names, the properties $filter and
// $search name). The reading says what the request addressed and every way it strays from the
// metadata; a request conforms when there are no problems.

#include "integration/GraphMetadata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rc::test {

struct GraphRequestReading
{
    QString shape; // "GET /users/{key}/transitiveMemberOf/microsoft.graph.directoryRole?$select"
    QString entry; // "users", "me", "$batch"
    bool keyAsSegment = false; // /users/{id}
    bool keyInParentheses = false; // /users('key')
    QStringList navigations; // "microsoft.graph.user/transitiveMemberOf"
    QStringList casts; // "microsoft.graph.directoryRole"
    QString operation; // "microsoft.graph.user/revokeSignInSessions"
    QString addressedType; // what the query options apply to; empty after a property or operation
    QStringList options; // "$select", "$count", ... as sent
    QStringList selected; // the $select names
    QStringList queried; // the properties $filter and $search name
    QStringList problems;

    bool conforms() const { return problems.isEmpty(); }
    QString describe() const; // shape, then the problems
};

class GraphRequestCheck final
{
public:
    explicit GraphRequestCheck(const GraphMetadata &metadata)
        : m_metadata(metadata)
    { }

    // `path` as sent (percent-encoded, starting "/v1.0/"), `query` raw and without the '?'.
    GraphRequestReading read(const QByteArray &method, const QString &path,
                             const QString &query) const;

private:
    // "users('a''b')" is users with the arguments 'a''b'; "delta()" is delta with none.
    struct Segment
    {
        QString name;
        QString arguments;
        bool hasArguments = false;
    };
    struct Cursor
    {
        GraphMetadata::TypeRef at;
        bool ended = false; // a structural property or an operation: nothing may follow
    };

    void readPath(const QByteArray &method, const QStringList &segments, GraphRequestReading *r,
                  Cursor *cursor) const;
    bool readEntry(const QString &segment, GraphRequestReading *r, Cursor *cursor) const;
    static Segment split(const QString &segment);
    // A key in parentheses after an entity set or a collection-valued navigation property.
    bool readKey(const Segment &s, GraphRequestReading *r, Cursor *cursor) const;
    void readSegment(const QByteArray &method, const QString &segment, GraphRequestReading *r,
                     Cursor *cursor) const;
    void readOperation(const QByteArray &method, const GraphMetadata::Operation &op,
                       GraphRequestReading *r, Cursor *cursor) const;
    void readQuery(const QString &query, const Cursor &cursor, GraphRequestReading *r) const;
    void checkMember(const QString &option, const QString &name, const Cursor &cursor,
                     GraphRequestReading *r) const;

    const GraphMetadata &m_metadata;
};

} // namespace rc::test
