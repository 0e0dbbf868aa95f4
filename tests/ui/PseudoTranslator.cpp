#include "PseudoTranslator.h"

#include <QHash>

namespace rc::test {

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("aeiouycnAEIOUYCN");
        const QString marked = QStringLiteral("áéíöüÿçñÅÉÎÖÜÝÇÑ");
        QHash<QChar, QChar> m;
        for (int i = 0; i < plain.size(); ++i)
            m.insert(plain.at(i), marked.at(i));
        return m;
    }();
    return map.value(c, c);
}

// Where a run that must stay as it is ends: a tag, an entity, a placeholder, a mnemonic.
qsizetype keptUntil(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    const qsizetype next = i + 1;
    if (c == QLatin1Char('<')) {
        const qsizetype end = s.indexOf(QLatin1Char('>'), i);
        return end < 0 ? s.size() : end + 1;
    }
    if (c == QLatin1Char('&') && next < s.size()) {
        const qsizetype semicolon = s.indexOf(QLatin1Char(';'), i);
        if (semicolon > i && semicolon - i <= 8
            && !s.mid(next, semicolon - next).contains(QLatin1Char(' ')))
            return semicolon + 1; // &amp; &nbsp; &#8230;
        return next + 1; // "&&" or the mnemonic letter, which keeps its key
    }
    if (c == QLatin1Char('%') && next < s.size()) {
        qsizetype end = next;
        if (s.at(end) == QLatin1Char('L'))
            ++end;
        if (end < s.size() && s.at(end) == QLatin1Char('n'))
            return end + 1;
        while (end < s.size() && s.at(end).isDigit())
            ++end;
        return end;
    }
    return i;
}

} // namespace

QString PseudoTranslator::pseudo(const QString &source)
{
    QString out;
    out.reserve(source.size() * 2);
    int letters = 0;
    for (qsizetype i = 0; i < source.size();) {
        const qsizetype kept = keptUntil(source, i);
        if (kept > i) {
            out += source.mid(i, kept - i);
            i = kept;
            continue;
        }
        const QChar c = source.at(i++);
        out += accented(c);
        // Two letters of every five twice: about 40% longer.
        if (c.isLetter() && (letters++ % 5) < 2)
            out += accented(c);
    }
    return out;
}

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    if (!sourceText || !*sourceText)
        return {};
    return pseudo(QString::fromUtf8(sourceText));
}

} // namespace rc::test
