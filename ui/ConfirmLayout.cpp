#include "ui/ConfirmLayout.h"

#include "ui/FitScrollArea.h"
#include "ui/SeverityStyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace rc::ui {

ConfirmLayout::ConfirmLayout(QDialog *dialog)
    : m_dialog(dialog)
    , m_column(new QVBoxLayout)
    , m_icon(new QLabel(dialog))
    , m_buttons(new QDialogButtonBox(dialog))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    const int iconSize = dialog->fontMetrics().height() * 2;
    m_icon->setPixmap(SeverityStyle::icon(Tone::Warning, iconSize, dialog->devicePixelRatioF(),
                                          dialog->palette()));
    m_icon->setAccessibleName(SeverityStyle::toneName(Tone::Warning));
    m_cancel->setAccessibleName(tr("Cancel: send nothing"));
    m_cancel->setDefault(true);
    m_buttons->setAccessibleName(tr("Confirm or cancel"));
    QObject::connect(m_buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

QLabel *ConfirmLayout::addParagraph(const QString &text)
{
    auto *label = new QLabel(text, m_dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_column->addWidget(label);
    return label;
}

QLabel *ConfirmLayout::addHeading(const QString &text)
{
    QLabel *heading = addParagraph(text);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    return heading;
}

void ConfirmLayout::addSpacing()
{
    m_column->addSpacing(m_dialog->fontMetrics().height() / 2);
}

void ConfirmLayout::addWidget(QWidget *widget)
{
    m_column->addWidget(widget);
}

QLineEdit *ConfirmLayout::addReason(const QString &objectName, const QString &description,
                                    const QString &placeholder)
{
    // Named by its caption (WCAG 2.5.3); the description adds what the caption leaves out.
    m_reason = new QLineEdit(m_dialog);
    m_reason->setObjectName(objectName);
    m_reason->setAccessibleDescription(description);
    m_reason->setPlaceholderText(placeholder);
    auto *label = new QLabel(tr("&Reason or ticket number (optional):"), m_dialog);
    label->setBuddy(m_reason);
    m_column->addWidget(label);
    m_column->addWidget(m_reason);
    return m_reason;
}

QLineEdit *ConfirmLayout::addTypedName(const User &user, const RoleSet &roles,
                                       const QString &objectName)
{
    // An administrator's account is not acted on by a reflex click.
    // The field's caption is its name (WCAG 2.5.3: the name holds what a person sees), so the
    // sentence naming the roles is a paragraph of its own and the field's description.
    auto *field = new QLineEdit(m_dialog);
    field->setObjectName(objectName);
    field->setPlaceholderText(user.userPrincipalName);
    const QString name = user.displayName.isEmpty() ? user.userPrincipalName : user.displayName;
    const QString roleSentence = tr("%1 holds an administrator role (%2).")
                                         .arg(name, roles.names().join(QLatin1String(", ")));
    addParagraph(roleSentence);
    field->setAccessibleDescription(roleSentence);
    auto *label = new QLabel(tr("Type their &user name or display name to confirm:"), m_dialog);
    label->setWordWrap(true);
    label->setBuddy(field);
    m_column->addWidget(label);
    m_column->addWidget(field);
    return field;
}

bool ConfirmLayout::typedNameMatches(const QLineEdit *field, const User &user)
{
    const QString typed = field ? field->text().trimmed() : QString();
    return !typed.isEmpty()
            && (typed.compare(user.userPrincipalName, Qt::CaseInsensitive) == 0
                || typed.compare(user.displayName, Qt::CaseInsensitive) == 0);
}

QPushButton *ConfirmLayout::addConfirm(const QString &text, const QString &objectName,
                                       const QString &accessibleName)
{
    m_confirm = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(objectName);
    m_confirm->setAccessibleName(accessibleName);
    return m_confirm;
}

void ConfirmLayout::finish(const QList<QWidget *> &fields, int widthInChars)
{
    // The column scrolls when the screen is too short for it (large text on a small screen); the
    // buttons stay in view below it.
    // Named, as every container a screen reader walks through (WCAG 1.3.1).
    auto *column = new QWidget(m_dialog);
    column->setAccessibleName(tr("Details"));
    m_column->setContentsMargins(0, 0, 0, 0);
    column->setLayout(m_column);
    const int ch = m_dialog->fontMetrics().averageCharWidth();
    column->setMinimumWidth(ch * (widthInChars - 12)); // less the icon and the margins
    auto *scroll = new FitScrollArea(column, m_dialog);
    scroll->setAccessibleName(tr("Confirmation"));
    scroll->takeFocusOnlyWhenScrolling();
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addLayout(row, 1);
    layout->addWidget(m_buttons);

    QList<QWidget *> chain = fields;
    chain << m_reason << m_confirm << m_cancel;
    chain.removeAll(nullptr);
    QWidget *first = chain.first();
    chain.prepend(scroll); // read first, when it scrolls at all
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    first->setFocus();
    m_dialog->setMinimumWidth(ch * widthInChars);
    fitToContent(m_dialog);
}

void ConfirmLayout::fitToContent(QDialog *dialog)
{
    // As tall as its text where the screen has room: Qt's own first size (adjustSize) stops at
    // two thirds of the screen, and the column would scroll with room to spare.
    QSize size = dialog->sizeHint().expandedTo(dialog->minimumSize());
    if (const QScreen *screen = dialog->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    dialog->resize(size.expandedTo(dialog->minimumSize()));
}

} // namespace rc::ui
