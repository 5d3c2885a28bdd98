#include "desktop/core/search/SearchIndex.h"

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/search/SearchService.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QScopeGuard>

#include <optional>

namespace zs {

namespace {
// SearchDecl::Shown::DateCityTitle: a record without a name of its own (a visit), shown under its parent's name
// with its date and city.
void presentVisit(SearchHit& hit, const Statement& row)
{
    hit.id = row.text(0);
    hit.context = QDateTime::fromMSecsSinceEpoch(row.int64(1)).toString(QStringLiteral("yyyy-MM-dd")) +
                  QLatin1Char(' ') + RecordText::cityName(row.text(2));
    hit.title = row.text(3);
}

// The search declarations of the registry's kinds, in the registry's order.
SearchSources makeSources()
{
    SearchSources sources;
    for (const KindDecl& k : RecordKinds::all()) {
        const SearchDecl& d = k.search;
        if (!d.text)
            continue;
        sources << SearchSource{static_cast<int>(k.kind),
                                k.key,
                                d.text,
                                d.named,
                                d.describe,
                                d.shown == SearchDecl::Shown::DateCityTitle ? presentVisit : nullptr,
                                d.parent,
                                d.parentKey,
                                d.parentColumn};
    }
    return sources;
}

Result<void> exec(Database& db, const QByteArray& sql)
{
    return db.exec(sql.constData());
}

QByteArray number(int n)
{
    return QByteArray::number(n);
}

QByteArray markOf(const SearchSource& s)
{
    return "(SELECT last_rid FROM search_mark WHERE kind = " + number(s.kind) + ")";
}

// Indexes the live records of `s` selected by `where`: each gets its document number first (kept for life, so an
// edited record keeps its place among the newest), then its text in search_index (and search_named for names).
Result<void> indexRecords(Database& db, const SearchSource& s, const QByteArray& where)
{
    const QByteArray kind = number(s.kind);
    ZS_TRY(exec(db, ("INSERT OR IGNORE INTO search_doc (kind, rid) SELECT " + kind + ", x.rid FROM " + s.table +
                     " x WHERE x.deleted = 0 AND " + where + " ORDER BY x.rid")));
    // The document number looked up per record (not joined): the records to index drive the query, whether a few
    // queued ones or every one above the mark.
    const QByteArray select = "SELECT (SELECT doc FROM search_doc WHERE kind = " + kind + " AND rid = x.rid), " +
                              QByteArray(s.text) + " WHERE x.deleted = 0 AND " + where;
    ZS_TRY(exec(db, ("INSERT INTO search_index (rowid, title, body) " + select)));
    if (s.named)
        ZS_TRY(exec(db, ("INSERT INTO search_named (rowid, title, body) " + select)));
    return {};
}

bool tableExists(Database& db, const char* table)
{
    auto stmt = db.cached("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)");
    if (!stmt.ok())
        return false;
    (*stmt)->bind(1, QString::fromLatin1(table));
    auto row = (*stmt)->step();
    return row.ok() && row.value() && (*stmt)->int64(0) != 0;
}
} // namespace

const SearchSources& SearchIndex::sources()
{
    static const SearchSources sources = makeSources();
    return sources;
}

Result<qint64> SearchIndex::pending(Database& db, const SearchSources& sources)
{
    qint64 total = 0;
    for (const SearchSource& s : sources) {
        const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + s.table + " WHERE rid > " + markOf(s);
        ZS_TRY_ASSIGN(auto n, db.scalar(sql.constData()));
        total += n;
    }
    ZS_TRY_ASSIGN(auto queued, db.scalar("SELECT count(*) FROM search_queue"));
    return total + queued;
}

Result<int> SearchIndex::flush(Database& db, const SearchSources& sources)
{
    // Per kind: are there records above its mark (new), in the queue (changed)? Neither, the common case before a
    // search, costs two index lookups per kind; otherwise only the kinds with work run their statements.
    QByteArray check = "SELECT ";
    for (const SearchSource& s : sources) {
        if (&s != &sources.front())
            check += ", ";
        check += "(SELECT max(rid) FROM " + QByteArray(s.table) + ") > " + markOf(s) +
                 ", EXISTS (SELECT 1 FROM search_queue WHERE kind = " + number(s.kind) + ")";
    }
    QList<bool> fresh, changed;
    {
        ZS_TRY_ASSIGN(auto stmt, db.cached(check.constData()));
        ZS_TRY_ASSIGN(auto row, stmt->step());
        for (int i = 0; row && i < sources.size(); ++i) {
            fresh << (stmt->int64(2 * i) != 0);
            changed << (stmt->int64(2 * i + 1) != 0);
        }
    }
    if (!fresh.contains(true) && !changed.contains(true))
        return 0;
    // The index is derived from the records: a flush lost to a power cut leaves queue, marks and index as they were,
    // and the next flush does it again. So a flush that commits on its own skips the fsync (WAL with synchronous =
    // NORMAL stays consistent; the next full commit makes it durable too): a search right after an edit does not wait
    // for the disk twice. Inside a caller's transaction (an import) the caller's commit decides.
    std::optional<qint64> synchronous;
    if (!db.inTransaction()) {
        ZS_TRY_ASSIGN(auto level, db.scalar("PRAGMA synchronous"));
        synchronous = level;
        ZS_TRY(db.exec("PRAGMA synchronous = NORMAL"));
    }
    const auto restore = qScopeGuard([&] {
        if (synchronous)
            (void)exec(db, "PRAGMA synchronous = " + number(static_cast<int>(*synchronous)));
    });
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    const int before = db.totalChanges();
    if (changed.contains(true)) {
        // Changed records: drop their entries, rebuild those below the mark (the ones above are new anyway).
        const char* const queued =
            "SELECT d.doc FROM search_queue q JOIN search_doc d ON d.kind = q.kind AND d.rid = q.rid";
        ZS_TRY(exec(db, (QByteArrayLiteral("DELETE FROM search_index WHERE rowid IN (") + queued + ")")));
        ZS_TRY(exec(db, (QByteArrayLiteral("DELETE FROM search_named WHERE rowid IN (") + queued + ")")));
    }
    for (int i = 0; i < sources.size(); ++i) {
        const SearchSource& s = sources[i];
        if (changed[i])
            ZS_TRY(indexRecords(db, s,
                                "x.rid IN (SELECT rid FROM search_queue WHERE kind = " + number(s.kind) +
                                    ") AND x.rid <= " + markOf(s)));
        if (fresh[i]) {
            ZS_TRY(indexRecords(db, s, "x.rid > " + markOf(s)));
            ZS_TRY(exec(db, "UPDATE search_mark SET last_rid = (SELECT max(rid) FROM " + QByteArray(s.table) +
                                ") WHERE kind = " + number(s.kind)));
        }
    }
    ZS_TRY(db.exec("DELETE FROM search_queue")); // with entries of kinds no source declares any more
    const int indexed = db.totalChanges() - before;
    ZS_TRY(tx.commit());
    return indexed;
}

Result<void> SearchIndex::install(Database& db, const SearchSources& sources)
{
    for (const SearchSource& s : sources) {
        if (!tableExists(db, s.table))
            continue; // a kind of a later schema version: its own migration installs it
        const QByteArray table(s.table);
        const QByteArray kind = number(s.kind);
        ZS_TRY(exec(db, ("INSERT OR IGNORE INTO search_mark (kind, last_rid) VALUES (" + kind + ", 0)")));
        ZS_TRY(exec(db, ("DROP TRIGGER IF EXISTS " + table + "_search_au")));
        ZS_TRY(exec(db, ("CREATE TRIGGER " + table + "_search_au AFTER UPDATE ON " + table +
                         " BEGIN INSERT OR IGNORE INTO search_queue (kind, rid) VALUES (" + kind + ", NEW.rid); END")));
        if (!s.parent || !tableExists(db, s.parent))
            continue;
        const QByteArray parent(s.parent);
        const QByteArray column(s.parentColumn);
        const QByteArray trigger = table + "_search_" + parent;
        ZS_TRY(exec(db, ("DROP TRIGGER IF EXISTS " + trigger)));
        ZS_TRY(exec(db, ("CREATE TRIGGER " + trigger + " AFTER UPDATE OF " + column + " ON " + parent + " WHEN OLD." +
                         column + " IS NOT NEW." + column +
                         " BEGIN INSERT OR IGNORE INTO search_queue (kind, rid) SELECT " + kind + ", rid FROM " +
                         table + " WHERE " + s.parentKey + " = NEW.id; END")));
    }
    return {};
}

Result<void> SearchIndex::clear(Database& db)
{
    return db.exec("DELETE FROM search_index; DELETE FROM search_named; DELETE FROM search_doc; "
                   "DELETE FROM search_queue; UPDATE search_mark SET last_rid = 0");
}

} // namespace zs
