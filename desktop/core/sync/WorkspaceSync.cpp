#include "desktop/core/sync/WorkspaceSync.h"

#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QFile>

namespace zs {

namespace {
const sync::SyncedTable& table(const char* name)
{
    const sync::SyncedTable* t = sync::SyncSchema::city().table(QLatin1String(name));
    Q_ASSERT(t);
    return *t;
}

Result<void> runScript(Database& db, const char* resource)
{
    QFile script(QString::fromLatin1(resource));
    if (!script.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("missing schema script ") + script.fileName());
    return db.exec(script.readAll().constData());
}
} // namespace

// The synced tables are the shared sync schema's (sync/protocol/CitySchema.cpp): every record table, and since v8
// their detail tables. Materials (since v6) sync their metadata like any row; their files travel through the blob
// queue (sync/client/BlobTransfer). A file imported on an officer's laptop stays there (local_only, never captured).
const QList<sync::SyncedTable>& WorkspaceSync::tables()
{
    return sync::SyncSchema::city().tables();
}

Result<void> WorkspaceSync::install(Database& db)
{
    // v5 synced the records but materials (v6 adds them, after rebuilding their table) and detail rows (v8).
    QList<sync::SyncedTable> v5;
    for (const char* name : {"company", "contact", "event", "visit", "lead"})
        v5.append(table(name));
    const QByteArray sql = sync::LocalReplica::installSql(v5).toUtf8();
    return db.exec(sql.constData());
}

Result<void> WorkspaceSync::installMaterials(Database& db)
{
    // AUTOINCREMENT must go on from where the old table was (the search index finds new rows by rid).
    ZS_TRY_ASSIGN(auto seq, db.scalar("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'material'), 0)"));
    ZS_TRY(runScript(db, ":/sql/workspace-v6.sql"));
    ZS_TRY_ASSIGN(auto keepSeq, db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = 'material'"));
    keepSeq.bind(1, seq);
    ZS_TRY(keepSeq.run());
    // The library so far: city-wide (and queued for HQ, files first) in a workspace enrolled with an HQ role, which
    // may publish materials; otherwise it stays on this laptop.
    ZS_TRY(db.exec("UPDATE material SET local_only = 0 WHERE EXISTS (SELECT 1 FROM sync_state WHERE key = 'role' "
                   "AND value IN ('analyst', 'admin'))"));
    ZS_TRY(db.exec("INSERT OR IGNORE INTO material_file (sha256, direction, size, updated_at) "
                   "SELECT sha256, 'up', size, updated_at FROM material WHERE local_only = 0"));
    const QByteArray capture = sync::LocalReplica::captureSql(table("material")).toUtf8();
    return db.exec(capture.constData());
}

Result<void> WorkspaceSync::installDetails(Database& db)
{
    // Capture from now on, and the rows made before queued once for HQ (captureSql queues existing rows).
    return installTables(db, ":/sql/workspace-v8.sql",
                         {"lead_stage", "visit_contact", "visit_revision", "event_attendee", "material_handout"});
}

Result<void> WorkspaceSync::installTables(Database& db, const char* script, std::initializer_list<const char*> names)
{
    ZS_TRY(runScript(db, script));
    for (const char* name : names) {
        const QByteArray capture = sync::LocalReplica::captureSql(table(name)).toUtf8();
        ZS_TRY(db.exec(capture.constData()));
    }
    return {};
}

bool WorkspaceSync::publishesMaterials(Database& db)
{
    auto hq =
        db.scalar("SELECT EXISTS (SELECT 1 FROM sync_state WHERE key = 'role' AND value IN ('analyst', 'admin'))");
    return hq.ok() && hq.value() != 0;
}

Result<void> WorkspaceSync::purgeDerived(Database& db, bool wipe)
{
    if (wipe) { // a lost laptop: the local library, its handouts and files in transit go too
        ZS_TRY(db.exec("DELETE FROM material_handout; DELETE FROM material; DELETE FROM material_blob; "
                       "DELETE FROM material_file; DELETE FROM material_file_part; "
                       "DELETE FROM app_meta WHERE key LIKE 'profile.%' OR key LIKE 'last.%'")); // and who used it
    } else {
        // Purged materials leave no file behind: bytes, queue entries and partial downloads nothing refers to.
        ZS_TRY(db.exec("DELETE FROM material_blob WHERE sha256 NOT IN (SELECT sha256 FROM material); "
                       "DELETE FROM material_file WHERE sha256 NOT IN (SELECT sha256 FROM material); "
                       "DELETE FROM material_file_part WHERE sha256 NOT IN (SELECT sha256 FROM material_file)"));
    }
    // The full-text index holds the text of what was purged: empty it, it is rebuilt lazily from the marks.
    return SearchIndex::clear(db);
}

std::unique_ptr<sync::LocalReplica> WorkspaceSync::replica(Database& db)
{
    return replica(db, Clock::system());
}

std::unique_ptr<sync::LocalReplica> WorkspaceSync::replica(Database& db, const Clock& clock)
{
    auto replica = std::make_unique<sync::LocalReplica>(db, tables(), clock);
    replica->setPurgeHook(purgeDerived);
    // A first sync interrupted by a crash left its indexes unbuilt: build them before the app relies on them.
    if (auto built = replica->restoreIndexesAfterCrash(); !built.ok())
        qWarning("zs.sync: %s", qUtf8Printable(built.error().message));
    return replica;
}

Result<void> WorkspaceSync::adoptTeamScope(Database& db, const QString& teamScope)
{
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    ZS_TRY_ASSIGN(auto meta, db.prepare("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('team_scope', ?1)"));
    meta.bind(1, teamScope);
    ZS_TRY(meta.run());
    for (const sync::SyncedTable& t : tables()) {
        const QByteArray sql =
            QStringLiteral("UPDATE %1 SET scope = ?1 WHERE scope = 'team:unassigned'").arg(t.name).toUtf8();
        ZS_TRY_ASSIGN(auto stmt, db.prepare(sql.constData()));
        stmt.bind(1, teamScope);
        ZS_TRY(stmt.run());
    }
    return tx.commit();
}

} // namespace zs
