#pragma once
// A translator for a language that runs long: every text about 40% longer, its letters accented,
// with %1 and %n placeholders, '&' mnemonics, entities and rich-text tags left intact. Installed
// (REVOKE_TEST_PSEUDO_LOCALE=1) it shows where a layout would clip German or French.

#include <QTranslator>

namespace rc::test {

class PseudoTranslator final : public QTranslator
{
public:
    // The pseudo text of `source`; public for the test that checks what it keeps intact.
    static QString pseudo(const QString &source);

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }
};

} // namespace rc::test
