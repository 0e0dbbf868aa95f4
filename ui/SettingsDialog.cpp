#include "ui/SettingsDialog.h"

#include "core/Logging.h"
#include "profile/Settings.h"
#include "ui/ObjectNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rc::ui {

namespace {

void select(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

// A hint under a field, in the smaller, dimmer type of secondary text.
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const QString &auditLogPath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_auditLogPath(auditLogPath)
    , m_language(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_scheme(new QComboBox(this))
    , m_signInCheck(new QCheckBox(tr("Check the sign-&in log after a revocation"), this))
    , m_auditPath(new QLineEdit(this))
    , m_openFolder(new QPushButton(tr("Open &folder"), this))
{
    setObjectName(names::SettingsDialog);
    setWindowTitle(tr("Settings"));

    named(m_language, names::LanguageCombo, tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words: the person looking for it may not read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));

    named(m_channel, names::DefaultChannelCombo, tr("Default channel"));
    m_channel->addItem(tr("Entra ID: every Microsoft 365 app"), QStringLiteral("entra"));
    m_channel->addItem(tr("SharePoint: the original Revoke-SPOUserSession"),
                       QStringLiteral("sharepoint"));

    named(m_scheme, names::ColorSchemeCombo, tr("Colour scheme"));
    m_scheme->addItem(tr("System"), QString());
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));

    named(m_signInCheck, names::SignInCheckBox, tr("Check the sign-in log after a revocation"));
    m_signInCheck->setToolTip(tr("After a verified Entra ID revocation, read the user's sign-in "
                                 "log since then and offer “Check again”. Needs an "
                                 "Entra ID P1 licence and permission to read sign-in logs."));

    named(m_auditPath, names::AuditLogPathEdit, tr("Audit log file"));
    m_auditPath->setReadOnly(true);
    m_auditPath->setText(QDir::toNativeSeparators(auditLogPath));
    m_auditPath->setCursorPosition(0);
    m_auditPath->setToolTip(m_auditPath->text()); // the whole path when the field is narrower
    m_auditPath->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_openFolder->setObjectName(names::OpenAuditFolderButton);
    // Named by its visible text (WCAG 2.5.3); the description says which folder.
    m_openFolder->setAccessibleDescription(tr("Open the audit log's folder"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->setEnabled(!auditLogPath.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(),
                 hint(tr("A new language applies when Revoke Console is restarted."), this));
    form->addRow(tr("&Default channel:"), m_channel);
    form->addRow(QString(), hint(tr("The channel a new window starts with."), this));
    form->addRow(tr("Colour &scheme:"), m_scheme);
    form->addRow(QString(), m_signInCheck);
    auto *audit = new QHBoxLayout;
    audit->addWidget(m_auditPath, 1);
    audit->addWidget(m_openFolder);
    form->addRow(tr("&Audit log:"), audit);
    // The labels the form made name their fields for mnemonics and screen readers.
    for (QWidget *field : QList<QWidget *> {m_language, m_channel, m_scheme, m_auditPath}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(audit)))
        label->setBuddy(m_auditPath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, &SettingsDialog::openAuditFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Reading order: top to bottom, then the buttons.
    setTabOrder(m_language, m_channel);
    setTabOrder(m_channel, m_scheme);
    setTabOrder(m_scheme, m_signInCheck);
    setTabOrder(m_signInCheck, m_auditPath);
    setTabOrder(m_auditPath, m_openFolder);
    setTabOrder(m_openFolder, buttons);
    load();
}

void SettingsDialog::load()
{
    select(m_language, m_settings.language());
    select(m_channel, m_settings.defaultChannel());
    select(m_scheme, m_settings.colorScheme());
    m_signInCheck->setChecked(m_settings.checkSignInsAfterRevocation());
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDefaultChannel(m_channel->currentData().toString());
    m_settings.setColorScheme(m_scheme->currentData().toString());
    m_settings.setCheckSignInsAfterRevocation(m_signInCheck->isChecked());
    QString problem;
    if (!m_settings.sync(&problem)) // kept for this run all the same
        qCWarning(lcFiles).noquote() << problem;
    QDialog::accept();
    Q_EMIT applied();
}

QUrl SettingsDialog::auditFolderUrl() const
{
    return QUrl::fromLocalFile(QFileInfo(m_auditLogPath).absolutePath());
}

void SettingsDialog::openAuditFolder()
{
    QDesktopServices::openUrl(auditFolderUrl());
}

} // namespace rc::ui
