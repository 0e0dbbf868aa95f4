#pragma once
// The tenant pane's "Profiles" button: Import profile… (a file another admin exported), Export
// profile… (the current one, to a JSON file that holds no secret), Remove profile. Import and
// export go through QFileDialog and TenantProfile straight to the Settings; removing also signs
// the profile out, which is the window's business, so it is only requested here.

#include "profile/Settings.h"
#include "revocation/StatusMessage.h"

#include <QToolButton>

class QAction;

namespace rc::ui {

class ProfileMenu final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileMenu)
public:
    explicit ProfileMenu(QWidget *parent = nullptr);

    void setSettings(Settings *settings); // must outlive this
    // What Export and Remove act on; empty: no profile, both are off.
    void setCurrentProfileId(const QString &id);

Q_SIGNALS:
    void imported(const QString &id); // saved to the settings
    void removeRequested(const QString &id);
    void message(const rc::StatusMessage &message);
    void problem(const rc::ServiceError &error);

private:
    void chooseImportFile();
    void chooseExportFile();
    void importFrom(const QString &path);
    void exportTo(const QString &path);
    void settingsWritten();

    Settings *m_settings = nullptr;
    QString m_currentId;
    QAction *m_import;
    QAction *m_export;
    QAction *m_remove;
};

} // namespace rc::ui
