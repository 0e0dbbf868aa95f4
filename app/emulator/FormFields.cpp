#include "emulator/FormFields.h"

#include <QUrl>

namespace rc::emu {

namespace {
QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}
} // namespace

FormFields FormFields::parse(const QByteArray &encoded)
{
    FormFields fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        fields.m_items.append({decodeComponent(name), decodeComponent(value)});
    }
    return fields;
}

QByteArray FormFields::encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

bool FormFields::contains(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString FormFields::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

} // namespace rc::emu
