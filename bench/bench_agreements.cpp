// The agreement watch at a province's scale (issue 15), in-process on an encrypted workspace:
//   1. the watch over 10,000 agreements with 100,000 progress reports (and their tranches, measures and findings),
//      facts read and six conditions judged for each                                               <= 300 ms
//   2. an agreement's page: its overview (facts, referring records, activity), its own watch and its project
//      service (17 milestones, 2 requests, 3 log entries each)                                      <= 100 ms
// Usage: bench_agreements [agreements=10000] [reports per agreement=10]
#include "BenchReport.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/agreements/ProjectService.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordOverview.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace zs;

namespace {
void die(const Error& e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    std::exit(1);
}

template <typename T> T need(Result<T> r)
{
    if (!r.ok())
        die(r.error());
    return std::move(r.value());
}

void need(Result<void> r)
{
    if (!r.ok())
        die(r.error());
}

// Agreements across the ten counties, each with two tranches, `reports` progress reports, a measure now and then, a
// finding for one in twenty, and its service (the industrial template's milestones, two requests, three log
// entries): written with plain SQL in one transaction (what a sync's first pull leaves).
void seed(Database& db, int agreements, int reports)
{
    static const char* const regions[] = {"zhenjiang", "wujiang", "qujiang", "shixing",  "renhua",
                                          "wengyuan",  "xinfeng", "ruyuan",  "nanxiong", "lechang"};
    QRandomGenerator rng(2026);
    const QDate today = QDate::currentDate();
    auto tx = need(Transaction::begin(db));
    auto a = need(db.prepare("INSERT INTO agreement (id, scope, number, signing_scope, signed_on, region, land_mu, "
                             "total_wan, fixed_asset_wan, start_due, completion_due, equipment_wan, target_output_wan, "
                             "target_tax_wan, target_jobs, target_year, created_at, updated_at) VALUES (?1, ?2, ?3, "
                             "'team:gz', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 0, 0)"));
    auto t = need(db.prepare("INSERT INTO agreement_tranche (id, scope, agreement_id, due_on, cumulative_wan, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 0, 0)"));
    auto p = need(db.prepare("INSERT INTO agreement_progress (id, scope, agreement_id, reported_on, cumulative_wan, "
                             "building, equipment_wan, producing, output_wan, tax_wan, jobs, source, created_at, "
                             "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'enterprise', 0, 0)"));
    auto m = need(db.prepare("INSERT INTO agreement_measure (id, scope, agreement_id, taken_on, measure, condition_no, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'reminder', 1, 0, 0)"));
    auto f = need(db.prepare("INSERT INTO agreement_finding (id, scope, agreement_id, found_on, kind, rectify_due, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'environment', ?5, 0, 0)"));
    auto sm = need(db.prepare("INSERT INTO service_milestone (id, scope, agreement_id, stage, item, owner, due_on, "
                              "state, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0)"));
    auto sr =
        need(db.prepare("INSERT INTO service_request (id, scope, agreement_id, raised_on, subject, department, "
                        "answered_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, '协调专线接入', '供电局', ?5, "
                        "0, 0)"));
    auto sl = need(db.prepare("INSERT INTO service_log (id, scope, agreement_id, served_on, mode, content, created_at, "
                              "updated_at) VALUES (?1, ?2, ?3, ?4, 'onsite', '上门走访，核对建设进度。', 0, 0)"));
    const ServiceTemplates::Template& industrial = *ServiceTemplates::bundled().find(QStringLiteral("industrial"));
    for (int i = 0; i < agreements; ++i) {
        const QString id = QStringLiteral("a%1").arg(i);
        const QString scope = QStringLiteral("county:") + QLatin1String(regions[i % 10]);
        const QDate signedOn = today.addDays(-int(rng.bounded(200, 1500)));
        const QDate start = signedOn.addDays(int(rng.bounded(90, 240)));
        const double mu = 20 + rng.bounded(150);
        const double fixed = mu * (200 + rng.bounded(250));
        a.reset();
        a.bind(1, id).bind(2, scope).bind(3, QStringLiteral("BK-%1").arg(i, 5, 10, QLatin1Char('0')));
        a.bind(4, signedOn.toString(Qt::ISODate)).bind(5, QLatin1String(regions[i % 10]));
        a.bind(6, mu).bind(7, fixed * 1.2).bind(8, fixed).bind(9, start.toString(Qt::ISODate));
        a.bind(10, start.addMonths(18).toString(Qt::ISODate)).bind(11, fixed * 0.35).bind(12, fixed * 2.2);
        a.bind(13, mu * 24).bind(14, mu * 3).bind(15, start.year() + 3);
        need(a.run());
        ServiceAnchors anchors{signedOn, start, start.addMonths(18), start.addMonths(24), start.year() + 3, mu * 3};
        int n = 0;
        for (const PlannedMilestone& planned : ServicePlan::plan(industrial, anchors)) {
            sm.reset();
            sm.bind(1, QStringLiteral("%1-s%2").arg(id).arg(n++)).bind(2, scope).bind(3, id).bind(4, planned.stage);
            sm.bind(5, planned.item).bind(6, planned.owner).bind(7, planned.due.toString(Qt::ISODate));
            sm.bind(8, planned.due < today ? QStringLiteral("done") : QStringLiteral("todo"));
            need(sm.run());
        }
        for (int k = 0; k < 3; ++k) {
            if (k < 2) {
                sr.reset();
                sr.bind(1, QStringLiteral("%1-r%2").arg(id).arg(k)).bind(2, scope).bind(3, id);
                sr.bind(4, today.addDays(-40 * (k + 1)).toString(Qt::ISODate));
                sr.bind(5, today.addDays(-40 * (k + 1) + 7).toString(Qt::ISODate));
                need(sr.run());
            }
            sl.reset();
            sl.bind(1, QStringLiteral("%1-l%2").arg(id).arg(k)).bind(2, scope).bind(3, id);
            sl.bind(4, today.addDays(-30 * k).toString(Qt::ISODate));
            need(sl.run());
        }
        for (int k = 0; k < 2; ++k) {
            t.reset();
            t.bind(1, QStringLiteral("%1-t%2").arg(id).arg(k)).bind(2, scope).bind(3, id);
            t.bind(4, start.addMonths(12 + 6 * k).toString(Qt::ISODate)).bind(5, fixed * (k ? 1.0 : 0.4));
            need(t.run());
        }
        for (int r = 0; r < reports; ++r) {
            const QDate on = start.addDays(-20 + r * 60);
            p.reset();
            p.bind(1, QStringLiteral("%1-p%2").arg(id).arg(r))
                .bind(2, scope)
                .bind(3, id)
                .bind(4, on.toString(Qt::ISODate));
            p.bind(5, fixed * std::min(1.0, 0.1 * (r + 1) * (0.6 + rng.bounded(0.6))));
            p.bind(6, r < 2 ? QStringLiteral("building") : QStringLiteral("built"));
            p.bind(7, fixed * 0.3).bind(8, r > 6 ? 1 : 0);
            if (r > 7) {
                p.bind(9, fixed * 2).bind(10, mu * 20).bind(11, mu * 3);
            } else {
                p.bindNull(9).bindNull(10).bindNull(11);
            }
            need(p.run());
        }
        if (i % 7 == 0) {
            m.reset();
            m.bind(1, id + QStringLiteral("-m"))
                .bind(2, scope)
                .bind(3, id)
                .bind(4, start.addDays(30).toString(Qt::ISODate));
            need(m.run());
        }
        if (i % 20 == 0) {
            f.reset();
            f.bind(1, id + QStringLiteral("-f"))
                .bind(2, scope)
                .bind(3, id)
                .bind(4, today.addDays(-90).toString(Qt::ISODate));
            f.bind(5, today.addDays(-10).toString(Qt::ISODate));
            need(f.run());
        }
    }
    need(tx.commit());
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int agreements = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int reports = argc > 2 ? std::atoi(argv[2]) : 10;
    QTemporaryDir dir;
    auto ws =
        need(Workspace::create(dir.filePath(QStringLiteral("bench.zsdb")),
                               SecureBytes::fromPassphrase(QStringLiteral("bench-口令-2026")), KdfParams::minimal()));
    Database& db = ws->db();
    QElapsedTimer timer;
    timer.start();
    seed(db, agreements, reports);
    std::printf("Seeded %d agreements with %d progress reports (and their tranches, measures, findings) in %lld ms\n",
                agreements, agreements * reports, static_cast<long long>(timer.elapsed()));

    // 1. The whole watch, five times (the first reads the pages into SQLite's cache as unlocking would have).
    std::vector<double> runs;
    int entries = 0;
    int triggered = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const AgreementWatchService::Watch w = need(AgreementWatchService(db).evaluate(QDate::currentDate()));
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        entries = int(w.entries.size());
        triggered = int(std::count_if(w.entries.cbegin(), w.entries.cend(), [](const AgreementWatchService::Entry& e) {
            return e.result.state == WatchState::Triggered;
        }));
    }
    std::printf("\n1. the watch over %d agreements, %d progress reports: %d entries, %d triggered\n", agreements,
                agreements * reports, entries, triggered);
    const double median = benchMedian(runs);
    benchLine("watch, median of 5", median, "ms", "<= 300", median <= 300);
    std::printf("  (runs: %.0f, %.0f, %.0f, %.0f, %.0f ms)\n", runs[0], runs[1], runs[2], runs[3], runs[4]);

    // 2. An agreement's page: its overview from the registry, its own watch and its service, for 200 agreements.
    std::vector<double> pages;
    const KindDecl& kind = RecordKinds::get(RecordKind::Agreement);
    QRandomGenerator rng(7);
    for (int i = 0; i < 200; ++i) {
        const QString id = QStringLiteral("a%1").arg(rng.bounded(agreements));
        timer.restart();
        need(RecordOverview::read(db, kind, id));
        const QList<AgreementFacts> facts = need(AgreementWatchService(db).facts(id));
        const auto results = AgreementWatch::evaluate(facts.value(0), WatchSettings::bundled(), QDate::currentDate());
        const ProjectService::State service = need(ProjectService(db).read(id, QDate::currentDate()));
        pages.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (results.size() != AgreementWatch::kConditions || service.milestones.size() != 17)
            return 1;
    }
    std::sort(pages.begin(), pages.end());
    const double p95 = pages[pages.size() * 95 / 100];
    std::printf("\n2. an agreement's page (overview + its watch + its service), 200 agreements\n");
    benchLine("agreement page, p95", p95, "ms", "<= 100", p95 <= 100);
    std::printf("  (median %.1f ms, slowest %.1f ms)\n", benchMedian(pages), pages.back());
    return 0;
}
