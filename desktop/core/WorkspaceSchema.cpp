#include "desktop/core/WorkspaceSchema.h"

#include "sync/store/Database.h"

#include <QDateTime>
#include <QUuid>

namespace zs {

namespace {
// v1: workspace metadata.
const char* const kV1 = R"sql(
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// v2: this installation's identity for sync (node id orders equal HLC stamps; device id is what HQ enrolls).
const char* const kV2 = R"sql(
CREATE TABLE device (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id  TEXT NOT NULL,
    node_id    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
)sql";

Result<void> stampCreation(Database& db)
{
    auto ins =
        db.prepare("INSERT INTO app_meta (key, value) VALUES ('created_at', ?1), ('format', 'zhaoshang-workspace')");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return ins->run();
}

Result<void> makeDeviceIdentity(Database& db)
{
    auto ins = db.prepare("INSERT INTO device (singleton, device_id, node_id, created_at) "
                          "VALUES (1, ?1, lower(hex(randomblob(8))), ?2)");
    if (!ins.ok())
        return ins.error();
    ins->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    ins->bind(2, QDateTime::currentMSecsSinceEpoch());
    return ins->run();
}
} // namespace

const Migrator& WorkspaceSchema::migrator()
{
    static const Migrator schema({
        {1, kV1, stampCreation},
        {2, kV2, makeDeviceIdentity},
    });
    return schema;
}

} // namespace zs
