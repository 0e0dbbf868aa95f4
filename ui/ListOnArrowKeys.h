#pragma once
// On a closed combo box, Qt takes Up, Down, Page Up, Page Down, Home and End as a choice of the
// next entry and reports it as activated. Where a choice acts at once (switching tenants), a
// keyboard user could not look through the entries without acting on each (WCAG 3.2.2). With
// this filter those keys open the list instead; the entry is chosen with Enter or a click, and
// Esc leaves the choice as it was.

#include <QObject>

class QComboBox;

namespace rc::ui {

class ListOnArrowKeys final : public QObject
{
    Q_OBJECT

public:
    // Filters `combo`'s keys for as long as it lives; parented to it.
    static void install(QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace rc::ui
