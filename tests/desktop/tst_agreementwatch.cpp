// The agreement watch's rules (agreements/AgreementWatch), table-driven: every condition at, one day before and one
// day after each of its boundaries, the window and grace settings, the tiers, missing data, measures that settle a
// condition, and what is dated after the as-of date (never seen). Then the same rules over a workspace
// (AgreementWatchService): the facts as the tables hold them.
#include "WorkspaceFixture.h"

#include "desktop/core/agreements/AgreementWatch.h"
#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/demo/DemoData.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/io/CsvImport.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/io/RecordImport.h"
#include "desktop/core/registry/RecordList.h"
#include "sync/store/Database.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/sites/ReclaimedLand.h"

#include <QTest>

#include <functional>

using namespace zs;

namespace {

const QDate kStart(2025, 9, 1); // the contracted start

// A signed agreement of 80 亩: start 2025-09-01, 5,000 万元 by 2026-03-31 and 12,000 by 2026-12-31, equipment
// 3,000 万元, full production in 2027 with 30,000 万元 output, 1,200 万元 tax and 200 jobs.
AgreementFacts agreement()
{
    AgreementFacts f;
    f.id = QStringLiteral("a1");
    f.number = QStringLiteral("SX-2025-007");
    f.signedOn = QDate(2025, 3, 1);
    f.startDue = kStart;
    f.completionDue = QDate(2026, 12, 31);
    f.landMu = 80;
    f.fixedAssetWan = 12000;
    f.totalWan = 15000;
    f.equipmentWan = 3000;
    f.targetOutputWan = 30000;
    f.targetTaxWan = 1200;
    f.targetJobs = 200;
    f.targetYear = 2027;
    f.tranches = {{QDate(2026, 12, 31), 12000}, {QDate(2026, 3, 31), 5000}};
    return f;
}

AgreementFacts::Report report(QDate on, const QString& building = QString(), bool producing = false)
{
    AgreementFacts::Report r;
    r.on = on;
    r.building = building;
    r.producing = producing;
    return r;
}

struct Case
{
    const char* name;
    std::function<void(AgreementFacts&)> change;
    QDate asOf;
    int condition;
    WatchState state;
    QDate since;           // checked when valid
    const char* nextStep;  // checked when not null
    const char* reasonHas; // checked when not null
    double percent = -2;   // checked when > -2
};

WatchSettings settings()
{
    WatchSettings s;
    s.approachingDays = 60;
    s.reminderGraceDays = 30;
    s.productionWindowDays = 183;
    s.reportDueDays = 120;
    s.tiers = {{90, QStringLiteral("基本达标")},
               {80, QStringLiteral("轻度未达标")},
               {70, QStringLiteral("中度未达标")},
               {0, QStringLiteral("严重未达标")}};
    s.idleLand = {{365, QStringLiteral("满一年")}, {730, QStringLiteral("满两年")}};
    s.ladder = {QStringLiteral("reminder"), QStringLiteral("interview"), QStringLiteral("notice"),
                QStringLiteral("revoke_incentives"), QStringLiteral("reclaim")};
    return s;
}

void none(AgreementFacts&) {}

std::function<void(AgreementFacts&)> measure(QDate on, const char* code, int condition)
{
    return [=](AgreementFacts& f) { f.measures.append({on, QString::fromLatin1(code), condition}); };
}

std::function<void(AgreementFacts&)> both(std::function<void(AgreementFacts&)> a,
                                          std::function<void(AgreementFacts&)> b)
{
    return [=](AgreementFacts& f) {
        a(f);
        b(f);
    };
}

std::function<void(AgreementFacts&)> reported(AgreementFacts::Report r)
{
    return [=](AgreementFacts& f) { f.reports.append(r); };
}

AgreementFacts::Report invested(QDate on, double cumulative)
{
    AgreementFacts::Report r = report(on, QStringLiteral("building"));
    r.cumulativeWan = cumulative;
    return r;
}

AgreementFacts::Report annual(QDate on, double output, double tax, double jobs)
{
    AgreementFacts::Report r = report(on, QStringLiteral("built"), true);
    r.outputWan = output;
    r.taxWan = tax;
    r.jobs = jobs;
    r.equipmentWan = 3200;
    return r;
}

std::function<void(AgreementFacts&)> finding(const char* kind, QDate found, QDate due, QDate rectified = {})
{
    return [=](AgreementFacts& f) { f.findings.append({found, QString::fromLatin1(kind), due, rectified}); };
}

const QDate kReminder = kStart.addDays(10); // grace ends kStart + 40
const QDate kBuilt(2026, 6, 1);             // the production window ends 2026-12-01
AgreementFacts::Report built(QDate on = kBuilt, double equipment = -1, bool producing = false)
{
    AgreementFacts::Report r = report(on, QStringLiteral("built"), producing);
    if (equipment >= 0)
        r.equipmentWan = equipment;
    return r;
}

const QList<Case>& cases()
{
    using S = WatchState;
    static const QList<Case> list = {
        // 1. Not started after the start deadline and after a reminder older than the grace period.
        {"1: 61 days before the start", none, kStart.addDays(-61), 1, S::Ok, {}, nullptr, "还有 61 天"},
        {"1: 60 days before the start", none, kStart.addDays(-60), 1, S::Approaching, kStart.addDays(-60), nullptr,
         "还有 60 天"},
        {"1: on the start day", none, kStart, 1, S::Approaching, {}, nullptr, "还有 0 天"},
        {"1: a day late, no reminder yet", none, kStart.addDays(1), 1, S::Approaching, kStart.addDays(1), "reminder",
         "尚未催促"},
        {"1: last day of the grace",
         measure(kReminder, "reminder", 1),
         kStart.addDays(40),
         1,
         S::Approaching,
         {},
         "interview",
         "宽限期至"},
        {"1: a day after the grace", measure(kReminder, "reminder", 1), kStart.addDays(41), 1, S::Triggered,
         kStart.addDays(41), "interview", "提醒后满 30 天"},
        {"1: a reminder for no condition counts", measure(kReminder, "reminder", 0), kStart.addDays(41), 1,
         S::Triggered, kStart.addDays(41), nullptr, nullptr},
        {"1: a reminder for another condition does not",
         measure(kReminder, "reminder", 2),
         kStart.addDays(41),
         1,
         S::Approaching,
         {},
         "reminder",
         "尚未催促"},
        {"1: started before the as-of date",
         both(measure(kReminder, "reminder", 1), reported(report(kStart.addDays(20), QStringLiteral("building")))),
         kStart.addDays(41),
         1,
         S::Ok,
         {},
         nullptr,
         "报告开工"},
        {"1: a start reported after the as-of date is not seen",
         both(measure(kReminder, "reminder", 1), reported(report(kStart.addDays(60), QStringLiteral("building")))),
         kStart.addDays(41),
         1,
         S::Triggered,
         {},
         nullptr,
         nullptr},
        {"1: an interview after the trigger settles it",
         both(measure(kReminder, "reminder", 1), measure(kStart.addDays(45), "interview", 1)), kStart.addDays(50), 1,
         S::Handled, kStart.addDays(41), "notice", nullptr},
        {"1: a measure before the trigger does not settle it",
         both(measure(kReminder, "reminder", 1), measure(kStart.addDays(35), "interview", 1)), kStart.addDays(50), 1,
         S::Triggered, kStart.addDays(41), "notice", nullptr},
        {"1: a grace of 30 days from the settings",
         measure(kReminder, "reminder", 1),
         kStart.addDays(41),
         1,
         S::Triggered,
         {},
         nullptr,
         nullptr},
        // 2. Cumulative investment below a tranche that is due.
        {"2: 61 days before the first tranche",
         reported(invested(QDate(2026, 1, 15), 4000)),
         QDate(2026, 1, 29),
         2,
         S::Ok,
         {},
         nullptr,
         nullptr},
        {"2: 60 days before the first tranche", reported(invested(QDate(2026, 1, 15), 4000)), QDate(2026, 1, 30), 2,
         S::Approaching, QDate(2026, 1, 30), nullptr, "目前 4,000 万元"},
        {"2: on the tranche's due day",
         reported(invested(QDate(2026, 3, 15), 4000)),
         QDate(2026, 3, 31),
         2,
         S::Approaching,
         {},
         nullptr,
         nullptr},
        {"2: the day after, short by 1,000", reported(invested(QDate(2026, 3, 15), 4000)), QDate(2026, 4, 1), 2,
         S::Triggered, QDate(2026, 4, 1), "reminder", "差 1,000 万元", 80},
        {"2: the day after, the tranche met",
         reported(invested(QDate(2026, 3, 20), 5000)),
         QDate(2026, 4, 1),
         2,
         S::Ok,
         {},
         nullptr,
         "已达约定进度"},
        {"2: due with no figure reported", none, QDate(2026, 4, 1), 2, S::Approaching, QDate(2026, 4, 1), nullptr,
         "无法判断"},
        {"2: the later figure counts",
         both(reported(invested(QDate(2026, 3, 15), 4000)), reported(invested(QDate(2026, 4, 10), 5200))),
         QDate(2026, 4, 11),
         2,
         S::Ok,
         {},
         nullptr,
         nullptr},
        // 3. Built, but not producing (or equipment short) 183 days later.
        {"3: not built",
         reported(report(QDate(2026, 5, 1), QStringLiteral("building"))),
         QDate(2027, 1, 1),
         3,
         S::Ok,
         {},
         nullptr,
         "尚未报告建成"},
        {"3: 61 days before the window ends", reported(built()), QDate(2026, 10, 1), 3, S::Ok, {}, nullptr, nullptr},
        {"3: 60 days before", reported(built()), QDate(2026, 10, 2), 3, S::Approaching, QDate(2026, 10, 2), nullptr,
         "还有 60 天"},
        {"3: the window's last day", reported(built()), QDate(2026, 12, 1), 3, S::Approaching, {}, nullptr, nullptr},
        {"3: the day after", reported(built()), QDate(2026, 12, 2), 3, S::Triggered, QDate(2026, 12, 2), nullptr,
         "满 183 天仍未投产"},
        {"3: producing with the equipment promised",
         reported(built(QDate(2026, 11, 1), 3200, true)),
         QDate(2026, 12, 2),
         3,
         S::Ok,
         {},
         nullptr,
         nullptr},
        {"3: producing, equipment short", reported(built(QDate(2026, 11, 1), 2000, true)), QDate(2027, 6, 1), 3,
         S::Triggered, QDate(2027, 5, 4), nullptr, "低于承诺 3,000 万元"},
        // 4. Targets at full production in the due year, graded by tier.
        {"4: the due year not over",
         reported(annual(QDate(2027, 6, 1), 1000, 10, 10)),
         QDate(2027, 12, 31),
         4,
         S::Ok,
         {},
         nullptr,
         "尚未结束"},
        {"4: over, figures missing", reported(annual(QDate(2027, 6, 1), 1000, 10, 10)), QDate(2028, 1, 1), 4,
         S::Approaching, QDate(2028, 1, 1), nullptr, "尚未报送"},
        {"4: all met",
         reported(annual(QDate(2028, 2, 15), 30000, 1200, 200)),
         QDate(2028, 3, 1),
         4,
         S::Ok,
         {},
         nullptr,
         "已达到"},
        {"4: tax at exactly 90 %", reported(annual(QDate(2028, 2, 15), 30000, 1080, 200)), QDate(2028, 3, 1), 4,
         S::Triggered, QDate(2028, 2, 15), nullptr, "基本达标", 90},
        {"4: just under 90 %",
         reported(annual(QDate(2028, 2, 15), 26997, 1200, 200)),
         QDate(2028, 3, 1),
         4,
         S::Triggered,
         {},
         nullptr,
         "轻度未达标",
         89.99},
        {"4: 70 %",
         reported(annual(QDate(2028, 2, 15), 30000, 1200, 140)),
         QDate(2028, 3, 1),
         4,
         S::Triggered,
         {},
         nullptr,
         "中度未达标",
         70},
        {"4: under 70 %",
         reported(annual(QDate(2028, 2, 15), 20000, 1200, 200)),
         QDate(2028, 3, 1),
         4,
         S::Triggered,
         {},
         nullptr,
         "严重未达标"},
        // 5. A compliance finding past its rectification deadline.
        {"5: on the deadline",
         finding("environment", QDate(2026, 5, 1), QDate(2026, 8, 1)),
         QDate(2026, 8, 1),
         5,
         S::Approaching,
         {},
         nullptr,
         "还有 0 天"},
        {"5: the day after", finding("environment", QDate(2026, 5, 1), QDate(2026, 8, 1)), QDate(2026, 8, 2), 5,
         S::Triggered, QDate(2026, 8, 2), "reminder", "已过"},
        {"5: rectified in time",
         finding("environment", QDate(2026, 5, 1), QDate(2026, 8, 1), QDate(2026, 7, 20)),
         QDate(2026, 8, 2),
         5,
         S::Ok,
         {},
         nullptr,
         nullptr},
        {"5: rectified after the as-of date",
         finding("industrial_policy", QDate(2026, 5, 1), QDate(2026, 8, 1), QDate(2026, 8, 5)),
         QDate(2026, 8, 3),
         5,
         S::Triggered,
         {},
         nullptr,
         nullptr},
        {"5: found after the as-of date",
         finding("environment", QDate(2026, 5, 1), QDate(2026, 8, 1)),
         QDate(2026, 4, 30),
         5,
         S::Ok,
         {},
         nullptr,
         nullptr},
        // 6. Another recorded breach.
        {"6: the day before",
         finding("other_breach", QDate(2026, 5, 1), {}),
         QDate(2026, 4, 30),
         6,
         S::Ok,
         {},
         nullptr,
         nullptr},
        {"6: the day it is recorded", finding("other_breach", QDate(2026, 5, 1), {}), QDate(2026, 5, 1), 6,
         S::Triggered, QDate(2026, 5, 1), "reminder", nullptr},
        {"6: a measure settles it",
         both(finding("other_breach", QDate(2026, 5, 1), {}), measure(QDate(2026, 5, 10), "notice", 6)),
         QDate(2026, 5, 10),
         6,
         S::Handled,
         {},
         "revoke_incentives",
         nullptr},
        {"6: an environmental finding is condition 5's",
         finding("environment", QDate(2026, 5, 1), QDate(2026, 8, 1)),
         QDate(2026, 9, 1),
         6,
         S::Ok,
         {},
         nullptr,
         nullptr},
    };
    return list;
}

} // namespace

class TestAgreementWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conditionsAtTheirBoundaries()
    {
        const WatchSettings s = settings();
        for (const Case& c : cases()) {
            AgreementFacts f = agreement();
            c.change(f);
            const QList<ConditionResult> results = AgreementWatch::evaluate(f, s, c.asOf);
            QCOMPARE(results.size(), AgreementWatch::kConditions);
            const ConditionResult& r = results[c.condition - 1];
            const QByteArray what = QByteArray(c.name) + ": " + AgreementWatch::stateCode(r.state).toUtf8() +
                                    " since " + r.since.toString(Qt::ISODate).toUtf8() + ", " + r.reason.toUtf8() +
                                    " next " + r.nextStep.toUtf8();
            QVERIFY2(r.condition == c.condition, what.constData());
            QVERIFY2(r.state == c.state, what.constData());
            QVERIFY2(!r.reason.isEmpty(), what.constData());
            if (c.since.isValid())
                QVERIFY2(r.since == c.since, what.constData());
            if (c.nextStep)
                QVERIFY2(r.nextStep == QLatin1String(c.nextStep), what.constData());
            if (c.reasonHas)
                QVERIFY2(r.reason.contains(QString::fromUtf8(c.reasonHas)), what.constData());
            if (c.percent > -2)
                QVERIFY2(qAbs(r.percent - c.percent) < 0.01,
                         QByteArray(what + " percent " + QByteArray::number(r.percent)).constData());
            if (r.state != WatchState::Ok)
                QVERIFY2(r.since.isValid() && !r.basis.isEmpty(), what.constData());
        }
    }

    // The settings change the outcome: a longer grace keeps condition 1 approaching, a shorter window triggers 3.
    void settingsAreRead()
    {
        WatchSettings s = settings();
        AgreementFacts f = agreement();
        f.measures.append({kReminder, QStringLiteral("reminder"), 1});
        QCOMPARE(AgreementWatch::evaluate(f, s, kStart.addDays(41))[0].state, WatchState::Triggered);
        s.reminderGraceDays = 45;
        QCOMPARE(AgreementWatch::evaluate(f, s, kStart.addDays(41))[0].state, WatchState::Approaching);
        QCOMPARE(AgreementWatch::evaluate(f, s, kStart.addDays(56))[0].state, WatchState::Triggered);
        f.reports.append(built());
        s.productionWindowDays = 90;
        QCOMPARE(AgreementWatch::evaluate(f, s, kBuilt.addDays(91))[2].state, WatchState::Triggered);
        s.approachingDays = 10;
        QCOMPARE(AgreementWatch::evaluate(f, s, kBuilt.addDays(79))[2].state, WatchState::Ok);
        QCOMPARE(AgreementWatch::evaluate(f, s, kBuilt.addDays(80))[2].state, WatchState::Approaching);
        // The bundled seed is what the app runs with.
        const WatchSettings& bundled = WatchSettings::bundled();
        QVERIFY(bundled.version >= 1);
        QCOMPARE(bundled.approachingDays, 60);
        QCOMPARE(bundled.reminderGraceDays, 30);
        QCOMPARE(bundled.ladder.size(), 5);
        QCOMPARE(bundled.tiers.first().minPercent, 90);
        QCOMPARE(bundled.idleLand.size(), 2);
    }

    // The national idle-land levels are named from a year past the contracted start.
    void idleLandLevels()
    {
        AgreementFacts f = agreement();
        f.measures.append({kReminder, QStringLiteral("reminder"), 1});
        const auto basis = [&](QDate asOf) {
            return AgreementWatch::evaluate(f, settings(), asOf)[0].basis.join(QLatin1Char('|'));
        };
        QVERIFY(!basis(kStart.addDays(364)).contains(QStringLiteral("满一年")));
        QVERIFY(basis(kStart.addDays(365)).contains(QStringLiteral("满一年")));
        QVERIFY(!basis(kStart.addDays(729)).contains(QStringLiteral("满两年")));
        QVERIFY(basis(kStart.addDays(730)).contains(QStringLiteral("满两年")));
    }

    // No progress report for 120 days (or none since signing that long ago): a warning of its own.
    void missingReportsAreAWarning()
    {
        AgreementFacts f = agreement();
        QVERIFY(AgreementWatch::missingReports(f, settings(), f.signedOn.addDays(120)).isEmpty());
        QVERIFY(
            AgreementWatch::missingReports(f, settings(), f.signedOn.addDays(121)).contains(QStringLiteral("签约后")));
        f.reports.append(report(QDate(2026, 1, 10), QStringLiteral("building")));
        QVERIFY(AgreementWatch::missingReports(f, settings(), QDate(2026, 5, 10)).isEmpty());
        QVERIFY(
            AgreementWatch::missingReports(f, settings(), QDate(2026, 5, 11)).contains(QStringLiteral("2026-01-10")));
    }

    // 收回土地: the ladder's last rung recorded for a breached condition settles it and returns the land to the site
    // inventory as idle land with its history, offered again to matching; an agreement without land area refuses.
    void reclaimedLandReturnsToTheInventory()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::generate(ws.db(), 50));
        ZS_VERIFY_OK(DemoData::agreements(ws.db()));
        const QDate today = QDate::currentDate();
        auto recorded =
            ReclaimedLand(ws.db()).record(QStringLiteral("SX-2025-003"), today, 1, QStringLiteral("李文杰"));
        ZS_VERIFY_OK(recorded);
        QCOMPARE(recorded->siteName, QStringLiteral("始兴县产业转移工业园 收回地块（SX-2025-003）"));
        auto site = RecordStore(ws.db(), RecordKinds::get(RecordKind::Site)).get(recorded->siteId);
        ZS_VERIFY_OK(site);
        QCOMPARE(site->value(QStringLiteral("kind")).toString(), QStringLiteral("idle-land"));
        QCOMPARE(site->value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(site->value(QStringLiteral("land_mu")).toDouble(), 45.0);
        QCOMPARE(site->value(QStringLiteral("idle_since")).toDate(), today);
        QVERIFY(site->value(QStringLiteral("idle_reason")).toString().contains(QStringLiteral("SX-2025-003")));
        // The measure settles condition 1 (逾期未开工), triggered in the demo.
        auto facts = AgreementWatchService(ws.db()).facts();
        ZS_VERIFY_OK(facts);
        for (const AgreementFacts& f : facts.value())
            if (f.number == QLatin1String("SX-2025-003"))
                QCOMPARE(AgreementWatch::evaluate(f, WatchSettings::bundled(), today).first().state,
                         WatchState::Handled);
        // Without a land area: refused, nothing written.
        ZS_VERIFY_OK(ws.db().run("UPDATE agreement SET land_mu = NULL WHERE number = 'SX-2026-001'"));
        const qint64 sites = ws.db().scalar("SELECT count(*) FROM site").value();
        auto none = ReclaimedLand(ws.db()).record(QStringLiteral("SX-2026-001"), today, 0, QString());
        QVERIFY(!none.ok());
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM site").value(), sites);
        QCOMPARE(ws.db()
                     .scalar("SELECT count(*) FROM agreement_measure m JOIN agreement a ON a.id = m.agreement_id "
                             "WHERE a.number = 'SX-2026-001' AND m.measure = 'reclaim'")
                     .value(),
                 0);
    }

    // Each of the five kinds' export imports back into another workspace as the same records (the directory first);
    // bad cells are listed by line and column and left out, an agreement imported twice is a duplicate.
    void exportsImportBack()
    {
        test::WorkspaceFixture from;
        ZS_VERIFY_OK(DemoData::generate(from.db(), 400));
        ZS_VERIFY_OK(DemoData::specialists(from.db()));
        auto made = DemoData::agreements(from.db());
        ZS_VERIFY_OK(made);
        QCOMPARE(made.value(), 8);
        test::WorkspaceFixture to;
        // The directory and the specialists the agreements name.
        {
            RecordList companies(from.db(), RecordKind::Company);
            const QString csv = from.dir() + QStringLiteral("/companies.csv");
            ZS_VERIFY_OK(ListExporter::write(companies, csv, ListExporter::Format::Csv));
            auto preview = CsvImport::preview(to.db(), CsvImport::Kind::Companies, test::readAll(csv));
            ZS_VERIFY_OK(preview);
            ZS_VERIFY_OK(CsvImport::commit(to.db(), preview.value()));
            ZS_VERIFY_OK(DemoData::specialists(to.db()));
        }
        // What a record is, whatever its ids: every column a person reads, references by name.
        const QList<std::pair<RecordKind, const char*>> dumps = {
            {RecordKind::Agreement,
             "SELECT a.number || '|' || c.name || '|' || a.signing_scope || '|' || a.signed_on || '|' || a.region || "
             "'|' || a.park || '|' || a.land_mu || '|' || a.land_price_wan || '|' || a.total_wan || '|' || "
             "a.fixed_asset_wan || '|' || a.start_due || '|' || a.completion_due || '|' || a.production_due || '|' "
             "|| a.equipment_wan || '|' || a.target_output_wan || '|' || a.target_tax_wan || '|' || a.target_jobs || "
             "'|' || a.target_year || '|' || a.incentives || '|' || coalesce(s.name, '') FROM agreement a JOIN "
             "company c ON c.id = a.company_id LEFT JOIN specialist s ON s.id = a.specialist_id"},
            {RecordKind::AgreementTranche,
             "SELECT a.number || '|' || t.due_on || '|' || t.cumulative_wan FROM agreement_tranche t JOIN agreement a "
             "ON a.id = t.agreement_id"},
            {RecordKind::AgreementProgress,
             "SELECT a.number || '|' || p.reported_on || '|' || coalesce(p.cumulative_wan, '') || '|' || "
             "coalesce(p.fixed_asset_wan, '') || '|' || p.building || '|' || coalesce(p.equipment_wan, '') || '|' || "
             "p.producing || '|' || coalesce(p.output_wan, '') || '|' || coalesce(p.tax_wan, '') || '|' || "
             "coalesce(p.jobs, '') || '|' || p.source FROM agreement_progress p JOIN agreement a ON a.id = "
             "p.agreement_id"},
            {RecordKind::AgreementMeasure,
             "SELECT a.number || '|' || m.taken_on || '|' || m.measure || '|' || m.condition_no || '|' || m.taken_by "
             "|| '|' || m.notes FROM agreement_measure m JOIN agreement a ON a.id = m.agreement_id"},
            {RecordKind::AgreementFinding,
             "SELECT a.number || '|' || f.found_on || '|' || f.kind || '|' || coalesce(f.rectify_due, '') || '|' || "
             "coalesce(f.rectified_on, '') || '|' || f.notes FROM agreement_finding f JOIN agreement a ON a.id = "
             "f.agreement_id"},
            {RecordKind::ServiceMilestone,
             "SELECT a.number || '|' || m.stage || '|' || m.item || '|' || m.owner || '|' || coalesce(m.due_on, '') || "
             "'|' || m.state || '|' || coalesce(m.done_on, '') || '|' || m.roles || '|' || m.headcount || '|' || "
             "m.blockers || '|' || m.notes FROM service_milestone m JOIN agreement a ON a.id = m.agreement_id"},
            {RecordKind::ServiceRequest,
             "SELECT a.number || '|' || r.raised_on || '|' || r.subject || '|' || r.department || '|' || r.answer || "
             "'|' || coalesce(r.answered_on, '') FROM service_request r JOIN agreement a ON a.id = r.agreement_id"},
            {RecordKind::ServiceLog,
             "SELECT a.number || '|' || l.served_on || '|' || l.mode || '|' || coalesce(s.name, '') || '|' || "
             "l.content || '|' || l.next_step FROM service_log l JOIN agreement a ON a.id = l.agreement_id LEFT JOIN "
             "specialist s ON s.id = l.specialist_id"},
        };
        const auto dump = [](Database& db, const char* sql) {
            QStringList rows;
            auto stmt = db.prepare(sql);
            while (stmt.ok() && stmt->step().value())
                rows << stmt->text(0);
            rows.sort();
            return rows;
        };
        for (const auto& [kind, sql] : dumps) {
            const KindDecl& declared = RecordKinds::get(kind);
            RecordList list(from.db(), kind);
            const QString csv = from.dir() + QStringLiteral("/%1.csv").arg(QLatin1String(declared.plural));
            auto written = ListExporter::write(list, csv, ListExporter::Format::Csv);
            ZS_VERIFY_OK(written);
            const QStringList before = dump(from.db(), sql);
            QVERIFY2(!before.isEmpty(), declared.plural);
            QCOMPARE(written.value(), before.size());
            auto preview = RecordImport::preview(to.db(), declared, test::readAll(csv));
            ZS_VERIFY_OK(preview);
            QVERIFY2(preview->problems.isEmpty(),
                     qPrintable(preview->problems.isEmpty() ? QString()
                                                            : preview->problems.first().column + QLatin1Char(' ') +
                                                                  preview->problems.first().reason));
            ZS_VERIFY_OK(RecordImport::commit(to.db(), preview.value()));
            QCOMPARE(dump(to.db(), sql), before);
        }
        // In the county's scope, as if recorded there.
        QCOMPARE(to.db().scalar("SELECT count(*) FROM agreement_progress WHERE scope <> 'county:shixing'").value(), 0);

        // Twice: duplicates. Bad cells: listed, left out, the rest imported.
        const QByteArray again = test::readAll(from.dir() + QStringLiteral("/agreements.csv"));
        auto twice = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::Agreement), again);
        ZS_VERIFY_OK(twice);
        QCOMPARE(twice->records.size(), 0);
        QCOMPARE(twice->duplicates.size(), 8);
        const QByteArray bad = QStringLiteral("协议编号,报告日期,累计投资（万元）,建设状态\n"
                                              "SX-2025-003,2026-11-30,\"5,200\",在建\n"
                                              "SX-2025-003,下个月,3000,在建\n"
                                              "SX-2099-001,2026-11-30,3000,在建\n"
                                              "SX-2025-003,2026-12-01,三千,盖了一半\n")
                                   .toUtf8();
        auto checked = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::AgreementProgress), bad);
        ZS_VERIFY_OK(checked);
        QCOMPARE(checked->records.size(), 1);
        QCOMPARE(checked->records.first().value(QStringLiteral("cumulative_wan")).toDouble(), 5200.0);
        QCOMPARE(checked->records.first().value(QStringLiteral("building")).toString(), QStringLiteral("building"));
        QStringList where;
        for (const CsvImport::Issue& i : checked->problems)
            where << QStringLiteral("%1:%2").arg(i.line).arg(i.column);
        where.sort();
        QCOMPARE(where, (QStringList{QStringLiteral("3:报告日期"), QStringLiteral("4:协议编号"),
                                     QStringLiteral("5:建设状态"), QStringLiteral("5:累计投资（万元）")}));
        auto missing = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::AgreementProgress),
                                             QByteArray("协议编号,累计投资（万元）\nSX-2025-003,1\n"));
        QVERIFY(!missing.ok()); // 报告日期 is required
        QVERIFY(missing.error().message.contains(QStringLiteral("报告日期")));
    }

    // Over a workspace: agreements and their details as the tables hold them, in the scope of their county.
    void overAWorkspace()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("始兴县华达精密机械有限公司");
        QVERIFY(CompanyRepository(ws.db()).create(c).ok());
        RecordStore agreements(ws.db(), RecordKinds::get(RecordKind::Agreement));
        auto id = agreements.create({{QStringLiteral("number"), QStringLiteral("SX-2025-007")},
                                     {QStringLiteral("company_id"), c.id},
                                     {QStringLiteral("signing_scope"), QStringLiteral("team:gz")},
                                     {QStringLiteral("signed_on"), QStringLiteral("2025-03-01")},
                                     {QStringLiteral("region"), QStringLiteral("shixing")},
                                     {QStringLiteral("land_mu"), 80},
                                     {QStringLiteral("total_wan"), 15000},
                                     {QStringLiteral("fixed_asset_wan"), 12000},
                                     {QStringLiteral("start_due"), QStringLiteral("2025-09-01")}});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM agreement WHERE scope = 'county:shixing'").value(), 1);
        RecordStore measures(ws.db(), RecordKinds::get(RecordKind::AgreementMeasure));
        auto m = measures.create({{QStringLiteral("agreement_id"), id.value()},
                                  {QStringLiteral("taken_on"), QStringLiteral("2025-09-11")},
                                  {QStringLiteral("measure"), QStringLiteral("reminder")},
                                  {QStringLiteral("condition_no"), QStringLiteral("1")}});
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toString()));
        // A detail takes its agreement's scope.
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM agreement_measure WHERE scope = 'county:shixing'").value(), 1);
        // A measure outside the ladder is refused on its field.
        auto bad = measures.create({{QStringLiteral("agreement_id"), id.value()},
                                    {QStringLiteral("taken_on"), QStringLiteral("2025-09-12")},
                                    {QStringLiteral("measure"), QStringLiteral("shout")}});
        QVERIFY(!bad.ok());

        auto watch = AgreementWatchService(ws.db()).evaluate(QDate(2025, 10, 12));
        QVERIFY(watch.ok());
        QCOMPARE(watch->agreements, 1);
        QCOMPARE(watch->entries.size(), AgreementWatch::kConditions);
        const AgreementWatchService::Entry& first = watch->entries.first(); // the most severe first
        QCOMPARE(first.result.condition, 1);
        QCOMPARE(first.result.state, WatchState::Triggered);
        QCOMPARE(first.result.since, QDate(2025, 10, 12));
        QCOMPARE(first.company, c.name);
        QCOMPARE(first.region, QStringLiteral("始兴县"));
        const QJsonObject json = AgreementWatchService::toJson(first);
        QCOMPARE(json.value(QStringLiteral("agreement")).toString(), QStringLiteral("SX-2025-007"));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("triggered"));
        QCOMPARE(json.value(QStringLiteral("next_step")).toString(), QStringLiteral("interview"));
        QCOMPARE(json.value(QStringLiteral("next_step_name")).toString(), QStringLiteral("约谈"));
        QCOMPARE(watch->missingReports.size(), 1); // signed in March, nothing reported since
        QCOMPARE(watch->stages.size(), 1);
        QCOMPARE(watch->stages.first().lifecycle, AgreementWatch::Lifecycle::NotStarted);
        QCOMPARE(watch->kpis.size(), 2); // the county, then the city
        const AgreementWatchService::Kpi& city = watch->kpis.last();
        QVERIFY(city.region.isEmpty());
        QCOMPARE(city.agreements, 1);
        QCOMPARE(city.compliant, 0); // condition 1 triggered
        QCOMPARE(city.startDue, 1);
        QCOMPARE(city.started, 0);
        QCOMPARE(city.agreedWan, 15000.0);

        // On unlock: what became triggered or approaching since last time, once.
        AgreementWatchService service(ws.db());
        auto news = service.sinceLastTime(watch.value());
        ZS_VERIFY_OK(news);
        QCOMPARE(news->triggered, 1);
        auto again = service.sinceLastTime(watch.value());
        ZS_VERIFY_OK(again);
        QCOMPARE(again->triggered + again->approaching, 0);
    }
};

QTEST_GUILESS_MAIN(TestAgreementWatch)
#include "tst_agreementwatch.moc"
