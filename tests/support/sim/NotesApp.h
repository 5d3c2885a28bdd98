#pragma once
// A made-up application for the sync simulation, with the desktop switched off: notes and their tags, declared as a
// sync schema like the city's (sync/protocol/CitySchema.cpp), stored in an encrypted store of their own and written
// with plain SQL. What sync/client and sync/server must get right for any schema is exercised here: every value type
// (null, integer, double, text, bytes), a parent table and a detail table in its parent's scope, rows shared by every
// team ("city") and rows of one team, a secondary index a first sync defers, a local rule HQ does not know (no two
// notes with the same `data` bytes here).
//
//   note      title, body, rank (integer), weight (double), data (bytes), author, created_at, updated_at
//   note_tag  note_id, tag, updated_at; id "<note id>/<tag>", so the same tag added on two laptops is one row, and a
//             removal is deleted = 1 (as the workspace's visit attendees)

#include "tests/support/sim/Simulation.h"

#include "sync/protocol/SyncSchema.h"
#include "sync/store/Migrator.h"

namespace zs::sim {

class NotesApp : public Application
{
public:
    // Scopes city and team:<id>; roles officer (city + own team) and analyst (every scope), by the names HQ's
    // accounts know; notes written in the city or the writer's team, tags in their note's scope.
    static const sync::SyncSchema& notesSchema();
    // The store: a device identity, the two tables, sync installed; zs_capture()/zs_tx() on every connection.
    static const Migrator& storeSchema();
    static const QStringList& tags();

    const sync::SyncSchema& schema() const override { return notesSchema(); }
    Result<std::unique_ptr<ClientStore>> create(const QString& path) override;
    Result<std::unique_ptr<ClientStore>> open(const QString& path) override;
    std::unique_ptr<sync::LocalReplica> replica(Database& db, const Clock& clock) override;

    bool operate(Simulation& sim, Device& d) override;
    bool editWhileSyncing(Simulation& sim, Device& d) override;
    bool editable(const Device& d, const sync::RowChange& row) const override;
    bool setDeleted(Simulation& sim, Device& d, const QString& table, const QString& id, bool deleted) override;
    bool editRow(Simulation& sim, Device& d, const QString& table, const QString& id) override;

    // The operations, for scripted scenarios. `scope` empty: the city or the device's team, at random.
    bool createNote(Simulation& sim, Device& d, bool quiet = false, QString* id = nullptr, QString scope = {});
    bool editNote(Simulation& sim, Device& d);
    bool editNoteRow(Simulation& sim, Device& d, const QString& id);
    bool setNoteTitle(Simulation& sim, Device& d, const QString& id, const QString& title);
    bool tagNote(Simulation& sim, Device& d, bool quiet = false);
    bool setTag(Simulation& sim, Device& d, const QString& noteId, const QString& tag, bool on);
    bool removeTag(Simulation& sim, Device& d);
    bool setRandomDeleted(Simulation& sim, Device& d, const char* table, bool deleted);
    // One local transaction: a note and two tags, which must travel and apply as one.
    bool batch(Simulation& sim, Device& d);
    // Notes the device's user may write (the city's and the own team's), live ones.
    QStringList writableNotes(Simulation& sim, Device& d);
};

} // namespace zs::sim
