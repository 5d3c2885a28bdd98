#include "desktop/core/search/SearchService.h"

#include "desktop/core/search/CjkTokenizer.h"
#include "desktop/core/search/SearchIndex.h"
#include "sync/store/Database.h"

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
    auto flushed = SearchIndex::flush(m_db, m_sources); // records written since the last search
    if (!flushed.ok())
        return flushed.error();

    // Ranking in two passes, each bounded so that a common word costs no more than a rare one: first names
    // (titles of companies, contacts, leads, events), then everything else newest first. FTS5 reads matches in
    // document order (the newest has the highest number) and stops at the LIMIT; ranking every match by bm25 would
    // cost time in proportion to the workspace (measured: 67 ms p95 at 100,000 visits). The name pass reads
    // search_named, which holds only the kinds with names: a word in every visit's text ("有限公司" of the company
    // names they carry) costs it nothing.
    constexpr int kNameCandidates = 300;
    QSet<qint64> seen;
    QList<qint64> docs;
    auto collect = [&](const char* sql, const QString& expression, int wanted, QList<SearchHit>& into,
                       QList<qint64>& intoDocs) -> Result<void> {
        ZS_TRY_ASSIGN(auto stmt, m_db.cached(sql));
        stmt->bind(1, expression).bind(2, wanted);
        for (;;) {
            ZS_TRY_ASSIGN(auto row, stmt->step());
            if (!row)
                return {};
            const qint64 doc = stmt->int64(0);
            if (seen.contains(doc))
                continue;
            seen.insert(doc);
            into << SearchHit{RecordKind{}, QString(), stmt->text(1), stmt->text(2), QString(), 0.0};
            intoDocs << doc;
        }
    };
    QList<SearchHit> names;
    QList<qint64> nameDocs;
    ZS_TRY(collect("SELECT rowid, highlight(search_named, 0, char(1), char(2)), "
                   "snippet(search_named, 1, char(1), char(2), '…', 24) "
                   "FROM search_named WHERE search_named MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
                   QStringLiteral("{title} : (") + match + QLatin1Char(')'), kNameCandidates, names, nameDocs));
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
        docs << nameDocs[i];
    }
    if (hits.size() < limit) {
        QList<SearchHit> rest;
        QList<qint64> restDocs;
        ZS_TRY(collect("SELECT rowid, highlight(search_index, 0, char(1), char(2)), "
                       "snippet(search_index, 1, char(1), char(2), '…', 24) "
                       "FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
                       // Records already found by name are skipped here: ask for that many more.
                       match, limit - static_cast<int>(hits.size()) + static_cast<int>(nameDocs.size()), rest,
                       restDocs));
        hits << rest.mid(0, limit - hits.size());
        docs << restDocs.mid(0, limit - docs.size());
    }
    for (int i = 0; i < hits.size(); ++i)
        ZS_TRY(describe(hits[i], docs[i]));
    return hits;
}

Result<QMap<RecordKind, qint64>> SearchService::counts(const QString& query)
{
    QMap<RecordKind, qint64> n;
    const QString match = CjkTokenizer::matchExpression(query);
    if (match.isEmpty())
        return n;
    ZS_TRY(SearchIndex::flush(m_db, m_sources));
    ZS_TRY_ASSIGN(auto stmt,
                  m_db.cached("SELECT d.kind, count(*) FROM search_index s JOIN search_doc d ON d.doc = s.rowid "
                              "WHERE search_index MATCH ?1 GROUP BY d.kind"));
    stmt->bind(1, match);
    for (;;) {
        ZS_TRY_ASSIGN(auto row, stmt->step());
        if (!row)
            break;
        n.insert(static_cast<RecordKind>(stmt->int64(0)), stmt->int64(1));
    }
    return n;
}

Result<void> SearchService::describe(SearchHit& hit, qint64 doc)
{
    ZS_TRY_ASSIGN(auto entry, m_db.cached("SELECT kind, rid FROM search_doc WHERE doc = ?1"));
    entry->bind(1, doc);
    ZS_TRY_ASSIGN(auto found, entry->step());
    if (!found)
        return makeError(ErrorCode::Damaged, QStringLiteral("search index entry without its record"));
    const int kind = static_cast<int>(entry->int64(0));
    const qint64 rid = entry->int64(1);
    const auto source =
        std::find_if(m_sources.begin(), m_sources.end(), [kind](const SearchSource& s) { return s.kind == kind; });
    if (source == m_sources.end())
        return makeError(ErrorCode::Damaged, QStringLiteral("search index entry of unknown kind"));
    hit.kind = static_cast<RecordKind>(kind);
    ZS_TRY_ASSIGN(auto stmt, m_db.cached(source->describe));
    stmt->bind(1, rid);
    ZS_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return {};
    if (source->present) {
        source->present(hit, *stmt);
    } else {
        hit.id = stmt->text(0);
        hit.context = stmt->text(1).trimmed();
    }
    return {};
}

} // namespace zs
