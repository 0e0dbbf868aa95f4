#include "ui/UserSearchBox.h"

#include "directory/UserSearch.h"
#include "ui/AfterFirstPaint.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"
#include "ui/UserResultDelegate.h"
#include "ui/WrappedLabel.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {
enum Page { MessagePage, ListPage };
} // namespace

UserSearchBox::UserSearchBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new WrappedLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    // The containers a screen reader walks through are named for what they hold (WCAG 1.3.1).
    setAccessibleName(tr("Search"));
    m_stack->setAccessibleName(tr("Results or message"));
    m_edit->setObjectName(names::SearchEdit);
    m_edit->setPlaceholderText(tr("Search users by name or sign-in name (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Search users"));
    m_edit->setAccessibleDescription(tr("Type two or more letters; results appear below. Up and "
                                        "Down move through them, Enter picks one."));
    // The clear button's icon comes from the icon theme, whose first look-up costs about as much
    // as the rest of the window's first frame; the button only shows once there is text to clear.
    afterFirstPaint(this, [this] {
        m_edit->setClearButtonEnabled(true);
        // Qt's clear button has no name of its own; a screen reader would announce "button".
        for (QToolButton *clear : m_edit->findChildren<QToolButton *>())
            clear->setAccessibleName(tr("Clear search"));
    });
    m_edit->installEventFilter(this);

    // A thin activity line under the field; it keeps its place so nothing jumps when it shows.
    m_busy->setObjectName(names::SearchBusy);
    m_busy->setAccessibleName(tr("Searching"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(qMax(4, fontMetrics().height() / 4));
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
    m_busy->hide();

    m_message->setObjectName(names::SearchMessage);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setMargin(fontMetrics().height());

    m_list->setObjectName(names::ResultsList);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new UserResultDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);

    // textChanged, not textEdited: assistive technology and voice control set the text
    // (AT-SPI EditableText, UI Automation ValuePattern reach QLineEdit::setText) and must search
    // as typing does. UserSearch drops stale answers, so results still come in order.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_search)
            m_search->setQuery(text);
    });
    connect(m_list, &QListView::clicked, this, &UserSearchBox::pick);
    connect(m_list, &QListView::activated, this, &UserSearchBox::pick);
    // A screen reader picks a row by selecting it (AT-SPI's Toggle action on the row), which
    // neither clicks nor moves the current row: that selection picks, as a click does. Moving
    // with Up and Down selects the current row, so it still only highlights.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                const QModelIndexList rows = selected.indexes();
                if (rows.size() == 1 && rows.first() != m_list->currentIndex())
                    pick(rows.first());
            });
    showHint();
}

void UserSearchBox::setSearch(UserSearch *search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    m_edit->clear();
    m_busy->hide();
    showHint();
    if (!search)
        return;
    connect(search, &UserSearch::busyChanged, m_busy, &QWidget::setVisible);
    connect(search, &UserSearch::resultsChanged, this, &UserSearchBox::showResults);
    connect(search, &UserSearch::failed, this, &UserSearchBox::showFailure);
    connect(search, &UserSearch::cleared, this, &UserSearchBox::showHint);
}

void UserSearchBox::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void UserSearchBox::showResults(const QList<User> &users)
{
    m_model->clear();
    if (users.isEmpty()) {
        showText(
                tr("No users match \u201c%1\u201d.").arg(m_search ? m_search->query() : QString()));
        return;
    }
    for (const User &user : users) {
        auto *item = new QStandardItem(user.displayName.isEmpty() ? user.userPrincipalName
                                                                  : user.displayName);
        const bool disabled = user.accountEnabled.has_value() && !*user.accountEnabled;
        item->setData(user.userPrincipalName, UpnRole);
        item->setData(user.isGuest(), GuestRole);
        item->setData(disabled, DisabledRole);
        item->setData(QVariant::fromValue(user), UserValueRole);
        QStringList spoken {item->text(), user.userPrincipalName};
        if (user.isGuest())
            spoken << UserResultDelegate::guestBadgeText();
        if (disabled)
            spoken << UserResultDelegate::disabledBadgeText();
        item->setData(spoken.join(QStringLiteral(", ")), Qt::AccessibleTextRole);
        item->setToolTip(user.userPrincipalName);
        m_model->appendRow(item);
    }
    m_stack->setCurrentIndex(ListPage);
}

void UserSearchBox::showHint()
{
    m_model->clear();
    if (!isEnabled()) {
        showText(tr("Sign in to search the directory."));
        return;
    }
    showText(tr("Type two or more letters of a name, or paste a full sign-in name "
                "(user@contoso.com)."));
}

void UserSearchBox::showFailure(const ServiceError &error)
{
    m_model->clear();
    showText(error.message, true);
}

void UserSearchBox::showText(const QString &text, bool isError)
{
    m_messageIsError = isError;
    tintMessage();
    m_message->setText(text);
    m_stack->setCurrentIndex(MessagePage);
}

void UserSearchBox::tintMessage()
{
    if (!m_messageIsError) {
        m_message->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     SeverityStyle::colors(Tone::Error, this->palette()).accent);
    m_message->setPalette(palette);
    m_message->setForegroundRole(QPalette::WindowText);
}

void UserSearchBox::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0 || m_stack->currentIndex() != ListPage)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1)
                                      : (delta > 0 ? 0 : rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void UserSearchBox::pickCurrent()
{
    QModelIndex index = m_list->currentIndex();
    if (!index.isValid() && m_model->rowCount() == 1)
        index = m_model->index(0, 0); // one match: Enter takes it
    if (index.isValid() && m_stack->currentIndex() == ListPage)
        pick(index);
}

void UserSearchBox::pick(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    Q_EMIT userPicked(index.data(UserValueRole).value<User>());
}

bool UserSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pickCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserSearchBox::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange && m_stack->currentIndex() == MessagePage)
        showHint();
    if (event->type() == QEvent::PaletteChange && m_messageIsError)
        tintMessage();
}

} // namespace rc::ui
