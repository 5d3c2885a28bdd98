#pragma once

#include "sync/store/Error.h"

#include <QList>

namespace zs {

class Database;
class Statement;
struct SearchHit;

// One record kind in the full-text index: a row of SearchIndex::sources(). The index knows a record by the pair
// (kind, rid) through search_doc, so any kind number fits; adding a kind to search is one more row here and, in the
// migration that creates its table, a call to SearchIndex::install.
struct SearchSource
{
    int kind;          // the RecordKind value, stored in search_doc and search_queue
    const char* table; // live records: rid INTEGER PRIMARY KEY AUTOINCREMENT (never reused), id, deleted
    // "title, body FROM <table> x ..." without WHERE (alias x). The title is the record's name ('' when it has none).
    const char* text;
    // The kind has names of its own: indexed in search_named too, which the name pass of a search reads.
    bool named;
    // "SELECT id, context … WHERE … rid = ?1": what a hit shows besides its text.
    const char* describe;
    // Reads describe's row into the hit; null: column 0 is the id, column 1 the context.
    void (*present)(SearchHit& hit, const Statement& row) = nullptr;
    // The text includes a parent record's column (a visit carries its company's name): changing that column
    // re-queues the records whose `parentKey` holds the parent's id.
    const char* parent = nullptr;
    const char* parentKey = nullptr;
    const char* parentColumn = nullptr;
};
using SearchSources = QList<SearchSource>;

// Keeps the full-text index in step with the records without making writes pay for tokenising. New records are
// found by rid above a per-kind mark (search_mark), changed ones through search_queue (kind, rid), filled by update
// triggers generated from the sources; flush() indexes both in one set-based pass. SearchService flushes before
// every search, so results are always current; bulk writers (imports, demo data, sync) flush at the end of their
// transaction.
class SearchIndex
{
public:
    // The kinds the registry declares a search text for (RecordKinds, KindDecl::search).
    static const SearchSources& sources();

    // Returns a count of the changes made (index rows written and bookkeeping), 0 when nothing was pending.
    static Result<int> flush(Database& db) { return flush(db, sources()); }
    static Result<int> flush(Database& db, const SearchSources& sources);
    // Records not yet (re)indexed.
    static Result<qint64> pending(Database& db) { return pending(db, sources()); }
    static Result<qint64> pending(Database& db, const SearchSources& sources);

    // (Re)creates each source's update triggers (<table>_search_au, <table>_search_<parent>) and its mark, for the
    // sources whose tables exist. Migrations call it after creating or rebuilding an indexed table (a rebuild drops
    // the table's triggers).
    static Result<void> install(Database& db) { return install(db, sources()); }
    static Result<void> install(Database& db, const SearchSources& sources);

    // Empties the index; it is rebuilt lazily from the marks (after a purge, whose text it must not keep).
    static Result<void> clear(Database& db);
};

} // namespace zs
