#include "desktop/core/search/SearchService.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/search/CjkTokenizer.h"
#include "sync/store/Database.h"

#include <QDateTime>

namespace zs {

Result<QList<SearchHit>> SearchService::search(const QString& query, int limit)
{
    QList<SearchHit> hits;
    const QString match = CjkTokenizer::matchExpression(query);
    if (match.isEmpty())
        return hits;
    auto stmt =
        m_db.cached("SELECT rowid, highlight(search_index, 0, char(1), char(2)), "
                    "snippet(search_index, 1, char(1), char(2), '…', 24), bm25(search_index, 4.0, 1.0) AS score "
                    "FROM search_index WHERE search_index MATCH ?1 ORDER BY score LIMIT ?2");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, match).bind(2, limit);
    QList<qint64> rids;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const qint64 rowid = (*stmt)->int64(0);
        hits << SearchHit{static_cast<RecordKind>(rowid % 8),
                          QString(),
                          (*stmt)->text(1),
                          (*stmt)->text(2),
                          QString(),
                          (*stmt)->real(3)};
        rids << rowid / 8;
    }
    for (int i = 0; i < hits.size(); ++i)
        ZS_TRY(describe(hits[i], rids[i]));
    return hits;
}

Result<void> SearchService::describe(SearchHit& hit, qint64 rid)
{
    const char* sql = nullptr;
    switch (hit.kind) {
    case RecordKind::Company:
        sql = "SELECT id, hq_city FROM company WHERE rid = ?1";
        break;
    case RecordKind::Contact:
        sql = "SELECT p.id, coalesce(c.name, '') || ' ' || p.title FROM contact p LEFT JOIN company c "
              "ON c.id = p.company_id WHERE p.rid = ?1";
        break;
    case RecordKind::Visit:
        sql = "SELECT id, visited_at, city FROM visit WHERE rid = ?1";
        break;
    case RecordKind::Lead:
        sql = "SELECT l.id, c.name || ' · ' || coalesce(s.name, l.stage) FROM lead l JOIN company c ON c.id = "
              "l.company_id LEFT JOIN ref_stage s ON s.code = l.stage WHERE l.rid = ?1";
        break;
    case RecordKind::Event:
        sql = "SELECT id, held_on || ' ' || city FROM event WHERE rid = ?1";
        break;
    }
    if (!sql)
        return makeError(ErrorCode::Damaged, QStringLiteral("search index entry of unknown kind"));
    auto stmt = m_db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, rid);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return {};
    hit.id = (*stmt)->text(0);
    if (hit.kind == RecordKind::Visit) {
        hit.context = QDateTime::fromMSecsSinceEpoch((*stmt)->int64(1)).toString(QStringLiteral("yyyy-MM-dd")) +
                      QLatin1Char(' ') + RecordText::cityName((*stmt)->text(2));
    } else {
        hit.context = (*stmt)->text(1).trimmed();
    }
    return {};
}

} // namespace zs
