#pragma once
// The frame both sign-out confirmations share (one person, many people): a warning icon beside a
// column of plain-text paragraphs, the optional reason or ticket field at the column's foot, then
// the confirm and Cancel buttons. Cancel is the default, so Enter anywhere but on the confirm
// button cancels, and Escape cancels: only a deliberate choice sends anything. The dialog fills
// the column top to bottom, adds the reason and the confirm button, then calls finish().

#include "directory/DirectoryRole.h"
#include "directory/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace rc::ui {

class ConfirmLayout final
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmLayout)
public:
    explicit ConfirmLayout(QDialog *dialog);

    // Word-wrapped and plain: the names shown come from lists and the directory, never markup.
    QLabel *addParagraph(const QString &text);
    QLabel *addHeading(const QString &text); // a bold paragraph
    void addSpacing(); // half a line
    void addWidget(QWidget *widget);
    // Named by its caption, "Reason or ticket number (optional)"; `description` adds the rest.
    QLineEdit *addReason(const QString &objectName, const QString &description,
                         const QString &placeholder);
    QPushButton *addConfirm(const QString &text, const QString &objectName,
                            const QString &accessibleName);
    // The risk-scaled confirmation for an administrator target: a sentence naming their roles and
    // a field to type their user name or display name in. The caller keeps the confirm button off
    // until typedNameMatches().
    QLineEdit *addTypedName(const User &user, const RoleSet &roles, const QString &objectName);
    // Empty field: false. Compared without case with the UPN and the display name.
    static bool typedNameMatches(const QLineEdit *field, const User &user);
    QPushButton *cancel() const { return m_cancel; }

    // Lays the dialog out, `widthInChars` wide at least. Tab goes through `fields`, the reason,
    // confirm and Cancel, in that order; the first of them has the focus.
    void finish(const QList<QWidget *> &fields = {}, int widthInChars = 72);
    // Sizes the dialog to its content, up to most of the screen; its text scrolls beyond that.
    static void fitToContent(QDialog *dialog);

private:
    QDialog *m_dialog;
    QVBoxLayout *m_column;
    QLabel *m_icon;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace rc::ui
