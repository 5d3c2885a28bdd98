// Site matching (sites/SiteMatch), with rankings computed by hand from seeds/site_matching.json's weights: fatal
// misses (state, kind, a shortfall past its tolerance, a utility the project cannot do without, a price far over
// budget), shortfalls within tolerance at and past their edges, area over the maximum, unknown figures, ties,
// requirements with fields missing, land in 亩 and buildings in ㎡. Then over a workspace (SiteMatchService): the
// lead's requirement read back, counties by name, the demo inventory.
#include "WorkspaceFixture.h"

#include "desktop/core/demo/DemoData.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/io/RecordImport.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/core/sites/SiteMatch.h"
#include "desktop/core/sites/SiteMatchService.h"
#include "sync/store/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace zs;

namespace {

// A serviced parcel in 始兴's park (PCB is among its leading industries), fit for the PCB plant below.
SiteFacts parcel(const QString& name, double mu)
{
    SiteFacts s;
    s.id = name;
    s.name = name;
    s.kind = QStringLiteral("serviced-land");
    s.region = QStringLiteral("shixing");
    s.regionName = QStringLiteral("始兴县");
    s.park = QStringLiteral("shixing-park");
    s.parkName = QStringLiteral("始兴县产业转移工业园");
    s.parkIndustries = {QStringLiteral("pcb"), QStringLiteral("smt-assembly")};
    s.state = QStringLiteral("available");
    s.landMu = mu;
    s.power = 5000;
    s.water = 1200;
    s.price = 16.8;
    s.wastewater = true;
    return s;
}

// A PCB plant: 30–50 亩, 4,000 千伏安, 1,000 吨/日, wastewater treatment, 18 万元/亩, in 始兴县 or 翁源县.
SiteRequirement pcbPlant()
{
    SiteRequirement r;
    r.need = QStringLiteral("land");
    r.minArea = 30;
    r.maxArea = 50;
    r.power = 4000;
    r.water = 1000;
    r.wastewater = true;
    r.budget = 18;
    r.industry = QStringLiteral("pcb");
    r.industryName = QStringLiteral("印制电路板");
    r.counties = {QStringLiteral("shixing"), QStringLiteral("wengyuan")};
    r.countyNames = {QStringLiteral("始兴县"), QStringLiteral("翁源县")};
    return r;
}

const MatchSettings& settings()
{
    return MatchSettings::bundled();
}

bool says(const SiteMatchEntry& e, const QString& text)
{
    for (const QString& r : e.reasons)
        if (r.contains(text))
            return true;
    return false;
}

} // namespace

class TestSiteMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledSettings()
    {
        const MatchSettings& s = settings();
        QVERIFY(s.version >= 1);
        QCOMPARE(s.criterion(QStringLiteral("area")).weight, 30.0);
        QCOMPARE(s.criterion(QStringLiteral("power")).tolerance, 0.3);
        QVERIFY(s.criterion(QStringLiteral("wastewater")).fatal);
        QVERIFY(!s.criterion(QStringLiteral("heating")).fatal);
        QCOMPARE(s.openStates, (QStringList{QStringLiteral("idle"), QStringLiteral("available")}));
    }

    // Hand-computed: the PCB plant's weights are area 30, power 15, water 10, wastewater 8, price 10, positioning 10,
    // county 5 (88 in all; heating, floor load and height are not asked).
    void ranksByHand()
    {
        const SiteFacts a = parcel(QStringLiteral("A 全部满足"), 46);
        SiteFacts b = parcel(QStringLiteral("B 供电差四分之一"), 32);
        b.power = 3000; // 25 % short, within 30 %: 15 × (1 − 0.25 / 0.3) = 2.5 → (73 + 2.5) / 88 = 85.8
        SiteFacts c = parcel(QStringLiteral("C 翁源面积多两成"), 60);
        c.region = QStringLiteral("wengyuan");
        c.regionName = QStringLiteral("翁源县");
        c.park = QStringLiteral("wengyuan-park");
        c.parkName = QStringLiteral("翁源县产业园（翁源经济开发区）");
        c.parkIndustries = {QStringLiteral("coatings-resins")};
        c.price = 18; // on the budget: fits
        // 20 % over 50 亩: 30 × 0.8 = 24; not the park's industry: 0 of 10 → (88 − 6 − 10) / 88 = 81.8
        SiteFacts d = parcel(QStringLiteral("D 供水差七成"), 40);
        d.water = 300; // 70 % short: fatal
        d.power.reset();
        SiteFacts e = parcel(QStringLiteral("E 是厂房"), 40);
        e.kind = QStringLiteral("standard-factory");
        SiteFacts f = parcel(QStringLiteral("F 已出让"), 40);
        f.state = QStringLiteral("sold");
        f.stateName = QStringLiteral("已出让");
        SiteFacts g = parcel(QStringLiteral("G 无污水处理"), 40);
        g.wastewater = false;

        const QList<SiteMatchEntry> ranked = SiteMatch::rank(pcbPlant(), {g, f, e, d, c, b, a}, settings());
        QCOMPARE(ranked.size(), 7);
        QCOMPARE(ranked[0].siteName, a.name);
        QCOMPARE(ranked[0].score, 100.0);
        QCOMPARE(ranked[0].misses, 0);
        QCOMPARE(ranked[1].siteName, b.name);
        QCOMPARE(ranked[1].score, 85.8);
        QVERIFY(says(ranked[1], QStringLiteral("供电差 1,000 千伏安（需 4,000，现有 3,000）")));
        QCOMPARE(ranked[2].siteName, c.name);
        QCOMPARE(ranked[2].score, 81.8);
        QVERIFY(says(ranked[2], QStringLiteral("面积多 20%")));
        QVERIFY(says(ranked[2], QStringLiteral("印制电路板不在翁源县产业园（翁源经济开发区）的主导产业内")));
        QVERIFY(says(ranked[2], QStringLiteral("位于意向县区翁源县")));
        QVERIFY(ranked[2].basis.last().contains(QStringLiteral("= 81.8")));
        for (int i = 3; i < 7; ++i) {
            QVERIFY2(ranked[i].excluded, qPrintable(ranked[i].siteName));
            QCOMPARE(ranked[i].score, 0.0);
        }
        const auto find = [&](const QString& name) {
            return *std::find_if(ranked.cbegin(), ranked.cend(),
                                 [&](const SiteMatchEntry& x) { return x.siteName == name; });
        };
        QCOMPARE(find(d.name).reasons.first(), QStringLiteral("供水差 700 吨/日（需 1,000，现有 300）"));
        QVERIFY(says(find(d.name), QStringLiteral("未登记供电"))); // unknown is said, not fatal
        QCOMPARE(find(e.name).reasons.first(), QStringLiteral("这是厂房，项目需要用地"));
        QCOMPARE(find(f.name).reasons.first(), QStringLiteral("当前已出让，不可供"));
        QCOMPARE(find(g.name).reasons.first(), QStringLiteral("没有污水处理设施"));
    }

    // A shortfall at its tolerance costs the whole weight and keeps the site; a hair past it excludes.
    void toleranceEdges_data()
    {
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("mu");
        QTest::addColumn<bool>("excluded");
        QTest::addColumn<double>("score");
        QTest::newRow("power exactly enough") << 4000.0 << 40.0 << false << 100.0;
        QTest::newRow("power 30 % short") << 2800.0 << 40.0 << false << 83.0; // (88 − 15) / 88
        QTest::newRow("power 30.1 % short") << 2796.0 << 40.0 << true << 0.0;
        QTest::newRow("area at the minimum") << 4000.0 << 30.0 << false << 100.0;
        QTest::newRow("area 20 % short") << 4000.0 << 24.0 << false << 65.9; // (88 − 30) / 88
        QTest::newRow("area 20.8 % short") << 4000.0 << 23.75 << true << 0.0;
        QTest::newRow("area at the maximum") << 4000.0 << 50.0 << false << 100.0;
        QTest::newRow("area twice the maximum") << 4000.0 << 100.0 << false << 65.9; // over_max_zero 1.0
    }
    void toleranceEdges()
    {
        QFETCH(double, power);
        QFETCH(double, mu);
        QFETCH(bool, excluded);
        QFETCH(double, score);
        SiteFacts s = parcel(QStringLiteral("地块"), mu);
        s.power = power;
        const SiteMatchEntry e = SiteMatch::judge(pcbPlant(), s, settings());
        QCOMPARE(e.excluded, excluded);
        QCOMPARE(e.score, score);
    }

    void priceAgainstBudget()
    {
        SiteFacts s = parcel(QStringLiteral("地块"), 40);
        s.price = 27; // 50 % over 18: the whole price weight lost, still offered
        SiteMatchEntry e = SiteMatch::judge(pcbPlant(), s, settings());
        QVERIFY(!e.excluded);
        QCOMPARE(e.score, 88.6); // (88 − 10) / 88
        QVERIFY(says(e, QStringLiteral("价格超预算 50%（27 万元/亩，预算 18）")));
        s.price = 28; // 55.6 % over: excluded
        QVERIFY(SiteMatch::judge(pcbPlant(), s, settings()).excluded);
        s.price.reset(); // unknown: half the weight
        e = SiteMatch::judge(pcbPlant(), s, settings());
        QCOMPARE(e.score, 94.3); // (88 − 5) / 88
        QVERIFY(says(e, QStringLiteral("未登记租金或价格")));
    }

    // Buildings: areas in ㎡, floor load and clear height with no tolerance, heating a wish that is not fatal.
    void buildingsInSquareMetres()
    {
        SiteRequirement r;
        r.need = QStringLiteral("building");
        r.minArea = 5000;
        r.maxArea = 9000;
        r.floorLoad = 1.5;
        r.height = 6;
        r.heating = true;
        SiteFacts s = parcel(QStringLiteral("3 号标准厂房"), 0);
        s.kind = QStringLiteral("standard-factory");
        s.landMu.reset();
        s.floorSqm = 8600;
        s.floorLoad = 1.5;
        s.height = 6.5;
        SiteMatchEntry e = SiteMatch::judge(r, s, settings());
        QVERIFY(!e.excluded);
        QVERIFY(says(e, QStringLiteral("面积 8,600 ㎡，符合 5,000 至 9,000 ㎡")));
        QVERIFY(says(e, QStringLiteral("没有集中供热")));
        // area 30, floor load 4, height 4, heating 4 (0): 38 / 42
        QCOMPARE(e.score, 90.5);
        s.floorLoad = 1.4;
        e = SiteMatch::judge(r, s, settings());
        QVERIFY(e.excluded);
        QCOMPARE(e.reasons.first(), QStringLiteral("楼面荷载差 0.1 吨/㎡（需 1.5，现有 1.4）"));
    }

    // Only what the requirement says is judged; nothing said: every open site fits equally, by name.
    void missingRequirementFields()
    {
        SiteRequirement onlyCounty;
        onlyCounty.counties = {QStringLiteral("wengyuan")};
        onlyCounty.countyNames = {QStringLiteral("翁源县")};
        SiteFacts s = parcel(QStringLiteral("始兴地块"), 40);
        const SiteMatchEntry out = SiteMatch::judge(onlyCounty, s, settings());
        QVERIFY(!out.excluded);
        QCOMPARE(out.score, 0.0);
        QVERIFY(says(out, QStringLiteral("始兴县不在意向县区（翁源县）")));
        const QList<SiteMatchEntry> any = SiteMatch::rank(
            SiteRequirement{}, {parcel(QStringLiteral("乙"), 10), parcel(QStringLiteral("甲"), 90)}, settings());
        QCOMPARE(any[0].score, 100.0);
        QCOMPARE(any[1].score, 100.0);
        QCOMPARE(any[0].siteName,
                 QStringLiteral("乙") < QStringLiteral("甲") ? QStringLiteral("乙") : QStringLiteral("甲"));
    }

    // A site another project holds is not on offer (said with whom); the one this lead holds is its own.
    void reservedSites()
    {
        SiteRequirement r = pcbPlant();
        r.leadId = QStringLiteral("lead-1");
        SiteFacts s = parcel(QStringLiteral("始兴园区 A-07 地块"), 46);
        s.reservedFor = QStringLiteral("lead-2");
        s.reservation = QStringLiteral("鹏程储能电池项目（深圳组 陈晨，2026-12-01）");
        SiteMatchEntry e = SiteMatch::judge(r, s, settings());
        QVERIFY(e.excluded);
        QCOMPARE(e.reasons.first(), QStringLiteral("已预留给其他项目：鹏程储能电池项目（深圳组 陈晨，2026-12-01）"));
        s.reservedFor = r.leadId;
        e = SiteMatch::judge(r, s, settings());
        QVERIFY(!e.excluded && e.reservedHere);
        QCOMPARE(e.score, 100.0);
        QVERIFY(e.reasons.first().startsWith(QStringLiteral("已为本项目预留")));
    }

    // Equal scores: the one with fewer misses first, then by name.
    void ties()
    {
        SiteFacts partial = parcel(QStringLiteral("丙 价格未登记"), 40);
        partial.price.reset(); // 5 lost
        SiteFacts other = parcel(QStringLiteral("丁 供电略差"), 40);
        other.power = 3600; // 10 % short: 15 × (1 − 1/3) = 10 → 5 lost
        const SiteFacts full = parcel(QStringLiteral("戊"), 40);
        const QList<SiteMatchEntry> r = SiteMatch::rank(pcbPlant(), {partial, other, full}, settings());
        QCOMPARE(r[0].siteName, full.name);
        QCOMPARE(r[1].score, r[2].score);
        QCOMPARE(r[1].siteName, qMin(partial.name, other.name));
    }

    // The inventory's exchange file (the city's headers) imports back as the same sites; a bad row is named.
    void inventoryExportsAndImportsBack()
    {
        test::WorkspaceFixture from;
        ZS_VERIFY_OK(DemoData::sites(from.db()));
        const char* const dump =
            "SELECT name || '|' || kind || '|' || region || '|' || park || '|' || coalesce(land_mu, '') || '|' || "
            "coalesce(floor_sqm, '') || '|' || floors || '|' || coalesce(floor_load_t, '') || '|' || "
            "coalesce(clear_height_m, '') || '|' || coalesce(power_kva, '') || '|' || coalesce(water_tpd, '') || '|' "
            "|| "
            "wastewater || '|' || heating || '|' || coalesce(price, '') || '|' || state || '|' || owner || '|' || "
            "coalesce(idle_since, '') || '|' || location || '|' || land_use || '|' || revitalise || '|' || idle_reason "
            "FROM site ORDER BY name";
        const auto rows = [dump](Database& db) {
            QStringList out;
            auto stmt = db.prepare(dump);
            while (stmt.ok() && stmt->step().value())
                out << stmt->text(0);
            return out;
        };
        const QString csv = from.dir() + QStringLiteral("/sites.csv");
        RecordList list(from.db(), RecordKind::Site);
        ZS_VERIFY_OK(ListExporter::write(list, csv, ListExporter::Format::Csv));
        const QByteArray bytes = test::readAll(csv);
        QVERIFY(
            bytes.contains("名称,类型,园区,县区,用地面积（亩）,建筑面积（㎡）,层数,楼面荷载（吨/㎡）,层高（米）,"
                           "供电容量（千伏安）,供水（吨/日）,污水处理,集中供热,租金或价格,状态,权属企业,闲置起始日期"));
        test::WorkspaceFixture to;
        auto preview = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::Site), bytes);
        ZS_VERIFY_OK(preview);
        QVERIFY(preview->problems.isEmpty());
        ZS_VERIFY_OK(RecordImport::commit(to.db(), preview.value()));
        QCOMPARE(rows(to.db()), rows(from.db()));
        const QByteArray bad = QStringLiteral("名称,类型,县区,用地面积（亩）,状态\n"
                                              "新地块,熟地,始兴县,30,可供\n"
                                              "怪地块,飞地,始兴县,30,可供\n"
                                              "远地块,熟地,广州市,三十,可供\n")
                                   .toUtf8();
        auto checked = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::Site), bad);
        ZS_VERIFY_OK(checked);
        QCOMPARE(checked->records.size(), 1);
        QCOMPARE(checked->problems.size(), 3); // 类型, 县区, 用地面积
        QCOMPARE(checked->problems.first().line, 3);
        QCOMPARE(checked->problems.first().column, QStringLiteral("类型"));
    }

    // A lead's site requirements export with the headers and import back onto the same-titled leads.
    void requirementsExportAndImportBack()
    {
        test::WorkspaceFixture from;
        test::WorkspaceFixture to;
        for (Database* db : {&from.db(), &to.db()}) {
            Company c;
            c.name = QStringLiteral("深圳市华讯电路科技有限公司");
            ZS_VERIFY_OK(CompanyRepository(*db).create(c));
            Lead l;
            l.companyId = c.id;
            l.title = QStringLiteral("华讯 PCB 扩产项目");
            l.industry = QStringLiteral("pcb");
            ZS_VERIFY_OK(LeadRepository(*db).create(l));
            if (db == &from.db())
                ZS_VERIFY_OK(RecordStore(*db, RecordKinds::get(RecordKind::SiteRequirement))
                                 .create({{QStringLiteral("lead_id"), l.id},
                                          {QStringLiteral("need"), QStringLiteral("building")},
                                          {QStringLiteral("min_area"), 5000},
                                          {QStringLiteral("max_area"), 9000},
                                          {QStringLiteral("power_kva"), 1000},
                                          {QStringLiteral("floor_load_t"), 1.5},
                                          {QStringLiteral("clear_height_m"), 6},
                                          {QStringLiteral("wastewater"), true},
                                          {QStringLiteral("budget"), 12},
                                          {QStringLiteral("counties"), QStringLiteral("始兴县、翁源县")},
                                          {QStringLiteral("needed_by"), QStringLiteral("2027-04-01")}}));
        }
        const char* const dump =
            "SELECT l.title || '|' || q.need || '|' || q.min_area || '|' || q.max_area || '|' || q.power_kva || '|' || "
            "q.floor_load_t || '|' || q.clear_height_m || '|' || q.wastewater || '|' || q.heating || '|' || q.budget "
            "|| "
            "'|' || q.counties || '|' || q.needed_by FROM site_requirement q JOIN lead l ON l.id = q.lead_id";
        const auto rows = [dump](Database& db) {
            QStringList out;
            auto stmt = db.prepare(dump);
            while (stmt.ok() && stmt->step().value())
                out << stmt->text(0);
            return out;
        };
        const QString csv = from.dir() + QStringLiteral("/requirements.csv");
        RecordList list(from.db(), RecordKind::SiteRequirement);
        ZS_VERIFY_OK(ListExporter::write(list, csv, ListExporter::Format::Csv));
        const QByteArray bytes = test::readAll(csv);
        QVERIFY(bytes.contains("项目名称,需求类型,最小面积,最大面积,供电需求（千伏安）,用水需求（吨/日）,需要污水处理,"
                               "需要集中供热,楼面荷载需求（吨/㎡）,层高需求（米）,预算,意向县区,需要时间"));
        auto preview = RecordImport::preview(to.db(), RecordKinds::get(RecordKind::SiteRequirement), bytes);
        ZS_VERIFY_OK(preview);
        QVERIFY(preview->problems.isEmpty());
        ZS_VERIFY_OK(RecordImport::commit(to.db(), preview.value()));
        QCOMPARE(rows(to.db()), rows(from.db()));
        QCOMPARE(rows(to.db()).size(), 1);
    }

    // The inventory list's declared code filters, alone and together.
    void listFiltersByCode()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::sites(ws.db()));
        RecordList list(ws.db(), RecordKind::Site);
        const auto count = [&](const QMap<QString, QString>& codes) {
            ListFilter f;
            f.codes = codes;
            list.setFilter(f);
            return list.count().value();
        };
        QCOMPARE(count({}), ws.db().scalar("SELECT count(*) FROM site").value());
        QCOMPARE(count({{QStringLiteral("region"), QStringLiteral("shixing")}}),
                 ws.db().scalar("SELECT count(*) FROM site WHERE region = 'shixing'").value());
        QCOMPARE(count({{QStringLiteral("region"), QStringLiteral("shixing")},
                        {QStringLiteral("kind"), QStringLiteral("serviced-land")}}),
                 2);
        QCOMPARE(count({{QStringLiteral("state"), QStringLiteral("idle")}}),
                 ws.db().scalar("SELECT count(*) FROM site WHERE state = 'idle'").value());
        // Read a page, as the list does.
        ListFilter f;
        f.codes = {{QStringLiteral("region"), QStringLiteral("shixing")}};
        list.setFilter(f);
        auto page = list.fetch(std::nullopt, 100);
        ZS_VERIFY_OK(page);
        QCOMPARE(page->size(), 4);
    }

    // Over a workspace: the demo inventory, a lead's requirement with its counties by name.
    void matchesALeadInAWorkspace()
    {
        test::WorkspaceFixture ws;
        ZS_VERIFY_OK(DemoData::sites(ws.db()));
        Company c;
        c.name = QStringLiteral("深圳市华讯电路科技有限公司");
        ZS_VERIFY_OK(CompanyRepository(ws.db()).create(c));
        auto lead = RecordStore(ws.db(), RecordKinds::get(RecordKind::Lead))
                        .create({{QStringLiteral("company_id"), c.id},
                                 {QStringLiteral("title"), QStringLiteral("华讯 PCB 扩产项目")},
                                 {QStringLiteral("industry"), QStringLiteral("pcb")},
                                 {QStringLiteral("stage"), QStringLiteral("negotiation")}});
        ZS_VERIFY_OK(lead);
        SiteMatchService service(ws.db());
        auto none = service.match(QStringLiteral("华讯 PCB 扩产项目"));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("还没有选址需求")));
        ZS_VERIFY_OK(RecordStore(ws.db(), RecordKinds::get(RecordKind::SiteRequirement))
                         .create({{QStringLiteral("lead_id"), lead.value()},
                                  {QStringLiteral("need"), QStringLiteral("land")},
                                  {QStringLiteral("min_area"), 30},
                                  {QStringLiteral("max_area"), 50},
                                  {QStringLiteral("power_kva"), 4000},
                                  {QStringLiteral("water_tpd"), 1000},
                                  {QStringLiteral("wastewater"), true},
                                  {QStringLiteral("budget"), 18},
                                  {QStringLiteral("counties"), QStringLiteral("始兴县、翁源")}}));
        auto m = service.match(QStringLiteral("华讯 PCB 扩产项目"));
        ZS_VERIFY_OK(m);
        QCOMPARE(m->need.counties, (QStringList{QStringLiteral("shixing"), QStringLiteral("wengyuan")}));
        QCOMPARE(m->need.industryName, QStringLiteral("印制电路板（PCB）"));
        QCOMPARE(m->entries.size(), ws.db().scalar("SELECT count(*) FROM site").value());
        // 始兴's two PCB parcels meet everything (by name on a tie); 翁源's parcel is over the area and outside PCB.
        QCOMPARE(m->entries[0].siteName, QStringLiteral("始兴园区 A-07 地块"));
        QCOMPARE(m->entries[0].score, 100.0);
        QCOMPARE(m->entries[1].siteName, QStringLiteral("始兴园区 PCB 配套地块"));
        QCOMPARE(m->entries[1].score, 100.0);
        QCOMPARE(m->entries[2].siteName, QStringLiteral("翁源经开区 B-12 地块"));
        QVERIFY(m->entries[2].score < 100);
        // Buildings and sites not on offer are excluded, with the reason.
        for (const SiteMatchEntry& e : m->entries)
            if (e.siteName == QStringLiteral("仁化董塘绿色工业园地块"))
                QCOMPARE(e.reasons.first(), QStringLiteral("当前已出让，不可供"));
        const QJsonObject json = SiteMatchService::toJson(m->entries[0]);
        QCOMPARE(json.value(QStringLiteral("site")).toString(), QStringLiteral("始兴园区 A-07 地块"));
        QCOMPARE(json.value(QStringLiteral("excluded")).toBool(), false);
        QVERIFY(json.value(QStringLiteral("reasons")).toArray().size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestSiteMatch)
#include "tst_sitematch.moc"
