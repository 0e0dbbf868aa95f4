#pragma once
// The layout stories' fixture (LayoutTest, LayoutDialogsTest): a busy window, and the check that
// every text a window or dialog shows is whole. CTest runs Layout.* at 200 %, in the long pseudo
// language and in German and French.

#include "DialogsFixture.h"
#include "ui/ObjectNames.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>

namespace rc::test {

class Layout : public DialogsTest
{
protected:
    // A busy moment: a user picked, a banner with details shown.
    void fillTheWindow()
    {
        openSignedIn();
        makeItBusy();
    }
    void makeItBusy()
    {
        findAndPick(QStringLiteral("adele"), upn("adele.vance"));
        m_driver->revoke();
        ASSERT_TRUE(m_driver->waitForConfirmDialog());
        m_driver->confirm(QStringLiteral("INC-1"));
        ASSERT_TRUE(m_driver->waitForBanner());
    }
    // Every text the window shows is whole: no label or button narrower than its text, no wrapped
    // label shorter than its lines. (ui_layout_pseudo_locale runs this with every text about 40%
    // longer, as German and French run.)
    void expectNoTextClipped() { expectNoTextClippedIn(m_window.get()); }
    // Once the layouts have settled (a resize or a new text posts their work for later).
    static void expectNoTextClippedIn(QWidget *top)
    {
        QStringList clipped;
        waitFor(
                [&] {
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    clipped = clippedTextIn(top);
                    return clipped.isEmpty();
                },
                2000);
        EXPECT_EQ(clipped.join(QLatin1Char('\n')).toStdString(), std::string());
    }
    static QStringList clippedTextIn(QWidget *top)
    {
        QStringList clipped;
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            auto *label = qobject_cast<QLabel *>(widget);
            auto *button = qobject_cast<QAbstractButton *>(widget);
            const QString text = label ? label->text() : button ? button->text() : QString();
            if (text.isEmpty())
                continue;
            const bool whole = label && label->wordWrap()
                    ? label->height() >= label->heightForWidth(label->width())
                    : widget->width() >= widget->minimumSizeHint().width();
            if (!whole) {
                clipped << QStringLiteral("%1 (%2x%3, needs %4): %5")
                                   .arg(widget->objectName())
                                   .arg(widget->width())
                                   .arg(widget->height())
                                   .arg(label && label->wordWrap()
                                                ? label->heightForWidth(label->width())
                                                : widget->minimumSizeHint().width())
                                   .arg(text);
            }
        }
        return clipped;
    }
    void resizeTo(int width, int height)
    {
        m_window->resize(width, height);
        ASSERT_TRUE(waitFor([&] { return m_window->size() == QSize(width, height); }));
    }
};

} // namespace rc::test
