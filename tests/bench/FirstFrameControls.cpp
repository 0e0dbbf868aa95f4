#include "FirstFrameControls.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc::bench {

namespace {

QLabel *caption(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// About as wide as ui/CompactComboBox makes the window's: charWidths average characters.
QComboBox *combo(const QStringList &items, int charWidths)
{
    auto *box = new QComboBox;
    box->addItems(items);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * charWidths);
    return box;
}

QToolButton *menuButton(const QString &text, bool flat)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    button->setAutoRaise(flat);
    return button;
}

QPushButton *flatButton(const QString &text, bool enabled)
{
    auto *button = new QPushButton(text);
    button->setFlat(true);
    button->setEnabled(enabled);
    return button;
}

} // namespace

void addFirstFrameControls(QMainWindow &window)
{
    auto *profile = combo({}, 43);
    profile->setPlaceholderText(QStringLiteral("New tenant"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(caption(QStringLiteral("&Profile:"), profile));
    profileRow->addWidget(profile);
    profileRow->addWidget(menuButton(QStringLiteral("&Profiles"), false));
    profileRow->addStretch(1);

    auto *tenant = new QLineEdit(QStringLiteral("organizations"));
    auto *cloud = combo({QStringLiteral("Global"), QStringLiteral("US Government")}, 23);
    auto *method = combo({QStringLiteral("Device code"), QStringLiteral("Browser")}, 23);
    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(caption(QStringLiteral("&Tenant:"), tenant));
    tenantRow->addWidget(tenant, 1);
    tenantRow->addWidget(caption(QStringLiteral("C&loud:"), cloud));
    tenantRow->addWidget(cloud);
    tenantRow->addWidget(caption(QStringLiteral("Sign-in &method:"), method));
    tenantRow->addWidget(method);
    tenantRow->addWidget(new QPushButton(QStringLiteral("Sign in")));

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *search = new QWidget;
    auto *searchLayout = new QVBoxLayout(search);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit;
    field->setPlaceholderText(QStringLiteral("Search users by name or sign-in name (Ctrl+F)"));
    searchLayout->addWidget(field);
    auto *hint = new QLabel(QStringLiteral("Sign in to search the directory."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    searchLayout->addWidget(hint, 1);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumHeight(window.fontMetrics().height() * 5);
    rightLayout->addWidget(card);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(search);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    const int unit = window.fontMetrics().averageCharWidth() * 10;
    splitter->setSizes({4 * unit, 6 * unit});

    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(profileRow);
    layout->addLayout(tenantRow);
    layout->addWidget(line);
    layout->addWidget(splitter, 1);
    window.setCentralWidget(central);

    QStatusBar *status = window.statusBar();
    status->addPermanentWidget(flatButton(QStringLiteral("&History…"), true));
    status->addPermanentWidget(flatButton(QStringLiteral("Sign out many people…"), false));
    status->addPermanentWidget(menuButton(QStringLiteral("Menu"), true));
    window.setWindowTitle(QStringLiteral("organizations"));
}

} // namespace rc::bench
