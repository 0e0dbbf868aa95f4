#pragma once
// The fields of an application/x-www-form-urlencoded body or of a URL query, decoded the way
// Microsoft's services decode them ('+' is a space, %XX is UTF-8). Keeps order and duplicates.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace rc::emu {

class FormFields final
{
public:
    static FormFields parse(const QByteArray &encoded);
    // Encodes one value for a URL query or form body (space as %20, reserved characters escaped).
    static QByteArray encode(const QString &value);

    bool contains(const QString &name) const;
    QString value(const QString &name) const; // the first occurrence; empty if absent
    const QList<QPair<QString, QString>> &items() const { return m_items; }

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace rc::emu
