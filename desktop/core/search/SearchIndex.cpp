#include "desktop/core/search/SearchIndex.h"

#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QByteArray>

namespace zs {

namespace {
// Per kind: the table and the indexed text of one of its live records (alias x). Titles are names (ranked first);
// a visit has no name of its own, its company's name and city go into its text so "东莞 考察" finds it.
struct Source
{
    int kind;
    const char* table;
    const char* select; // "title, body FROM ... x ..." without WHERE
};

const Source kSources[] = {
    {1, "company", "x.name, concat_ws(' ', x.credit_code, x.hq_city, x.tags, x.source, x.notes) FROM company x"},
    {2, "contact", "x.name, concat_ws(' ', x.title, x.phones, x.email, x.wechat, x.notes) FROM contact x"},
    {3, "visit",
     "'', concat_ws(' ', c.name, CASE x.city WHEN 'guangzhou' THEN '广州' WHEN 'shenzhen' THEN '深圳' "
     "WHEN 'dongguan' THEN '东莞' ELSE '' END, x.place, x.officers, x.notes, x.outcome, x.next_step) "
     "FROM visit x JOIN company c ON c.id = x.company_id"},
    {4, "lead",
     "x.title, concat_ws(' ', c.name, x.source_detail, x.officer, x.notes) FROM lead x JOIN company c "
     "ON c.id = x.company_id"},
    {5, "event", "x.title, concat_ws(' ', x.organiser, x.notes) FROM event x"},
    {6, "material", "x.title, concat_ws(' ', x.publisher, x.version, x.tags) FROM material x"},
};

QByteArray insertSql(const Source& s, const char* where)
{
    return QByteArrayLiteral("INSERT INTO search_index (rowid, title, body) SELECT x.rid * 8 + ") +
           QByteArray::number(s.kind) + ", " + s.select + " WHERE x.deleted = 0 AND " + where;
}
} // namespace

Result<qint64> SearchIndex::pending(Database& db)
{
    qint64 total = 0;
    for (const Source& s : kSources) {
        const QByteArray sql =
            QByteArrayLiteral("SELECT count(*) FROM ") + s.table +
            " WHERE rid > (SELECT last_rid FROM search_mark WHERE kind = " + QByteArray::number(s.kind) + ")";
        auto n = db.scalar(sql.constData());
        if (!n.ok())
            return n.error();
        total += n.value();
    }
    auto queued = db.scalar("SELECT count(*) FROM search_queue");
    if (!queued.ok())
        return queued.error();
    return total + queued.value();
}

Result<int> SearchIndex::flush(Database& db)
{
    // Nothing new and nothing changed: the common case before a search costs six index lookups.
    auto any = db.scalar("SELECT EXISTS (SELECT 1 FROM search_queue) "
                         "OR (SELECT max(rid) FROM company) > (SELECT last_rid FROM search_mark WHERE kind = 1) "
                         "OR (SELECT max(rid) FROM contact) > (SELECT last_rid FROM search_mark WHERE kind = 2) "
                         "OR (SELECT max(rid) FROM visit) > (SELECT last_rid FROM search_mark WHERE kind = 3) "
                         "OR (SELECT max(rid) FROM lead) > (SELECT last_rid FROM search_mark WHERE kind = 4) "
                         "OR (SELECT max(rid) FROM event) > (SELECT last_rid FROM search_mark WHERE kind = 5) "
                         "OR (SELECT max(rid) FROM material) > (SELECT last_rid FROM search_mark WHERE kind = 6)");
    if (!any.ok())
        return any.error();
    if (any.value() == 0)
        return 0;
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    const int before = db.totalChanges();
    // Changed records: drop their entries, rebuild those below the mark (the ones above are new anyway).
    ZS_TRY(db.exec("DELETE FROM search_index WHERE rowid IN (SELECT target FROM search_queue)"));
    for (const Source& s : kSources) {
        const QByteArray kind = QByteArray::number(s.kind);
        const QByteArray changed = "x.rid IN (SELECT target / 8 FROM search_queue WHERE target % 8 = " + kind +
                                   ") AND x.rid <= (SELECT last_rid FROM search_mark WHERE kind = " + kind + ")";
        ZS_TRY(db.exec(insertSql(s, changed.constData()).constData()));
        const QByteArray fresh = "x.rid > (SELECT last_rid FROM search_mark WHERE kind = " + kind + ")";
        ZS_TRY(db.exec(insertSql(s, fresh.constData()).constData()));
        const QByteArray mark =
            QByteArrayLiteral("UPDATE search_mark SET last_rid = (SELECT coalesce(max(rid), 0) FROM ") + s.table +
            ") WHERE kind = " + kind;
        ZS_TRY(db.exec(mark.constData()));
    }
    ZS_TRY(db.exec("DELETE FROM search_queue"));
    const int indexed = db.totalChanges() - before;
    ZS_TRY(tx->commit());
    return indexed;
}

} // namespace zs
