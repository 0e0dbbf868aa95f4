#include "emulator/CsomRequestParser.h"

#include <QXmlStreamReader>

namespace rc::emu {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &xml)
        : m_xml(xml)
    { }

    bool read(CsomRequest *request)
    {
        if (!m_xml.readNextStartElement())
            return fail(QStringLiteral("The request XML is not valid."));
        if (m_xml.name() != QStringLiteral("Request")
            || m_xml.namespaceUri() != QLatin1String(CsomRequestParser::Namespace))
            return fail(QStringLiteral("The request XML is not valid. Expected the element "
                                       "'Request' in the namespace '%1'.")
                                .arg(QLatin1String(CsomRequestParser::Namespace)));
        while (m_error.isEmpty() && m_xml.readNextStartElement()) {
            if (!inNamespace())
                return false;
            if (m_xml.name() == QStringLiteral("Actions"))
                readActions(request);
            else if (m_xml.name() == QStringLiteral("ObjectPaths"))
                readObjectPaths(request);
            else
                return unexpected();
        }
        if (m_error.isEmpty() && m_xml.hasError())
            return fail(
                    QStringLiteral("The request XML is not valid. %1").arg(m_xml.errorString()));
        if (m_error.isEmpty()) {
            // Nothing may follow the root element but whitespace and comments.
            while (!m_xml.atEnd() && !m_xml.hasError())
                m_xml.readNext();
            if (m_xml.hasError())
                return fail(QStringLiteral("The request XML is not valid. %1")
                                    .arg(m_xml.errorString()));
        }
        return m_error.isEmpty();
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool unexpected()
    {
        return fail(QStringLiteral("The request XML is not valid. Unexpected element '%1'.")
                            .arg(m_xml.name().toString()));
    }
    bool inNamespace()
    {
        if (m_xml.namespaceUri() == QLatin1String(CsomRequestParser::Namespace))
            return true;
        return unexpected();
    }
    int intAttribute(const char *name)
    {
        bool ok = false;
        const int value = m_xml.attributes().value(QLatin1String(name)).toInt(&ok);
        if (!ok) {
            fail(QStringLiteral("The request XML is not valid. Attribute '%1' of element '%2' "
                                "is missing or not a number.")
                         .arg(QLatin1String(name), m_xml.name().toString()));
            return -1;
        }
        return value;
    }

    void readActions(CsomRequest *request)
    {
        while (m_error.isEmpty() && m_xml.readNextStartElement()) {
            if (!inNamespace())
                return;
            CsomAction action;
            action.element = m_xml.name().toString();
            if (action.element != QStringLiteral("ObjectPath")
                && action.element != QStringLiteral("Query")) {
                unexpected();
                return;
            }
            action.id = intAttribute("Id");
            action.objectPathId = intAttribute("ObjectPathId");
            for (const CsomAction &other : std::as_const(request->actions)) {
                if (other.id == action.id)
                    fail(QStringLiteral("The request XML is not valid. Duplicate action id %1.")
                                 .arg(action.id));
            }
            request->actions.append(action);
            m_xml.skipCurrentElement(); // a Query's <Query SelectAllProperties=..> selection
        }
    }

    void readObjectPaths(CsomRequest *request)
    {
        static const QStringList kinds {
                QStringLiteral("Constructor"),  QStringLiteral("Method"),
                QStringLiteral("Property"),     QStringLiteral("StaticProperty"),
                QStringLiteral("StaticMethod"), QStringLiteral("Identity")};
        while (m_error.isEmpty() && m_xml.readNextStartElement()) {
            if (!inNamespace())
                return;
            CsomObjectPath path;
            path.element = m_xml.name().toString();
            if (!kinds.contains(path.element)) {
                unexpected();
                return;
            }
            const QXmlStreamAttributes attributes = m_xml.attributes();
            path.id = intAttribute("Id");
            if (attributes.hasAttribute(QStringLiteral("ParentId")))
                path.parentId = intAttribute("ParentId");
            path.typeId = attributes.value(QStringLiteral("TypeId")).toString();
            path.name = attributes.value(QStringLiteral("Name")).toString();
            if (request->objectPaths.contains(path.id))
                fail(QStringLiteral("The request XML is not valid. Duplicate object path id %1.")
                             .arg(path.id));
            readParameters(&path);
            request->objectPaths.insert(path.id, path);
        }
    }

    void readParameters(CsomObjectPath *path)
    {
        while (m_error.isEmpty() && m_xml.readNextStartElement()) {
            if (!inNamespace())
                return;
            if (m_xml.name() != QStringLiteral("Parameters")) {
                unexpected();
                return;
            }
            while (m_error.isEmpty() && m_xml.readNextStartElement()) {
                if (!inNamespace())
                    return;
                if (m_xml.name() != QStringLiteral("Parameter")) {
                    unexpected();
                    return;
                }
                CsomParameter parameter;
                parameter.type = m_xml.attributes().value(QStringLiteral("Type")).toString();
                parameter.text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                path->parameters.append(parameter);
            }
        }
    }

    QXmlStreamReader m_xml;
    QString m_error;
};

} // namespace

bool CsomRequestParser::parse(const QByteArray &xml, CsomRequest *request, QString *error)
{
    Reader reader(xml);
    *request = CsomRequest();
    if (!reader.read(request)) {
        *error = reader.error();
        return false;
    }
    for (const CsomAction &action : std::as_const(request->actions)) {
        if (!request->objectPaths.contains(action.objectPathId)) {
            *error = QStringLiteral("The object path with id %1 referenced by action %2 does not "
                                    "exist.")
                             .arg(action.objectPathId)
                             .arg(action.id);
            return false;
        }
    }
    for (const CsomObjectPath &path : std::as_const(request->objectPaths)) {
        const bool needsParent = path.element == QStringLiteral("Method")
                || path.element == QStringLiteral("Property");
        if (needsParent && !request->objectPaths.contains(path.parentId)) {
            *error = QStringLiteral("The parent object path with id %1 of object path %2 does "
                                    "not exist.")
                             .arg(path.parentId)
                             .arg(path.id);
            return false;
        }
    }
    return true;
}

} // namespace rc::emu
