#include "desktop/core/search/SearchIndex.h"

#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

namespace zs {

namespace {
// For each kind: the indexed text of its queued, live records. Titles are names (ranked first); a visit has no name
// of its own, its company's name and city go into its text so "东莞 考察" finds it.
const char* const kRebuild[] = {
    "INSERT INTO search_index (rowid, title, body) SELECT q.target, c.name, "
    "concat_ws(' ', c.credit_code, c.hq_city, c.tags, c.source, c.notes) "
    "FROM search_queue q JOIN company c ON c.rid = q.target / 8 WHERE q.target % 8 = 1 AND c.deleted = 0",

    "INSERT INTO search_index (rowid, title, body) SELECT q.target, p.name, "
    "concat_ws(' ', p.title, p.phones, p.email, p.wechat, p.notes) "
    "FROM search_queue q JOIN contact p ON p.rid = q.target / 8 WHERE q.target % 8 = 2 AND p.deleted = 0",

    "INSERT INTO search_index (rowid, title, body) SELECT q.target, '', "
    "concat_ws(' ', c.name, CASE v.city WHEN 'guangzhou' THEN '广州' WHEN 'shenzhen' THEN '深圳' "
    "WHEN 'dongguan' THEN '东莞' ELSE '' END, v.place, v.officers, v.notes, v.outcome, v.next_step) "
    "FROM search_queue q JOIN visit v ON v.rid = q.target / 8 JOIN company c ON c.id = v.company_id "
    "WHERE q.target % 8 = 3 AND v.deleted = 0",

    "INSERT INTO search_index (rowid, title, body) SELECT q.target, l.title, "
    "concat_ws(' ', c.name, l.source_detail, l.officer, l.notes) "
    "FROM search_queue q JOIN lead l ON l.rid = q.target / 8 JOIN company c ON c.id = l.company_id "
    "WHERE q.target % 8 = 4 AND l.deleted = 0",

    "INSERT INTO search_index (rowid, title, body) SELECT q.target, e.title, concat_ws(' ', e.organiser, e.notes) "
    "FROM search_queue q JOIN event e ON e.rid = q.target / 8 WHERE q.target % 8 = 5 AND e.deleted = 0",
};
} // namespace

Result<qint64> SearchIndex::pending(Database& db)
{
    return db.scalar("SELECT count(*) FROM search_queue");
}

Result<int> SearchIndex::flush(Database& db)
{
    auto any = db.scalar("SELECT EXISTS (SELECT 1 FROM search_queue)");
    if (!any.ok())
        return any.error();
    if (any.value() == 0)
        return 0;
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    auto queued = db.scalar("SELECT count(*) FROM search_queue");
    if (!queued.ok())
        return queued.error();
    // Entries of records that were edited or deleted go first; new records have none (a cheap lookup).
    ZS_TRY(db.exec("DELETE FROM search_index WHERE rowid IN (SELECT target FROM search_queue)"));
    for (const char* sql : kRebuild)
        ZS_TRY(db.exec(sql));
    ZS_TRY(db.exec("DELETE FROM search_queue"));
    ZS_TRY(tx->commit());
    return static_cast<int>(queued.value());
}

} // namespace zs
