#pragma once
// About Revoke Console: the icon, the version, the licence, the Qt it runs on and was built with,
// and the project's home page as a link.

#include <QDialog>

namespace rc::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace rc::ui
