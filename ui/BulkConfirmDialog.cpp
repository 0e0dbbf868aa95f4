#include "ui/BulkConfirmDialog.h"

#include "ui/BulkTableModel.h"
#include "ui/ObjectNames.h"
#include "ui/SeverityStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names come from a list and the directory: never markup
    label->setWordWrap(true);
    return label;
}

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
                + BulkConfirmDialog::tr("\u2026and %n more", nullptr, people - int(names.size()));
    return text;
}

} // namespace

BulkConfirmDialog::BulkConfirmDialog(const BulkReview &review, Channel channel, QWidget *parent)
    : QDialog(parent)
    , m_people(review.revocableCount())
    , m_reason(new QLineEdit(this))
{
    setObjectName(names::BulkConfirmDialog);
    setWindowTitle(tr("Sign out %n people everywhere?", nullptr, m_people));

    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 2;
    icon->setPixmap(SeverityStyle::icon(Tone::Warning, iconSize, devicePixelRatioF(), palette()));
    icon->setAccessibleName(SeverityStyle::toneName(Tone::Warning));

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Sign &out %n people", nullptr, m_people),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(names::BulkConfirmButton);
    m_confirm->setAccessibleName(tr("Sign out %n people from every session", nullptr, m_people));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(names::BulkCancelConfirmButton);
    m_cancel->setAccessibleName(tr("Cancel: send nothing"));
    // The safe choice is the default: Enter anywhere but on the confirm button cancels.
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(buildSummary(review, channel), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    QWidget *first = m_count ? static_cast<QWidget *>(m_count) : m_reason;
    if (m_count)
        setTabOrder(m_count, m_reason);
    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, m_cancel);
    first->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    updateConfirm();
}

QWidget *BulkConfirmDialog::buildSummary(const BulkReview &review, Channel channel)
{
    auto *summary = new QWidget(this);
    auto *text = new QVBoxLayout(summary);
    text->setContentsMargins(0, 0, 0, 0);
    auto *heading
            = paragraph(tr("Sign out %n people from every session?", nullptr, m_people), summary);
    heading->setObjectName(names::BulkConfirmMessage);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *counts = paragraph(countLines(review), summary);
    counts->setObjectName(names::BulkConfirmCounts);
    counts->setAccessibleName(tr("Count per category"));
    auto *namesLabel = paragraph(firstNames(review, m_people), summary);
    namesLabel->setObjectName(names::BulkConfirmNames);
    namesLabel->setAccessibleName(tr("The first people to be signed out"));
    text->addWidget(heading);
    text->addWidget(counts);
    text->addWidget(paragraph(tr("First:"), summary));
    text->addWidget(namesLabel);
    text->addWidget(paragraph(tr("They will be signed out of browser, desktop and mobile apps on "
                                 "every device. Access tokens already issued stay valid until "
                                 "they expire, up to about an hour."),
                              summary));
    text->addWidget(paragraph(channelSentence(channel), summary));

    if (m_people > TypeToConfirmAbove) {
        m_count = new QLineEdit(summary);
        m_count->setObjectName(names::BulkConfirmCountEdit);
        m_count->setAccessibleName(tr("Type the number of people, %1, to confirm").arg(m_people));
        m_count->setPlaceholderText(QString::number(m_people));
        auto *countLabel = new QLabel(
                tr("&Type the number of people (%1) to confirm:").arg(m_people), summary);
        countLabel->setBuddy(m_count);
        text->addWidget(countLabel);
        text->addWidget(m_count);
        connect(m_count, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirm);
    }
    m_reason->setObjectName(names::BulkReasonEdit);
    m_reason->setAccessibleName(tr("Reason or ticket number, recorded with every row, optional"));
    m_reason->setPlaceholderText(tr("For example INC-12345: compromised accounts"));
    auto *reasonLabel = new QLabel(tr("&Reason or ticket number (optional):"), summary);
    reasonLabel->setBuddy(m_reason);
    text->addWidget(reasonLabel);
    text->addWidget(m_reason);
    return summary;
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
