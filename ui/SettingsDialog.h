#pragma once
// Settings (Ctrl+,): the language (applies at the next start), the channel a new window starts
// on, the colour scheme, whether a verified revocation reads the sign-in log, and where the audit
// log lives, read-only with "Open folder". Shows what Settings holds; OK writes every field and
// says so through applied(), Cancel writes nothing.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace rc {
class Settings;
}

namespace rc::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    // settings must outlive this; auditLogPath is the log's file.
    SettingsDialog(Settings &settings, const QString &auditLogPath, QWidget *parent = nullptr);

    void accept() override; // writes, then applied()
    // The folder "Open folder" opens.
    QUrl auditFolderUrl() const;

Q_SIGNALS:
    void applied(); // the new values are in Settings

private:
    void load();
    void openAuditFolder();

    Settings &m_settings;
    QString m_auditLogPath;
    QComboBox *m_language;
    QComboBox *m_channel;
    QComboBox *m_scheme;
    QCheckBox *m_signInCheck;
    QLineEdit *m_auditPath;
    QPushButton *m_openFolder;
};

} // namespace rc::ui
