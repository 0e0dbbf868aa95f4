#pragma once
// The left pane: "Search users" as you type, bound to the connection's UserSearch presenter.
// Results show name, UPN and badges; "no users match", hints and errors appear in place of the
// list. Up/Down in the search field move through the results and Enter picks, as does a click.

#include "directory/User.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;

namespace rc {
class UserSearch;
struct ServiceError;
} // namespace rc

namespace rc::ui {

class UserSearchBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSearchBox)
public:
    explicit UserSearchBox(QWidget *parent = nullptr);

    // Binds to a connection's search (or to none). The previous binding is dropped.
    void setSearch(UserSearch *search);
    // Ctrl+F: focus the field with its text selected, ready to type over.
    void focusSearch();

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsList() const { return m_list; }

Q_SIGNALS:
    void userPicked(const rc::User &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showResults(const QList<User> &users);
    void showHint();
    void showFailure(const ServiceError &error);
    void showText(const QString &text, bool isError = false);
    void tintMessage();
    void moveCurrent(int delta);
    void pickCurrent();
    void pick(const QModelIndex &index);

    QPointer<UserSearch> m_search;
    QLineEdit *m_edit;
    QProgressBar *m_busy;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QListView *m_list;
    QStandardItemModel *m_model;
    bool m_messageIsError = false;
};

} // namespace rc::ui
