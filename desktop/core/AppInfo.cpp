#include "desktop/core/AppInfo.h"

#include "sync/store/Hardening.h"

#include <sqlite3.h>

namespace zs {

QString AppInfo::appVersion()
{
    return QStringLiteral(ZS_APP_VERSION);
}

QString AppInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AppInfo::sqlcipherVersion()
{
    static const QString version = Hardening::sqlcipherVersion();
    return version;
}

QString AppInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString AppInfo::versionLine(const QString& program)
{
    return QStringLiteral("%1 %2 (Qt %3, SQLCipher %4, SQLite %5)")
        .arg(program, appVersion(), qtVersion(), sqlcipherVersion(), sqliteVersion());
}

} // namespace zs
