#include "desktop/core/search/SearchService.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Database.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace zs {

Result<QList<SearchHit>> SearchService::search(const QString& query, int limit)
{
    QList<SearchHit> hits;
    const QString match = CjkTokenizer::matchExpression(query);
    if (match.isEmpty())
        return hits;
    auto flushed = SearchIndex::flush(m_db); // records written since the last search
    if (!flushed.ok())
        return flushed.error();

    // Ranking in two passes, each bounded so that a common word costs no more than a rare one: first names
    // (titles of companies, contacts, leads, events), then everything else newest first. FTS5 reads matches in
    // rowid order and stops at the LIMIT; ranking every match by bm25 would cost time in proportion to the
    // workspace (measured: 67 ms p95 at 100,000 visits).
    constexpr int kNameCandidates = 300;
    QSet<qint64> seen;
    QList<qint64> rids;
    auto collect = [&](const char* sql, const QString& expression, int wanted, QList<SearchHit>& into,
                       QList<qint64>& intoRids) -> Result<void> {
        auto stmt = m_db.cached(sql);
        if (!stmt.ok())
            return stmt.error();
        (*stmt)->bind(1, expression).bind(2, wanted);
        for (;;) {
            auto row = (*stmt)->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            const qint64 rowid = (*stmt)->int64(0);
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            into << SearchHit{
                static_cast<RecordKind>(rowid % 8), QString(), (*stmt)->text(1), (*stmt)->text(2), QString(), 0.0};
            intoRids << rowid;
        }
    };
    const char* const kSql = "SELECT rowid, highlight(search_index, 0, char(1), char(2)), "
                             "snippet(search_index, 1, char(1), char(2), '…', 24) "
                             "FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2";
    QList<SearchHit> names;
    QList<qint64> nameRowids;
    ZS_TRY(collect(kSql, QStringLiteral("{title} : (") + match + QLatin1Char(')'), kNameCandidates, names, nameRowids));
    // Names: where the match starts (earlier is better), then how much else the name holds (less is better).
    QList<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    for (int i = 0; i < names.size(); ++i)
        names[i].score = double(names[i].title.indexOf(kMatchStart)) * 1000.0 + double(names[i].title.size());
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return names[a].score < names[b].score; });
    for (int i : order) {
        if (hits.size() >= limit)
            break;
        hits << names[i];
        rids << nameRowids[i];
    }
    if (hits.size() < limit) {
        QList<SearchHit> rest;
        QList<qint64> restRowids;
        ZS_TRY(collect(kSql, match, limit - static_cast<int>(hits.size()), rest, restRowids));
        hits << rest;
        rids << restRowids;
    }
    for (int i = 0; i < hits.size(); ++i)
        ZS_TRY(describe(hits[i], rids[i] / 8));
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
        sql = "SELECT v.id, v.visited_at, v.city, c.name FROM visit v JOIN company c ON c.id = v.company_id "
              "WHERE v.rid = ?1";
        break;
    case RecordKind::Lead:
        sql = "SELECT l.id, c.name || ' · ' || coalesce(s.name, l.stage) FROM lead l JOIN company c ON c.id = "
              "l.company_id LEFT JOIN ref_stage s ON s.code = l.stage WHERE l.rid = ?1";
        break;
    case RecordKind::Event:
        sql = "SELECT id, held_on || ' ' || city FROM event WHERE rid = ?1";
        break;
    case RecordKind::Material:
        sql = "SELECT id, publisher || ' ' || version FROM material WHERE rid = ?1";
        break;
    case RecordKind::Specialist: // not indexed
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
        hit.title = (*stmt)->text(3); // a visit is shown under its company's name
    } else {
        hit.context = (*stmt)->text(1).trimmed();
    }
    return {};
}

} // namespace zs
