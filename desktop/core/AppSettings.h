#pragma once

#include <QSettings>
#include <QString>

namespace zs {

// Non-secret preferences kept outside the encrypted workspace (language, auto-lock time, last workspace).
// Nothing from inside the workspace may be written here.
class AppSettings
{
public:
    AppSettings();

    QString language() const; // "zh_CN" (default) or "en"
    void setLanguage(const QString& language);
    int idleLockMinutes() const; // 0 = never
    void setIdleLockMinutes(int minutes);
    QString workspacePath() const;
    void setWorkspacePath(const QString& path);

    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;

private:
    QSettings m_settings;
};

} // namespace zs
