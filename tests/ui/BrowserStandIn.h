#pragma once
// The desktop's browser is not opened in the window's tests: the sign-in address goes here and
// nowhere.

#include <QDesktopServices>
#include <QObject>
#include <QUrl>

namespace rc::test {

class BrowserStandIn final : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn() { QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open"); }
    ~BrowserStandIn() override { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
public Q_SLOTS:
    void open(const QUrl &) { }
};

} // namespace rc::test
