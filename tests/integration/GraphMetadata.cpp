#include "integration/GraphMetadata.h"

#include <QFile>
#include <QXmlStreamReader>

namespace rc::test {

namespace {

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

} // namespace

QString GraphMetadata::extractPath()
{
    return QStringLiteral(REVOKE_TEST_DATA_DIR "/graph-v1.0-metadata-extract.xml");
}

std::optional<GraphMetadata> GraphMetadata::load(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    GraphMetadata model;
    QXmlStreamReader xml(&file);
    QString ns;
    QString currentType; // the EntityType or ComplexType being read
    std::optional<Operation> operation; // the bound Action or Function being read
    int depth = 0;
    int ownerDepth = 0; // depth of the type or operation whose direct children count
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
            const auto name = xml.name();
            if (name == QLatin1String("EntityType") || name == QLatin1String("ComplexType"))
                currentType.clear();
            if ((name == QLatin1String("Action") || name == QLatin1String("Function"))
                && operation) {
                model.m_operations.append(*operation);
                operation.reset();
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        ++depth;
        const auto name = xml.name();
        const bool ownChild = depth == ownerDepth + 1;
        if (name == QLatin1String("Schema")) {
            ns = attribute(xml, "Namespace");
            model.m_namespaces.insert(ns, ns);
            if (!attribute(xml, "Alias").isEmpty())
                model.m_namespaces.insert(attribute(xml, "Alias"), ns);
        } else if (name == QLatin1String("EntityType") || name == QLatin1String("ComplexType")) {
            currentType = ns + QLatin1Char('.') + attribute(xml, "Name");
            ownerDepth = depth;
            Type &type = model.m_types[currentType];
            type.isEntity = name == QLatin1String("EntityType");
            if (!attribute(xml, "BaseType").isEmpty())
                type.baseType = model.qualified(attribute(xml, "BaseType"));
        } else if (name == QLatin1String("Property") && !currentType.isEmpty() && ownChild) {
            model.m_types[currentType].properties.insert(attribute(xml, "Name"));
        } else if (name == QLatin1String("NavigationProperty") && !currentType.isEmpty()
                   && ownChild) {
            model.m_types[currentType].navigations.insert(attribute(xml, "Name"),
                                                          model.typeRef(attribute(xml, "Type")));
        } else if ((name == QLatin1String("Action") || name == QLatin1String("Function"))
                   && attribute(xml, "IsBound") == QLatin1String("true")) {
            operation = Operation {attribute(xml, "Name"), name == QLatin1String("Action"), {}};
            ownerDepth = depth;
        } else if (name == QLatin1String("Parameter") && operation && ownChild
                   && operation->binding.type.isEmpty()) {
            operation->binding = model.typeRef(attribute(xml, "Type")); // the first: the binding
        } else if (name == QLatin1String("EntitySet")) {
            model.m_entitySets.insert(attribute(xml, "Name"),
                                      {model.qualified(attribute(xml, "EntityType")), true});
        } else if (name == QLatin1String("Singleton")) {
            model.m_singletons.insert(attribute(xml, "Name"),
                                      {model.qualified(attribute(xml, "Type")), false});
        }
    }
    if (xml.hasError()) {
        *why = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (model.m_types.isEmpty() || (model.m_entitySets.isEmpty() && model.m_singletons.isEmpty())) {
        *why = path + QStringLiteral(": no entity types or no entity container");
        return std::nullopt;
    }
    return model;
}

QString GraphMetadata::qualified(const QString &name) const
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return name;
    const QString ns = m_namespaces.value(name.left(dot));
    return ns.isEmpty() ? name : ns + name.mid(dot);
}

GraphMetadata::TypeRef GraphMetadata::typeRef(const QString &csdl) const
{
    const QLatin1String collection("Collection(");
    if (csdl.startsWith(collection) && csdl.endsWith(QLatin1Char(')')))
        return {qualified(csdl.mid(collection.size(), csdl.size() - collection.size() - 1)), true};
    return {qualified(csdl), false};
}

QStringList GraphMetadata::lineage(const QString &type) const
{
    QStringList names;
    for (QString at = type; m_types.contains(at) && !names.contains(at);
         at = m_types.value(at).baseType)
        names.append(at);
    return names;
}

std::optional<GraphMetadata::TypeRef> GraphMetadata::entitySet(const QString &name) const
{
    return m_entitySets.contains(name) ? std::optional(m_entitySets.value(name)) : std::nullopt;
}

std::optional<GraphMetadata::TypeRef> GraphMetadata::singleton(const QString &name) const
{
    return m_singletons.contains(name) ? std::optional(m_singletons.value(name)) : std::nullopt;
}

bool GraphMetadata::isEntityType(const QString &type) const
{
    return m_types.value(type).isEntity;
}

bool GraphMetadata::derivesFrom(const QString &type, const QString &base) const
{
    return lineage(type).contains(base);
}

bool GraphMetadata::hasProperty(const QString &type, const QString &name) const
{
    for (const QString &at : lineage(type)) {
        if (m_types.value(at).properties.contains(name))
            return true;
    }
    return false;
}

std::optional<GraphMetadata::TypeRef> GraphMetadata::navigation(const QString &type,
                                                                const QString &name) const
{
    for (const QString &at : lineage(type)) {
        const auto &navigations = m_types.value(at).navigations;
        if (navigations.contains(name))
            return navigations.value(name);
    }
    return std::nullopt;
}

std::optional<GraphMetadata::Operation> GraphMetadata::boundOperation(const TypeRef &target,
                                                                      const QString &name) const
{
    const QStringList types = lineage(target.type);
    for (const Operation &op : m_operations) {
        if (op.name == name && op.binding.collection == target.collection
            && types.contains(op.binding.type))
            return op;
    }
    return std::nullopt;
}

} // namespace rc::test
