#pragma once

#include "desktop/core/AppSettings.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace zs::ui {

// Preferences, stored in AppSettings (never inside the workspace), in three tabs:
// - 常规: auto-lock time, language, text size;
// - 同步: automatic sync and how often, a sync when the network is back, material files in the background;
// - 打印: paper, colour, both sides; what a new brochure holds (sections, parks recommended).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    // Minutes of idle time before locking, 0 = never.
    int idleLockMinutes() const;
    QString language() const;
    SyncPreferences syncPreferences() const;
    PrintPreferences printPreferences() const;
    QTabWidget* tabs() const { return m_tabs; }
    void accept() override;

private:
    QWidget* generalTab(const AppSettings& settings);
    QWidget* syncTab(const SyncPreferences& preferences);
    QWidget* printTab(const PrintPreferences& preferences);
    // OK only while a brochure would have a section; the reason under the sections and on OK.
    void checkSections();

    QTabWidget* m_tabs;
    QCheckBox* m_autoLock = nullptr;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_fontScale = nullptr;
    QCheckBox* m_autoSync = nullptr;
    QComboBox* m_interval = nullptr;
    QCheckBox* m_networkBack = nullptr;
    QCheckBox* m_files = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_color = nullptr;
    QCheckBox* m_duplex = nullptr;
    QList<QCheckBox*> m_sections;
    QLabel* m_sectionsError = nullptr;
    QSpinBox* m_parks = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace zs::ui
