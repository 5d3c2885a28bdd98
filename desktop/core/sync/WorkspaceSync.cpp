#include "desktop/core/sync/WorkspaceSync.h"

#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QFile>

namespace zs {

namespace {
QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// Materials (since v6) sync their metadata like any row; their files travel through the blob queue
// (sync/client/BlobTransfer). A file imported on an officer's laptop stays there (local_only, never captured).
const QList<sync::SyncedTable>& WorkspaceSync::tables()
{
    static const QList<sync::SyncedTable> list{
        {QStringLiteral("company"),
         columns("name name_norm credit_code industry hq_city size revenue_wan tags hometown source notes created_at "
                 "updated_at"),
         {},
         {}},
        {QStringLiteral("contact"),
         columns("company_id name title phones email wechat notes created_at updated_at"),
         {QStringLiteral("visit_contact.contact_id")},
         {}},
        {QStringLiteral("event"),
         columns("held_on city kind title organiser materials notes created_at updated_at"),
         {QStringLiteral("event_attendee.event_id"), QStringLiteral("material_handout.event_id")},
         {}},
        {QStringLiteral("visit"),
         columns("visited_at city place officers company_id purpose notes outcome intent next_step next_due next_done "
                 "materials created_at updated_at"),
         {QStringLiteral("visit_contact.visit_id"), QStringLiteral("visit_revision.visit_id"),
          QStringLiteral("material_handout.visit_id")},
         {}},
        {QStringLiteral("lead"),
         columns("company_id title industry chain_link investment_wan land_mu floor_m2 target_region target_park "
                 "source_kind source_detail event_id officer stage stage_reason notes created_at updated_at"),
         {QStringLiteral("lead_stage.lead_id")},
         {}},
        {QStringLiteral("material"),
         columns("sha256 title kind language version publisher valid_from valid_to tags mime size pages supersedes_id "
                 "company_id created_at updated_at"),
         {QStringLiteral("material_handout.material_id")},
         QStringLiteral("NEW.local_only = 0")},
    };
    return list;
}

Result<void> WorkspaceSync::install(Database& db)
{
    // v5 synced everything but materials (v6 adds them, after rebuilding their table).
    QList<sync::SyncedTable> v5 = tables();
    v5.removeIf([](const sync::SyncedTable& t) { return t.name == QLatin1String("material"); });
    const QByteArray sql = sync::LocalReplica::installSql(v5).toUtf8();
    return db.exec(sql.constData());
}

Result<void> WorkspaceSync::installMaterials(Database& db)
{
    // AUTOINCREMENT must go on from where the old table was (the search index finds new rows by rid).
    auto seq = db.scalar("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'material'), 0)");
    if (!seq.ok())
        return seq.error();
    QFile script(QStringLiteral(":/sql/workspace-v6.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("missing schema script workspace-v6.sql"));
    ZS_TRY(db.exec(script.readAll().constData()));
    auto keepSeq = db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = 'material'");
    if (!keepSeq.ok())
        return keepSeq.error();
    keepSeq->bind(1, seq.value());
    ZS_TRY(keepSeq->run());
    // The library so far: city-wide (and queued for HQ, files first) in a workspace enrolled with an HQ role, which
    // may publish materials; otherwise it stays on this laptop.
    ZS_TRY(db.exec("UPDATE material SET local_only = 0 WHERE EXISTS (SELECT 1 FROM sync_state WHERE key = 'role' "
                   "AND value IN ('analyst', 'admin'))"));
    ZS_TRY(db.exec("INSERT OR IGNORE INTO material_file (sha256, direction, size, updated_at) "
                   "SELECT sha256, 'up', size, updated_at FROM material WHERE local_only = 0"));
    const sync::SyncedTable& material = tables().constLast();
    const QByteArray capture = sync::LocalReplica::captureSql(material).toUtf8();
    return db.exec(capture.constData());
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
                       "DELETE FROM material_file; DELETE FROM material_file_part"));
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
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto meta = db.prepare("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('team_scope', ?1)");
    if (!meta.ok())
        return meta.error();
    meta->bind(1, teamScope);
    ZS_TRY(meta->run());
    for (const char* sql : {"UPDATE visit SET scope = ?1 WHERE scope = 'team:unassigned'",
                            "UPDATE lead SET scope = ?1 WHERE scope = 'team:unassigned'",
                            "UPDATE event SET scope = ?1 WHERE scope = 'team:unassigned'"}) {
        auto stmt = db.prepare(sql);
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, teamScope);
        ZS_TRY(stmt->run());
    }
    return tx->commit();
}

} // namespace zs
