#include "ui/AboutDialog.h"

#include "ui/ObjectNames.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *line(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(names::AboutDialog);
    setWindowTitle(tr("About Revoke Console"));

    auto *icon = new QLabel(this);
    const int size = fontMetrics().height() * 4;
    const QIcon windowIcon = parent ? parent->windowIcon() : QApplication::windowIcon();
    if (!windowIcon.isNull())
        icon->setPixmap(windowIcon.pixmap(size, size));
    icon->setAccessibleName(tr("Revoke Console icon"));

    auto *name = line(tr("Revoke Console"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    auto *version = line(tr("Version %1").arg(QStringLiteral(REVOKE_VERSION)), this,
                         names::AboutVersionLabel);
    auto *what = line(tr("Signs a Microsoft 365 user out of every session, through Entra ID or "
                         "SharePoint's Revoke-SPOUserSession."),
                      this);
    auto *licence = line(tr("Licensed under the Apache License 2.0: see the LICENSE file."), this);
    auto *qt = line(tr("Runs on Qt %1, built with Qt %2.")
                            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                    this, names::AboutQtLabel);
    const QString home = QStringLiteral(REVOKE_HOMEPAGE);
    auto *link = new QLabel(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(home.toHtmlEscaped(), home.toHtmlEscaped()),
            this);
    link->setObjectName(names::AboutHomePageLabel);
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction); // Tab reaches it, Enter opens it
    link->setOpenExternalLinks(true);
    link->setAccessibleName(tr("Home page: %1").arg(home));

    auto *text = new QVBoxLayout;
    for (QWidget *w : QList<QWidget *> {name, version, what, licence, qt, link})
        text->addWidget(w);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace rc::ui
