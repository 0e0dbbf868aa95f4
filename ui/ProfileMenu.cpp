#include "ui/ProfileMenu.h"

#include "ui/ObjectNames.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStandardPaths>

namespace rc::ui {

namespace {

StatusMessage success(const QString &text)
{
    StatusMessage message;
    message.severity = StatusMessage::Severity::Success;
    message.text = text;
    return message;
}

// A file name from a profile id: a domain or GUID, but a hand-edited id may hold anything.
QString fileNameFor(const QString &id)
{
    QString name = id;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return name + QLatin1String(".json");
}

} // namespace

ProfileMenu::ProfileMenu(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(names::ProfilesButton);
    setText(tr("&Profiles"));
    setAccessibleName(tr("Profiles"));
    setToolTip(tr("Import, export or remove tenant profiles"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    m_import = menu->addAction(tr("&Import profile\u2026"));
    m_import->setObjectName(names::ImportProfileAction);
    m_export = menu->addAction(tr("&Export profile\u2026"));
    m_export->setObjectName(names::ExportProfileAction);
    menu->addSeparator();
    m_remove = menu->addAction(tr("&Remove profile"));
    m_remove->setObjectName(names::RemoveProfileAction);
    connect(m_import, &QAction::triggered, this, &ProfileMenu::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &ProfileMenu::chooseExportFile);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty())
            Q_EMIT removeRequested(m_currentId);
    });
    m_remove->setToolTip(tr("Forgets the profile and deletes its sign-in from the keychain"));
    setMenu(menu);
    setCurrentProfileId(QString());
}

void ProfileMenu::setSettings(Settings *settings)
{
    m_settings = settings;
}

void ProfileMenu::setCurrentProfileId(const QString &id)
{
    m_currentId = id;
    m_export->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
}

void ProfileMenu::chooseImportFile()
{
    auto *dialog
            = new QFileDialog(window(), tr("Import a tenant profile"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("Revoke Console profiles (*.json);;All files (*)"));
    dialog->setObjectName(names::ImportProfileDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileMenu::importFrom);
    dialog->open();
}

void ProfileMenu::chooseExportFile()
{
    if (m_currentId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(window(), tr("Export the tenant profile"),
                                   QDir(folder).filePath(fileNameFor(m_currentId)),
                                   tr("Revoke Console profiles (*.json)"));
    dialog->setObjectName(names::ExportProfileDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileMenu::exportTo);
    dialog->open();
}

void ProfileMenu::importFrom(const QString &path)
{
    if (!m_settings)
        return;
    auto profile = TenantProfile::importFile(path);
    if (!profile) {
        Q_EMIT problem(profile.error());
        return;
    }
    // Re-importing a profile keeps who signed in with it last.
    if (const auto existing = m_settings->profile(profile.value().id))
        profile.value().lastAccount = existing->lastAccount;
    m_settings->saveProfile(profile.value());
    settingsWritten();
    Q_EMIT imported(profile.value().id);
    Q_EMIT message(success(tr("Imported the profile %1 (tenant %2). Choose it in the profile "
                              "list and sign in: sign-ins are never part of a profile file.")
                                   .arg(profile.value().name, profile.value().tenant)));
}

void ProfileMenu::exportTo(const QString &path)
{
    const auto profile = m_settings ? m_settings->profile(m_currentId) : std::nullopt;
    if (!profile) {
        Q_EMIT problem(ServiceError::make(
                ServiceError::Kind::Configuration,
                tr("The profile %1 is no longer in the settings.").arg(m_currentId)));
        return;
    }
    const auto written = profile->exportFile(path);
    if (!written) {
        Q_EMIT problem(written.error());
        return;
    }
    Q_EMIT message(success(tr("Exported the profile %1 to %2. It holds no sign-in or secret: "
                              "whoever imports it signs in with their own account.")
                                   .arg(profile->name, QDir::toNativeSeparators(path))));
}

void ProfileMenu::settingsWritten()
{
    QString why;
    if (!m_settings->sync(&why))
        Q_EMIT problem(ServiceError::make(ServiceError::Kind::Configuration, why));
}

} // namespace rc::ui
