#pragma once
// The first page of the bulk window: paste a list of user names or open a CSV file. It only reads
// and parses (UpnList, on a thread of its own: the page says "Reading the list..." and the window
// stays responsive; a newer list supersedes one still being read); a list it cannot read (an
// unreadable file, no user-name column, nothing in it) is explained on the page and goes no
// further. A list it can read is handed on with listRead(); nothing is sent from here.

#include "bulk/UpnListLoader.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rc::ui {

class BulkListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkListPage)
public:
    explicit BulkListPage(QWidget *parent = nullptr);

    // Starts reading the pasted text / the file; on success listRead() follows, else the page
    // shows why.
    void reviewPasted();
    void reviewFile(const QString &path);
    bool isReading() const;
    void showError(const QString &message);
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // source: the file's name, or empty for a pasted list.
    void listRead(const QList<rc::UpnRow> &rows, const QString &source);

private:
    void chooseFile();
    void take(const Result<UpnList> &list, const QString &source);
    void showMessage(const QString &message, bool problem);

    UpnListLoader *m_loader;
    QPlainTextEdit *m_text;
    QPushButton *m_open;
    QPushButton *m_review;
    QLabel *m_message;
};

} // namespace rc::ui
