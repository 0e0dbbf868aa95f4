// The translation files are complete: every text lupdate extracted is translated (German, French;
// English has only its plural forms), and none is left over from a text the code no longer has.
// After `cmake --build build --target update_translations`, this names what is left to translate.
#include "support/QtPrinters.h"

#include <QFile>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct TsCounts
{
    int messages = 0;
    int unfinished = 0;
    int vanished = 0; // "vanished" or "obsolete": the code no longer has the text
    QStringList firstUnfinished;
};

TsCounts countsOf(const QString &path)
{
    TsCounts counts;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++counts.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("unfinished")) {
                ++counts.unfinished;
                if (counts.firstUnfinished.size() < 5)
                    counts.firstUnfinished << context + QStringLiteral(": ") + source;
            } else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                ++counts.vanished;
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return counts;
}

class TranslationFile : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(TranslationFile, IsCompleteWithNothingLeftOver)
{
    const QString path = QStringLiteral(REVOKE_TRANSLATIONS_DIR "/revoke-console_")
            + QLatin1String(GetParam()) + QStringLiteral(".ts");
    const TsCounts counts = countsOf(path);
    EXPECT_GT(counts.messages, 0) << path.toStdString();
    EXPECT_EQ(counts.unfinished, 0)
            << counts.unfinished << " of " << counts.messages << " entries unfinished in "
            << path.toStdString() << ", e.g.\n  "
            << counts.firstUnfinished.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_EQ(counts.vanished, 0) << counts.vanished << " vanished or obsolete entries in "
                                  << path.toStdString() << " (update_translations drops them)";
}

INSTANTIATE_TEST_SUITE_P(Shipped, TranslationFile, ::testing::Values("de", "fr", "en"),
                         [](const auto &param) { return std::string(param.param); });
