#pragma once
// What the benchmarks report: named sections of figures, printed as one table and written as
// JSON. A figure is a number with a unit (or a text); samples of repeated runs become median and
// worst. Failures (a run that did not complete, a row lost) are collected and make the exit code.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rc::bench {

// Median, percentiles and worst (the largest) of repeated measurements.
struct Samples
{
    QList<double> values;

    void add(double v) { values.append(v); }
    bool isEmpty() const { return values.isEmpty(); }
    double median() const;
    double worst() const;
    // Nearest rank: the smallest value with at least this fraction (0..1] of the values at or
    // below it, e.g. 0.9 for the 90th percentile.
    double percentile(double fraction) const;
    QJsonArray toJson() const;
};

class Report final
{
public:
    // A section of the table, and an object of that name in the JSON (key: a JSON identifier).
    void beginSection(const QString &key, const QString &title);
    // One figure: a row "label  value unit" and json[key] = value.
    void add(const QString &key, const QString &label, double value, const QString &unit,
             int decimals = 0);
    void addText(const QString &key, const QString &label, const QString &text);
    // "median 61 ms, worst 70 ms (7 runs)"; json[key] = {median, worst, runs: [...]}.
    void addSamples(const QString &key, const QString &label, const Samples &samples,
                    const QString &unit, int decimals = 0);
    // Extra JSON only (no table row).
    void addJson(const QString &key, const QJsonValue &value);
    void addNote(const QString &note); // printed under the section
    void fail(const QString &why); // also printed

    bool ok() const { return m_failures.isEmpty(); }
    QString table() const;
    QJsonObject json(const QJsonObject &meta) const;

private:
    struct Row
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString key;
        QString title;
        QList<Row> rows;
        QStringList notes;
        QJsonObject json;
    };
    Section &current();

    QList<Section> m_sections;
    QStringList m_failures;
};

} // namespace rc::bench
