#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace zs::ui {

// Preferences: auto-lock time and language. Stored in AppSettings (never inside the workspace).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    // Minutes of idle time before locking, 0 = never.
    int idleLockMinutes() const;
    QString language() const;
    void accept() override;

private:
    QCheckBox* m_autoLock;
    QSpinBox* m_minutes;
    QComboBox* m_language;
    QComboBox* m_fontScale;
};

} // namespace zs::ui
