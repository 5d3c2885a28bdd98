#include "desktop/core/AppSettings.h"

#include "desktop/core/Workspace.h"

namespace zs {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleLock = QStringLiteral("security/idle_lock_minutes");
const QString kWorkspace = QStringLiteral("workspace/path");
const QString kFontScale = QStringLiteral("ui/font_scale");
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
    bool ok = false;
    const int percent = m_settings.value(kFontScale, 100).toInt(&ok);
    return ok ? qBound(kMinFontScale, percent, kMaxFontScale) : 100;
}

void AppSettings::setFontScale(int percent)
{
    m_settings.setValue(kFontScale, qBound(kMinFontScale, percent, kMaxFontScale));
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLock, kDefaultIdleLockMinutes).toInt(&ok);
    return ok ? qBound(0, minutes, kMaxIdleLockMinutes) : kDefaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLock, qBound(0, minutes, kMaxIdleLockMinutes));
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
