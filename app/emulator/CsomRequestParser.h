#pragma once
// Reads the XML body of a CSOM ProcessQuery request strictly, as SharePoint does: root <Request>
// in the clientquery/2009 namespace, <Actions> (ObjectPath, Query) and <ObjectPaths>
// (Constructor, Method, Property, StaticProperty, StaticMethod, Identity) with integer ids that
// must be unique and cross-reference. Says what is wrong instead of guessing.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace rc::emu {

struct CsomParameter
{
    QString type;
    QString text; // XML-unescaped
};

struct CsomObjectPath
{
    QString element; // "Constructor", "Method", ...
    int id = -1;
    int parentId = -1;
    QString typeId;
    QString name;
    QList<CsomParameter> parameters;
};

struct CsomAction
{
    QString element; // "ObjectPath" or "Query"
    int id = -1;
    int objectPathId = -1;
};

struct CsomRequest
{
    QList<CsomAction> actions;
    QMap<int, CsomObjectPath> objectPaths;
};

class CsomRequestParser final
{
public:
    static constexpr char Namespace[] = "http://schemas.microsoft.com/sharepoint/clientquery/2009";

    // Parses and checks the cross-references. On failure returns false and sets *error.
    static bool parse(const QByteArray &xml, CsomRequest *request, QString *error);
};

} // namespace rc::emu
