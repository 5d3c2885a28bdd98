#pragma once

#include "sync/client/LocalReplica.h"

namespace zs {

// What of the workspace syncs, and how sync meets the rest of the app: the synced tables (the shared sync schema;
// migrations v5, v6 and v8 install capture on them), the team scope new records take after enrollment, and what a purge
// must also drop (the search index, which holds the purged text).
class WorkspaceSync
{
public:
    static const QList<sync::SyncedTable>& tables();
    // Schema v5: sync bookkeeping + capture triggers; existing records are queued once.
    static Result<void> install(Database& db);
    // Schema v6: the material table rebuilt without its file reference (rows arrive before files), the file queue,
    // capture of city-wide materials. Existing materials stay local unless the workspace has an HQ role.
    static Result<void> installMaterials(Database& db);
    // Schema v8: the detail tables (stage history, attendees, revisions, handouts) rebuilt as synced tables, their
    // capture, and their existing rows queued once.
    static Result<void> installDetails(Database& db);
    // A later migration's new synced tables: its script, then capture of each.
    static Result<void> installTables(Database& db, const char* script, std::initializer_list<const char*> tables);
    // Whether this workspace's imports are city-wide (enrolled with an HQ role: analyst, admin) or stay here.
    static bool publishesMaterials(Database& db);
    // The replica over an open workspace, with the purge hook set.
    static std::unique_ptr<sync::LocalReplica> replica(Database& db);
    static std::unique_ptr<sync::LocalReplica> replica(Database& db, const Clock& clock);
    // The purge hook: what a purge or wipe must also drop (files nothing refers to, the search index).
    static Result<void> purgeDerived(Database& db, bool wipe);
    // After enrollment: records made before it ("team:unassigned") move to the team's scope, and new ones follow.
    static Result<void> adoptTeamScope(Database& db, const QString& teamScope);
};

} // namespace zs
