#include "sync/store/Hardening.h"

#include "sync/store/Sodium.h"
#include "sync/store/SqliteMemory.h"

#include <sqlite3.h>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace zs {

void Hardening::disableCoreDumps()
{
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    Sodium::ensureInitialised();
}

QString Hardening::sqlcipherVersion()
{
    SqliteMemory::install();
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

} // namespace zs
