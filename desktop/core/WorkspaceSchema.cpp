#include "desktop/core/WorkspaceSchema.h"

#include "desktop/core/domain/SeedCatalog.h"
#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "desktop/core/sync/WorkspaceSync.h"
#include "sync/store/Database.h"

#include <QFile>

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
    ZS_TRY_ASSIGN(auto ins, db.prepare("INSERT INTO device (singleton, device_id, node_id, created_at) "
                                       "VALUES (1, ?1, lower(hex(randomblob(8))), ?2)"));
    ins.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    ins.bind(2, QDateTime::currentMSecsSinceEpoch());
    return ins.run();
}
Result<void> runScript(Database& db, const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("missing schema script ") + resource);
    return db.exec(f.readAll().constData());
}

// v3: records, reference data, full-text index (resources/sql/workspace-v3.sql), then the bundled seeds.
Result<void> createRecords(Database& db)
{
    ZS_TRY(runScript(db, QStringLiteral(":/sql/workspace-v3.sql")));
    ZS_TRY(db.exec("INSERT INTO app_meta (key, value) VALUES ('team_scope', 'team:unassigned')"));
    ZS_TRY(SeedCatalog::apply(db));
    return {};
}
// v7: the search index maps documents to (kind, rid) (resources/sql/workspace-v7.sql), its update triggers generated
// from the index's sources.
Result<void> remapSearchIndex(Database& db)
{
    ZS_TRY(runScript(db, QStringLiteral(":/sql/workspace-v7.sql")));
    return SearchIndex::install(db);
}
} // namespace

const Migrator& WorkspaceSchema::migrator()
{
    static const Migrator schema(
        {
            {1, kV1, stampCreation},
            {2, kV2, makeDeviceIdentity},
            {3, nullptr, createRecords},
            {4, nullptr, [](Database& db) { return runScript(db, QStringLiteral(":/sql/workspace-v4.sql")); }},
            {5, nullptr, WorkspaceSync::install},
            {6, nullptr, WorkspaceSync::installMaterials, {"material"}},
            {7, nullptr, remapSearchIndex},
            {8, nullptr, WorkspaceSync::installDetails},
            {9, nullptr,
             [](Database& db) -> Result<void> {
                 ZS_TRY(WorkspaceSync::installTables(db, ":/sql/workspace-v9.sql", {"specialist"}));
                 return SearchIndex::install(db);
             }},
            {10, nullptr,
             [](Database& db) {
                 return WorkspaceSync::installTables(db, ":/sql/workspace-v10.sql",
                                                     {"record_merge", "record_merge_move"});
             }},
            {11, nullptr,
             [](Database& db) -> Result<void> {
                 ZS_TRY(WorkspaceSync::installTables(db, ":/sql/workspace-v11.sql",
                                                     {"agreement", "agreement_tranche", "agreement_progress",
                                                      "agreement_measure", "agreement_finding"}));
                 return SearchIndex::install(db);
             }},
            {12, nullptr,
             [](Database& db) {
                 return WorkspaceSync::installTables(db, ":/sql/workspace-v12.sql",
                                                     {"service_milestone", "service_request", "service_log"});
             }},
            {13, nullptr,
             [](Database& db) -> Result<void> {
                 ZS_TRY(WorkspaceSync::installTables(db, ":/sql/workspace-v13.sql", {"site", "site_requirement"}));
                 return SearchIndex::install(db);
             }},
            {14, nullptr,
             [](Database& db) {
                 return WorkspaceSync::installTables(db, ":/sql/workspace-v14.sql", {"site_reservation"});
             }},
        },
        [](Database& db) -> Result<void> {
            ZS_TRY(CjkTokenizer::registerWith(db));
            return sync::LocalReplica::registerFunctions(db);
        });
    return schema;
}

} // namespace zs
