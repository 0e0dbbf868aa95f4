#include "ui/BulkConfirmDialog.h"

#include "ui/BulkTableModel.h"
#include "ui/ConfirmLayout.h"
#include "ui/ObjectNames.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rc::ui {

namespace {

QString channelSentence(Channel channel)
{
    return channel == Channel::SharePoint
            ? BulkConfirmDialog::tr("Channel: SharePoint (the original Revoke-SPOUserSession "
                                    "operation), one request per person.")
            : BulkConfirmDialog::tr("Channel: Entra ID (every Microsoft 365 app), in batches; "
                                    "each result is verified.");
}

// "Ready: 40" lines, the people signed out first, then the rows that are skipped.
QString countLines(const BulkReview &review)
{
    QStringList signedOut;
    QStringList skipped;
    for (int i = 0; i < bulkCategoryCount; ++i) {
        const auto category = BulkCategory(i);
        const int n = review.count(category);
        if (n == 0)
            continue;
        BulkReviewRow probe;
        probe.category = category;
        const QString line = BulkConfirmDialog::tr("%1: %2")
                                     .arg(BulkTableModel::categoryLabel(category))
                                     .arg(n);
        (probe.isRevocable() ? signedOut : skipped) << QStringLiteral("  ") + line;
    }
    QStringList lines;
    if (!signedOut.isEmpty())
        lines << BulkConfirmDialog::tr("Signed out:") << signedOut;
    if (!skipped.isEmpty())
        lines << BulkConfirmDialog::tr("Skipped, nothing sent:") << skipped;
    return lines.join(QLatin1Char('\n'));
}

QString firstNames(const BulkReview &review, int people)
{
    QStringList names;
    for (const BulkReviewRow &row : review.rows) {
        if (names.size() == BulkConfirmDialog::NamesShown)
            break;
        if (!row.isRevocable())
            continue;
        const QString name = row.user ? row.user->displayName : QString();
        names << (name.isEmpty() ? row.row.upn
                                 : BulkConfirmDialog::tr("%1 (%2)").arg(name, row.row.upn));
    }
    QString text = names.join(QLatin1Char('\n'));
    if (people > names.size())
        text += QLatin1Char('\n')
                + BulkConfirmDialog::tr("…and %n more", nullptr, people - int(names.size()));
    return text;
}

} // namespace

BulkConfirmDialog::BulkConfirmDialog(const BulkReview &review, Channel channel, QWidget *parent)
    : QDialog(parent)
    , m_people(review.revocableCount())
{
    setObjectName(names::BulkConfirmDialog);
    setWindowTitle(tr("Sign out %n people everywhere?", nullptr, m_people));

    ConfirmLayout frame(this);
    frame.addHeading(tr("Sign out %n people from every session?", nullptr, m_people))
            ->setObjectName(names::BulkConfirmMessage);
    QLabel *counts = frame.addParagraph(countLines(review));
    counts->setObjectName(names::BulkConfirmCounts);
    counts->setAccessibleName(tr("Count per category"));
    frame.addParagraph(tr("First:"));
    QLabel *namesLabel = frame.addParagraph(firstNames(review, m_people));
    namesLabel->setObjectName(names::BulkConfirmNames);
    namesLabel->setAccessibleName(tr("The first people to be signed out"));
    frame.addParagraph(tr("They will be signed out of browser, desktop and mobile apps on every "
                          "device. Access tokens already issued stay valid until they expire, up "
                          "to about an hour."));
    frame.addParagraph(channelSentence(channel));
    if (const QString self = operatorNote(review); !self.isEmpty())
        frame.addParagraph(self)->setObjectName(names::BulkConfirmSelfNote);
    if (m_people > TypeToConfirmAbove)
        addCountField(frame);
    m_reason = frame.addReason(names::BulkReasonEdit,
                               tr("Reason or ticket number, recorded with every row, optional"),
                               tr("For example INC-12345: compromised accounts"));
    m_confirm = frame.addConfirm(tr("Sign &out %n people", nullptr, m_people),
                                 names::BulkConfirmButton,
                                 tr("Sign out %n people from every session", nullptr, m_people));
    frame.cancel()->setObjectName(names::BulkCancelConfirmButton);
    frame.finish({m_count});
    updateConfirm();
}

void BulkConfirmDialog::addCountField(ConfirmLayout &frame)
{
    m_count = new QLineEdit(this);
    m_count->setObjectName(names::BulkConfirmCountEdit);
    m_count->setAccessibleName(tr("Type the number of people, %1, to confirm").arg(m_people));
    m_count->setPlaceholderText(QString::number(m_people));
    auto *countLabel
            = new QLabel(tr("&Type the number of people (%1) to confirm:").arg(m_people), this);
    countLabel->setBuddy(m_count);
    frame.addWidget(countLabel);
    frame.addWidget(m_count);
    connect(m_count, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirm);
}

void BulkConfirmDialog::updateConfirm()
{
    const bool typed = !m_count || m_count->text().trimmed() == QString::number(m_people);
    m_confirm->setEnabled(m_people > 0 && typed);
    m_confirm->setToolTip(typed ? QString()
                                : tr("Type %1, the number of people, to confirm.").arg(m_people));
}

QString BulkConfirmDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace rc::ui
