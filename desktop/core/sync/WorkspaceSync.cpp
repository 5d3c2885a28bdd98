#include "desktop/core/sync/WorkspaceSync.h"

#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

namespace zs {

namespace {
QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// Materials travel with their files: they wait for the blob queue (the server's blob endpoints exist), so the
// library stays local for now.
const QList<sync::SyncedTable>& WorkspaceSync::tables()
{
    static const QList<sync::SyncedTable> list{
        {QStringLiteral("company"),
         columns("name name_norm credit_code industry hq_city size revenue_wan tags hometown source notes created_at "
                 "updated_at"),
         {}},
        {QStringLiteral("contact"),
         columns("company_id name title phones email wechat notes created_at updated_at"),
         {QStringLiteral("visit_contact.contact_id")}},
        {QStringLiteral("event"),
         columns("held_on city kind title organiser materials notes created_at updated_at"),
         {QStringLiteral("event_attendee.event_id"), QStringLiteral("material_handout.event_id")}},
        {QStringLiteral("visit"),
         columns("visited_at city place officers company_id purpose notes outcome intent next_step next_due next_done "
                 "materials created_at updated_at"),
         {QStringLiteral("visit_contact.visit_id"), QStringLiteral("visit_revision.visit_id"),
          QStringLiteral("material_handout.visit_id")}},
        {QStringLiteral("lead"),
         columns("company_id title industry chain_link investment_wan land_mu floor_m2 target_region target_park "
                 "source_kind source_detail event_id officer stage stage_reason notes created_at updated_at"),
         {QStringLiteral("lead_stage.lead_id")}},
    };
    return list;
}

Result<void> WorkspaceSync::install(Database& db)
{
    const QByteArray sql = sync::LocalReplica::installSql(tables()).toUtf8();
    return db.exec(sql.constData());
}

std::unique_ptr<sync::LocalReplica> WorkspaceSync::replica(Database& db)
{
    auto replica = std::make_unique<sync::LocalReplica>(db, tables());
    replica->setPurgeHook([](Database& d, bool wipe) -> Result<void> {
        if (wipe) // a lost laptop: the local library and its handouts go too
            ZS_TRY(d.exec("DELETE FROM material_handout; DELETE FROM material; DELETE FROM material_blob"));
        // The full-text index holds the text of what was purged: empty it, it is rebuilt lazily from the marks.
        ZS_TRY(d.exec("DELETE FROM search_index; DELETE FROM search_queue; UPDATE search_mark SET last_rid = 0"));
        return {};
    });
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
