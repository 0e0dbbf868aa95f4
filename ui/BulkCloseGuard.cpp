#include "ui/BulkCloseGuard.h"

#include "bulk/BulkRun.h"
#include "ui/ObjectNames.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rc::ui {

BulkCloseGuard::BulkCloseGuard(QDialog *window)
    : QObject(window)
    , m_window(window)
{ }

void BulkCloseGuard::setRun(BulkRun *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    delete m_question;
    m_run = run;
    m_afterStop = nullptr;
    m_stopping = false;
    m_people = 0;
    m_done = 0;
    if (!run)
        return;
    connect(run, &BulkRun::progressed, this, &BulkCloseGuard::progressed);
    connect(run, &BulkRun::finished, this, &BulkCloseGuard::ended);
}

bool BulkCloseGuard::mayClose(std::function<void()> afterStop)
{
    if (!m_run || !m_run->isRunning())
        return true;
    if (afterStop)
        m_afterStop = std::move(afterStop);
    if (m_stopping)
        return false;
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
    } else {
        ask();
    }
    return false;
}

void BulkCloseGuard::ask()
{
    const int people = m_people > 0 ? m_people : m_run->peopleToSignOut();
    m_question = new QMessageBox(QMessageBox::Question, tr("Stop the sign-out?"),
                                 question(people, m_done), QMessageBox::NoButton, m_window);
    m_question->setObjectName(names::BulkStopQuestion);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setTextFormat(Qt::PlainText);
    QPushButton *stop = m_question->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(names::BulkStopAndCloseButton);
    stop->setAccessibleName(tr("Stop the sign-out and close the window"));
    QPushButton *keep = m_question->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(names::BulkKeepRunningButton);
    keep->setAccessibleName(tr("Keep the sign-out running"));
    // Enter and Escape keep the run going: only a deliberate choice stops it.
    m_question->setDefaultButton(keep);
    m_question->setEscapeButton(keep);
    QMessageBox *box = m_question;
    connect(box, &QMessageBox::finished, this, [this, box] { answered(box); });
    m_question->open();
}

void BulkCloseGuard::answered(QMessageBox *box)
{
    if (box != m_question)
        return; // one asked before the run started again, say
    const bool stop = box->clickedButton()
            && box->clickedButton()->objectName() == names::BulkStopAndCloseButton;
    m_question = nullptr; // answered: it deletes itself
    if (!stop || !m_run || !m_run->isRunning()) {
        m_afterStop = nullptr;
        return;
    }
    m_stopping = true;
    m_run->cancel(); // it ends from the event loop, once the answers in flight are in
}

void BulkCloseGuard::progressed(const BulkProgress &progress)
{
    if (progress.phase != BulkProgress::Phase::Revoke)
        return;
    m_people = progress.total;
    m_done = progress.done;
    if (m_question)
        m_question->setText(question(m_people, m_done));
}

void BulkCloseGuard::ended()
{
    // Ended by itself while the question was up: there is nothing left to stop.
    delete m_question;
    const bool close = m_stopping;
    m_stopping = false;
    std::function<void()> afterStop = std::move(m_afterStop);
    m_afterStop = nullptr;
    if (!close)
        return;
    m_window->close();
    if (afterStop)
        afterStop();
}

QString BulkCloseGuard::question(int people, int done)
{
    return tr("A sign-out of %n people is in progress (%1 done). Stop it and close? Requests "
              "already sent may still complete; run the same list again later to finish the "
              "rest.",
              nullptr, people)
            .arg(done);
}

} // namespace rc::ui
