#pragma once
// The one confirmation of a bulk sign-out: how many people, the count per review category, the
// first names, the channel, and a reason recorded with every row. Above TypeToConfirmAbove people
// the operator types the number of people before the confirm button enables. Cancel is the
// default button and Escape cancels. Open it with open(); accepted() means "go ahead".

#include "bulk/BulkReview.h"
#include "revocation/RevocationOutcome.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace rc::ui {

class ConfirmLayout;

class BulkConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkConfirmDialog)
public:
    static constexpr int TypeToConfirmAbove = 50;
    static constexpr int NamesShown = 5;

    BulkConfirmDialog(const BulkReview &review, Channel channel, QWidget *parent = nullptr);

    QString reason() const;

private:
    void addCountField(ConfirmLayout &frame);
    void updateConfirm();

    int m_people = 0;
    QLineEdit *m_count = nullptr; // only above TypeToConfirmAbove people
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace rc::ui
