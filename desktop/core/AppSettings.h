#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace zs {

// 设置 → 同步: when the app syncs without being asked. The CLI syncs when told and reads none of it.
struct SyncPreferences
{
    bool automatic = true;       // off: only 同步 (or the CLI) syncs
    int intervalHours = 24;      // the last success may be this old before the next automatic sync (1–24)
    bool whenNetworkBack = true; // a sync as soon as the network is back
    bool downloadFiles = true;   // material files follow in the background; off: only the ones opened are fetched

    static constexpr int kMaxIntervalHours = 24;
};

// 设置 → 打印: how the printer is set up before its dialog opens, and what a new brochure holds by default.
struct PrintPreferences
{
    QString paper = QStringLiteral("A4"); // A4, A5, B5 (JIS), Letter
    bool color = true;                    // off: greyscale
    bool duplex = false;                  // both sides, turned on the long edge
    QStringList brochureSections;         // checked when the composer opens; empty: all
    int brochureParks = 2;                // parks recommended in a brochure (0–3)

    static QStringList paperSizes()
    {
        return {QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("B5"), QStringLiteral("Letter")};
    }
    static constexpr int kMaxBrochureParks = 3;
};

// Non-secret preferences kept outside the encrypted workspace (language, text size, auto-lock time, sync and print
// preferences, last workspace).
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
    SyncPreferences syncPreferences() const;
    void setSyncPreferences(const SyncPreferences& preferences);
    PrintPreferences printPreferences() const;
    void setPrintPreferences(const PrintPreferences& preferences);
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
