#pragma once
// Microsoft Graph's published v1.0 model, as far as the vendored CSDL extract
// (tests/data/graph-v1.0-metadata-extract.xml) holds it: entity and complex types with their base
// types, properties and navigation properties, the bound actions and functions, and the
// container's entity sets and singletons. Read once with QXmlStreamReader, then only queried.
// Type names are fully qualified ("microsoft.graph.user"); the schema alias ("graph.user") is
// resolved while reading.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::test {

class GraphMetadata final
{
public:
    // A type as CSDL writes it: "Collection(graph.directoryObject)" is directoryObject, collection.
    struct TypeRef
    {
        QString type;
        bool collection = false;
    };
    struct Operation
    {
        QString name;
        bool isAction = true; // else a function
        TypeRef binding; // the type of its binding parameter
    };

    // The extract in the source tree (REVOKE_TEST_DATA_DIR).
    static QString extractPath();
    // Reads a CSDL document; nullopt, with the reason in *why, when it cannot be read.
    static std::optional<GraphMetadata> load(const QString &path, QString *why);

    std::optional<TypeRef> entitySet(const QString &name) const;
    std::optional<TypeRef> singleton(const QString &name) const;
    bool isEntityType(const QString &type) const;
    // `type` is `base` or has it somewhere in its BaseType chain.
    bool derivesFrom(const QString &type, const QString &base) const;
    // Declared on `type` or on one of its base types.
    bool hasProperty(const QString &type, const QString &name) const;
    std::optional<TypeRef> navigation(const QString &type, const QString &name) const;
    // An action or function `name` whose binding parameter takes `target`: the same type or a
    // base of it, and a collection exactly when `target` is one (OData binding rules).
    std::optional<Operation> boundOperation(const TypeRef &target, const QString &name) const;

private:
    struct Type
    {
        QString baseType;
        bool isEntity = false;
        QSet<QString> properties;
        QHash<QString, TypeRef> navigations;
    };

    QString qualified(const QString &name) const;
    TypeRef typeRef(const QString &csdl) const;
    // `type` and then each of its base types, most derived first, as far as the extract has them.
    QStringList lineage(const QString &type) const;

    QHash<QString, QString> m_namespaces; // alias or namespace -> namespace
    QHash<QString, Type> m_types;
    QList<Operation> m_operations;
    QHash<QString, TypeRef> m_entitySets;
    QHash<QString, TypeRef> m_singletons;
};

} // namespace rc::test
