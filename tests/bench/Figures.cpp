#include "Figures.h"

#include <algorithm>
#include <cmath>

namespace rc::bench {

double Samples::median() const
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Samples::worst() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double Samples::percentile(double fraction) const
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QJsonArray Samples::toJson() const
{
    QJsonArray runs;
    for (double v : values)
        runs.append(v);
    return runs;
}

Report::Section &Report::current()
{
    if (m_sections.isEmpty())
        beginSection(QStringLiteral("other"), QStringLiteral("Other"));
    return m_sections.last();
}

void Report::beginSection(const QString &key, const QString &title)
{
    m_sections.append({key, title, {}, {}, {}});
}

void Report::add(const QString &key, const QString &label, double value, const QString &unit,
                 int decimals)
{
    const QString text = QString::number(value, 'f', decimals);
    current().rows.append({label, unit.isEmpty() ? text : text + QLatin1Char(' ') + unit});
    current().json.insert(key, value);
}

void Report::addText(const QString &key, const QString &label, const QString &text)
{
    current().rows.append({label, text});
    current().json.insert(key, text);
}

void Report::addSamples(const QString &key, const QString &label, const Samples &samples,
                        const QString &unit, int decimals)
{
    const QString u = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    current().rows.append({label,
                           QStringLiteral("median %1%2, worst %3%2 (%4 runs)")
                                   .arg(QString::number(samples.median(), 'f', decimals), u,
                                        QString::number(samples.worst(), 'f', decimals))
                                   .arg(samples.values.size())});
    current().json.insert(key,
                          QJsonObject {{QStringLiteral("median"), samples.median()},
                                       {QStringLiteral("worst"), samples.worst()},
                                       {QStringLiteral("unit"), unit},
                                       {QStringLiteral("runs"), samples.toJson()}});
}

void Report::addJson(const QString &key, const QJsonValue &value)
{
    current().json.insert(key, value);
}

void Report::addNote(const QString &note)
{
    current().notes.append(note);
    QJsonArray notes = current().json.value(QStringLiteral("notes")).toArray();
    notes.append(note);
    current().json.insert(QStringLiteral("notes"), notes);
}

void Report::fail(const QString &why)
{
    m_failures.append(current().title + QStringLiteral(": ") + why);
    QJsonArray failures = current().json.value(QStringLiteral("failures")).toArray();
    failures.append(why);
    current().json.insert(QStringLiteral("failures"), failures);
}

QString Report::table() const
{
    qsizetype width = 0;
    for (const Section &s : m_sections) {
        for (const Row &r : s.rows)
            width = std::max(width, r.label.size());
    }
    QString out;
    for (const Section &s : m_sections) {
        out += QLatin1Char('\n') + s.title + QLatin1Char('\n');
        for (const Row &r : s.rows)
            out += QStringLiteral("  %1  %2\n").arg(r.label, -int(width)).arg(r.value);
        for (const QString &note : s.notes)
            out += QStringLiteral("  note: ") + note + QLatin1Char('\n');
    }
    for (const QString &f : m_failures)
        out += QStringLiteral("\nFAILED: ") + f + QLatin1Char('\n');
    return out;
}

QJsonObject Report::json(const QJsonObject &meta) const
{
    QJsonObject root {{QStringLiteral("meta"), meta}, {QStringLiteral("ok"), ok()}};
    for (const Section &s : m_sections) {
        QJsonObject section = s.json;
        section.insert(QStringLiteral("title"), s.title);
        root.insert(s.key, section);
    }
    return root;
}

} // namespace rc::bench
