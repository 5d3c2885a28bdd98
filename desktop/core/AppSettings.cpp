#include "desktop/core/AppSettings.h"

#include "desktop/core/Workspace.h"

namespace zs {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleLock = QStringLiteral("security/idle_lock_minutes");
const QString kWorkspace = QStringLiteral("workspace/path");
const QString kFontScale = QStringLiteral("ui/font_scale");
const QString kSyncAutomatic = QStringLiteral("sync/automatic");
const QString kSyncInterval = QStringLiteral("sync/interval_hours");
const QString kSyncNetwork = QStringLiteral("sync/when_network_back");
const QString kSyncFiles = QStringLiteral("sync/download_files");
const QString kPrintPaper = QStringLiteral("print/paper");
const QString kPrintColor = QStringLiteral("print/color");
const QString kPrintDuplex = QStringLiteral("print/duplex");
const QString kBrochureSections = QStringLiteral("print/brochure_sections");
const QString kBrochureParks = QStringLiteral("print/brochure_parks");

// A stored integer within bounds, or the default when it is not a number (a hand-edited file).
int boundedInt(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    const QString value = m_settings.value(kLanguage, QStringLiteral("zh_CN")).toString();
    return value == QLatin1String("en") ? value : QStringLiteral("zh_CN");
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

int AppSettings::fontScale() const
{
    return boundedInt(m_settings, kFontScale, 100, kMinFontScale, kMaxFontScale);
}

void AppSettings::setFontScale(int percent)
{
    m_settings.setValue(kFontScale, qBound(kMinFontScale, percent, kMaxFontScale));
}

int AppSettings::idleLockMinutes() const
{
    return boundedInt(m_settings, kIdleLock, kDefaultIdleLockMinutes, 0, kMaxIdleLockMinutes);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLock, qBound(0, minutes, kMaxIdleLockMinutes));
}

SyncPreferences AppSettings::syncPreferences() const
{
    SyncPreferences p;
    p.automatic = m_settings.value(kSyncAutomatic, p.automatic).toBool();
    p.intervalHours = boundedInt(m_settings, kSyncInterval, p.intervalHours, 1, SyncPreferences::kMaxIntervalHours);
    p.whenNetworkBack = m_settings.value(kSyncNetwork, p.whenNetworkBack).toBool();
    p.downloadFiles = m_settings.value(kSyncFiles, p.downloadFiles).toBool();
    return p;
}

void AppSettings::setSyncPreferences(const SyncPreferences& p)
{
    m_settings.setValue(kSyncAutomatic, p.automatic);
    m_settings.setValue(kSyncInterval, qBound(1, p.intervalHours, SyncPreferences::kMaxIntervalHours));
    m_settings.setValue(kSyncNetwork, p.whenNetworkBack);
    m_settings.setValue(kSyncFiles, p.downloadFiles);
}

PrintPreferences AppSettings::printPreferences() const
{
    PrintPreferences p;
    const QString paper = m_settings.value(kPrintPaper, p.paper).toString();
    if (PrintPreferences::paperSizes().contains(paper))
        p.paper = paper;
    p.color = m_settings.value(kPrintColor, p.color).toBool();
    p.duplex = m_settings.value(kPrintDuplex, p.duplex).toBool();
    p.brochureSections = m_settings.value(kBrochureSections).toStringList();
    p.brochureParks = boundedInt(m_settings, kBrochureParks, p.brochureParks, 0, PrintPreferences::kMaxBrochureParks);
    return p;
}

void AppSettings::setPrintPreferences(const PrintPreferences& p)
{
    m_settings.setValue(kPrintPaper, PrintPreferences::paperSizes().contains(p.paper) ? p.paper : QStringLiteral("A4"));
    m_settings.setValue(kPrintColor, p.color);
    m_settings.setValue(kPrintDuplex, p.duplex);
    m_settings.setValue(kBrochureSections, p.brochureSections);
    m_settings.setValue(kBrochureParks, qBound(0, p.brochureParks, PrintPreferences::kMaxBrochureParks));
}

QString AppSettings::workspacePath() const
{
    return m_settings.value(kWorkspace, Workspace::defaultPath()).toString();
}

void AppSettings::setWorkspacePath(const QString& path)
{
    m_settings.setValue(kWorkspace, path);
}

} // namespace zs
