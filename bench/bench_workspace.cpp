// The officer's workspace at scale (issue 3). With a demo data set of 100,000 visits:
//   inserting visits through the repository API      >= 50,000 rows/s
//   first page of a list after unlock                 <= 50 ms
//   search of 2+ Chinese characters (p95)             <= 20 ms
//   full-text indexing of every record                >= 40,000 records/s
//   search right after an edit (p95)                  <= 20 ms; 200 edited visits indexed <= 100 ms
// and the upgrade of a v6 workspace of the same size in place (issue 13): its search index remapped to
// (kind, rid) in <= 1 s, every query as fast as above.
// The list-scrolling memory figure is printed by bench_ui (it needs the widgets' model).
#include "BenchReport.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/WorkspaceSchema.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/search/SearchIndex.h"
#include "desktop/core/search/SearchService.h"
#include "sync/store/EncryptedStore.h"
#include "tests/support/SearchIndexV6.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace zs;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * double(v.size() - 1))];
}

const QStringList& queries()
{
    static const QStringList q = {
        QStringLiteral("韶关"),     QStringLiteral("园区"),     QStringLiteral("深圳"),
        QStringLiteral("考察"),     QStringLiteral("乡贤"),     QStringLiteral("电子科技"),
        QStringLiteral("标准厂房"), QStringLiteral("用地指标"), QStringLiteral("华南先进装备产业园"),
        QStringLiteral("丹霞英才"), QStringLiteral("陈志远"),   QStringLiteral("供应链"),
        QStringLiteral("物流成本"), QStringLiteral("投资方案"), QStringLiteral("有限公司")};
    return q;
}

// printf pads by bytes: a Han character takes three and shows two columns wide.
QByteArray padded(const QString& text)
{
    return text.toUtf8() + QByteArray(text.size(), ' ');
}

struct SearchTimes
{
    std::vector<double> all;
    std::vector<double> p95; // per query
    int hits = 0;            // in the first round
};

// Each query 20 times; the figure users feel is the p95 over all of them, each query's own p95 beside it.
template <typename Search> SearchTimes timeSearches(Search&& search)
{
    constexpr int kRounds = 20;
    SearchTimes times;
    std::vector<std::vector<double>> perQuery(static_cast<std::size_t>(queries().size()));
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < queries().size(); ++i) {
            QElapsedTimer t;
            t.start();
            const int hits = search(queries()[i]);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            times.all.push_back(ms);
            perQuery[static_cast<std::size_t>(i)].push_back(ms);
            if (round == 0)
                times.hits += hits;
        }
    }
    for (const auto& q : perQuery)
        times.p95.push_back(percentile(q, 0.95));
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int visits = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.zsdb"));
    const SecureBytes pass = SecureBytes::fromPassphrase(QStringLiteral("bench-口令-2026"));
    {
        auto ws = Workspace::create(path, pass, KdfParams::minimal());
        if (!ws.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString())), 1;
        auto made = DemoData::generate(ws.value()->db(), visits);
        if (!made.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(made.error().toString())), 1;
        std::printf("Demo data: %d companies, %d contacts, %d visits, %d leads, %d events\n", made->companies,
                    made->contacts, made->visits, made->leads, made->events);
        const double rate = made->visitsMs > 0 ? made->visits * 1000.0 / double(made->visitsMs) : 0;
        benchLine("insert visits (repository API, one transaction)", rate, "rows/s", ">= 50000", rate >= 50000);
        const int records = made->companies + made->contacts + made->visits + made->leads + made->events;
        const double indexRate = made->indexMs > 0 ? records * 1000.0 / double(made->indexMs) : 0;
        benchLine("  then full-text indexing of all those records", indexRate, "rows/s", ">= 40000",
                  indexRate >= 40000);
        const double endToEnd = made->visits * 1000.0 / double(made->visitsMs + made->indexMs);
        benchLine("  visits written and indexed, end to end", endToEnd, "rows/s", "", true);
    }

    auto ws = Workspace::open(path, pass);
    if (!ws.ok())
        return std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString())), 1;
    Database& db = ws.value()->db();

    for (RecordKind kind : {RecordKind::Visit, RecordKind::Company, RecordKind::Lead}) {
        RecordList list(db, kind);
        QElapsedTimer t;
        t.start();
        auto page = list.fetch(std::nullopt, 100);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!page.ok())
            return 1;
        const QByteArray label = "first page after unlock: " + QByteArray(kind == RecordKind::Visit     ? "visits"
                                                                          : kind == RecordKind::Company ? "companies"
                                                                                                        : "leads");
        benchLine(label.constData(), ms, "ms", "<= 50", ms <= 50);
    }
    {
        // The list's quick filter as one types: the count and the first page of visits whose text has two words
        // (no index: a scan of the list's text). Our own target: answered within a typing pause.
        RecordList list(db, RecordKind::Visit);
        ListFilter filter;
        filter.text = QStringLiteral("精密 深圳");
        list.setFilter(filter);
        QElapsedTimer t;
        t.start();
        auto n = list.count();
        auto page = list.fetch(std::nullopt, 200);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!n.ok() || !page.ok())
            return 1;
        std::printf("  (quick filter matched %lld of the visits)\n", static_cast<long long>(n.value()));
        benchLine("quick filter on the visits list: count + first page", ms, "ms", "<= 250", ms <= 250);
    }
    {
        RecordList list(db, RecordKind::Visit);
        QElapsedTimer t;
        t.start();
        std::optional<RecordList::Row> last;
        int rows = 0;
        for (;;) {
            auto page = list.fetch(last, 500);
            if (!page.ok() || page->isEmpty())
                break;
            rows += static_cast<int>(page->size());
            last = page->constLast();
        }
        std::printf("  (all %d visits paged through in %lld ms)\n", rows, static_cast<long long>(t.elapsed()));
    }

    SearchService search(db);
    const SearchTimes times = timeSearches([&](const QString& q) {
        auto hits = search.search(q, 50);
        return hits.ok() ? static_cast<int>(hits->size()) : -1;
    });
    std::printf("  (%lld queries, %d hits in the first round)\n", static_cast<long long>(times.all.size()), times.hits);
    for (int i = 0; i < queries().size(); ++i) {
        const double q95 = times.p95[static_cast<std::size_t>(i)];
        const QByteArray label = "  search p95: " + padded(queries()[i]);
        benchLine(label.constData(), q95, "ms", "<= 20", q95 <= 20);
    }
    benchLine("search, 2+ Chinese characters, p50", percentile(times.all, 0.5), "ms", "", true);
    const double p95 = percentile(times.all, 0.95);
    benchLine("search, 2+ Chinese characters, p95", p95, "ms", "<= 20", p95 <= 20);
    {
        // The result tabs' counts, over every match (a second query after the results are shown). Our own target:
        // within a typing pause even for the commonest words.
        const SearchTimes counted = timeSearches([&](const QString& q) {
            auto n = search.counts(q);
            return n.ok() ? static_cast<int>(n->size()) : -1;
        });
        benchLine("search counts by kind, all matches, p95", percentile(counted.all, 0.95), "ms", "<= 250",
                  percentile(counted.all, 0.95) <= 250);
        benchLine("search counts by kind, all matches, slowest", percentile(counted.all, 1.0), "ms", "", true);
    }

    // Edits reach the index at the next search: one edited visit before each of 50 searches, then 200 at once (a sync
    // page).
    {
        std::vector<double> afterEdit;
        for (int i = 1; i <= 50; ++i) {
            const QByteArray edit = "UPDATE visit SET notes = notes || '。' WHERE rid = " + QByteArray::number(i * 997);
            if (!db.exec(edit.constData()).ok())
                return 1;
            QElapsedTimer t;
            t.start();
            if (!search.search(queries()[i % queries().size()], 50).ok())
                return 1;
            afterEdit.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double edited95 = percentile(afterEdit, 0.95);
        benchLine("search right after editing a visit, p95", edited95, "ms", "<= 20", edited95 <= 20);
        // FTS5 merges its segments now and then, inside whichever flush writes the segment that tips a level over:
        // seconds, after a bulk load, in v6 as in v7 (not a target of this change; see DESIGN-NOTES).
        std::printf("  (slowest of those: %.1f ms)\n", *std::max_element(afterEdit.begin(), afterEdit.end()));
        if (!db.exec("UPDATE visit SET notes = notes || '。' WHERE rid % 500 = 0").ok())
            return 1;
        QElapsedTimer t;
        t.start();
        if (!SearchIndex::flush(db).ok())
            return 1;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        benchLine("index 200 edited visits", ms, "ms", "<= 100", ms <= 100);
    }

    // The upgrade in place (issue 13): a v6 workspace (index rowid = rid * 8 + kind) of the same size, written with
    // set-based SQL and indexed and searched by the v6 code (tests/support/SearchIndexV6.h), migrated to the latest
    // version, searched again.
    const QString oldPath = dir.filePath(QStringLiteral("v6.zsdb"));
    SearchTimes before;
    {
        auto store = EncryptedStore::create(oldPath, pass, WorkspaceSchema::migrator().prefix(6), KdfParams::minimal());
        if (!store.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(store.error().toString())), 1;
        Database& old = store.value()->db();
        auto filled = test::v6::fill(old, visits);
        if (!filled.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(filled.error().toString())), 1;
        QElapsedTimer t;
        t.start();
        if (!test::v6::flush(old).ok())
            return 1;
        std::printf("Upgrade of a v6 workspace: %d companies, %d contacts, %d visits, %d leads, %d events (v6 index "
                    "built in %lld ms)\n",
                    filled->companies, filled->contacts, filled->visits, filled->leads, filled->events,
                    static_cast<long long>(t.elapsed()));
        before = timeSearches([&](const QString& q) {
            auto hits = test::v6::search(old, q, 50);
            return hits.ok() ? static_cast<int>(hits->size()) : -1;
        });
    }
    OpenTimings timings;
    auto upgraded = EncryptedStore::open(oldPath, pass, WorkspaceSchema::migrator(), &timings);
    if (!upgraded.ok())
        return std::fprintf(stderr, "%s\n", qPrintable(upgraded.error().toString())), 1;
    Database& db7 = upgraded.value()->db();
    benchLine("migrate v6 -> v7 (index remapped, not re-tokenised)", double(timings.migrateMs), "ms", "<= 1000",
              timings.migrateMs <= 1000);
    SearchService search7(db7);
    const SearchTimes after = timeSearches([&](const QString& q) {
        auto hits = search7.search(q, 50);
        return hits.ok() ? static_cast<int>(hits->size()) : -1;
    });
    std::printf("  (same hits before and after: %d, %d)\n", before.hits, after.hits);
    for (int i = 0; i < queries().size(); ++i) {
        const double was = before.p95[static_cast<std::size_t>(i)];
        const double now = after.p95[static_cast<std::size_t>(i)];
        std::printf("    search p95 v6 -> v7: %-30s %6.1f -> %5.1f ms  target <= 20        %s\n",
                    padded(queries()[i]).constData(), was, now, now <= 20 ? "ok" : "MISSED");
    }
    const double before95 = percentile(before.all, 0.95);
    const double after95 = percentile(after.all, 0.95);
    std::printf("  search, 2+ Chinese characters, p95, v6 -> v7     %6.1f -> %5.1f ms  target <= 20        %s\n",
                before95, after95, after95 <= 20 ? "ok" : "MISSED");
    // What the migration would cost if it re-tokenised everything instead of remapping.
    {
        if (!SearchIndex::clear(db7).ok())
            return 1;
        QElapsedTimer t;
        t.start();
        if (!SearchIndex::flush(db7).ok())
            return 1;
        std::printf("  (re-tokenising that index instead of remapping it: %lld ms)\n",
                    static_cast<long long>(t.elapsed()));
    }
    return 0;
}
