#pragma once

#include <QSettings>
#include <QString>

namespace zs {

// Non-secret preferences kept outside the encrypted workspace (language, text size, auto-lock time, last workspace).
// Nothing from inside the workspace may be written here.
class AppSettings
{
public:
    AppSettings();

    QString language() const; // "zh_CN" (default) or "en"
    void setLanguage(const QString& language);
    int idleLockMinutes() const; // 0 = never
    void setIdleLockMinutes(int minutes);
    // The interface's text size in percent of the standard (for readers who want larger text): 100, 115, 130, 150.
    int fontScale() const;
    void setFontScale(int percent);
    QString workspacePath() const;
    void setWorkspacePath(const QString& path);

    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kMinFontScale = 80;
    static constexpr int kMaxFontScale = 200;

private:
    QSettings m_settings;
};

} // namespace zs
