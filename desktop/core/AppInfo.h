#pragma once

#include <QString>

namespace zs {

// Versions shown in the about box and printed by --version.
struct AppInfo
{
    static QString appVersion();
    static QString qtVersion();
    static QString sqlcipherVersion();
    static QString sqliteVersion();
    // One line: "招商外勤 0.1.0 (Qt 6.4.2, SQLCipher 4.14.0 community, SQLite 3.51.3)".
    static QString versionLine(const QString& program);
};

} // namespace zs
