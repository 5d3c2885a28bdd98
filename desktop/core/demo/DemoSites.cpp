// The city's site inventory for the demo (policy paper 二(二)(三) 盘活闲置土地和厂房): idle land, serviced land, idle
// and standard factory buildings in the parks of the three districts and seven counties, with the figures a project
// asks about, made on an HQ laptop (sites are city-wide); and site requirements for a team's leads, so that matching
// shows ranked sites with reasons at first launch.
#include "desktop/core/demo/DemoData.h"

#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/pipeline/LeadRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace zs {

namespace {
struct Site
{
    const char* name;
    const char* kind; // site_kind
    const char* region;
    const char* park;
    const char* location;
    double area; // 亩 for land, ㎡ for buildings
    int floors;
    double floorLoad; // 吨/㎡ (buildings; 0: not recorded)
    double height;    // 米 (buildings)
    double power;     // 千伏安 (0: not recorded)
    double water;     // 吨/日
    bool wastewater;
    bool heating;
    double price; // land 万元/亩, buildings 元/㎡·月
    const char* state;
    const char* owner;
    int idleDays; // idle since, days before today (0: not idle)
    const char* reason;
    const char* revitalise;
};

// Land: 万元/亩 as Guangdong's northern counties list industrial land; buildings: 元/㎡·月 as their standard
// factories let. Areas, power and water agree with what such parks supply.
const Site kSites[] = {
    {"始兴园区 A-07 地块", "serviced-land", "shixing", "shixing-park", "园区兴业大道北侧，紧邻 220 千伏马市变电站", 46,
     0, 0, 0, 5000, 1200, true, false, 16.8, "available", "", 0, "", ""},
    {"始兴园区 PCB 配套地块", "serviced-land", "shixing", "shixing-park", "园区污水处理厂东侧，电镀废水专管已接入", 32,
     0, 0, 0, 4000, 1500, true, false, 17.5, "available", "", 0, "", ""},
    {"始兴县太平镇原陶瓷厂闲置用地", "idle-land", "shixing", "", "太平镇工业区 323 国道旁", 58, 0, 0, 0, 0, 300, false,
     false, 12.0, "idle", "始兴县华盛陶瓷有限公司", 1400, "企业停产，土地闲置三年以上", "lease"},
    {"始兴园区 3 号标准厂房", "standard-factory", "shixing", "shixing-park", "园区标准厂房区 3 栋", 8600, 4, 1.5, 6.5,
     1250, 200, true, false, 11.0, "available", "始兴县产业园投资有限公司", 0, "", "standard-factory"},
    {"翁源经开区 B-12 地块", "serviced-land", "wengyuan", "wengyuan-park", "经开区化工片区，园区集中供热管网覆盖", 60,
     0, 0, 0, 6300, 2500, true, true, 18.0, "available", "", 0, "", ""},
    {"翁源县官渡镇闲置厂房", "idle-factory", "wengyuan", "", "官渡镇工业集聚点", 5200, 1, 3.0, 9.0, 630, 120, false,
     false, 8.5, "idle", "翁源县宏达五金制品有限公司", 800, "订单转移后停产，业主愿意出租", "lease"},
    {"乳源高新区铝箔产业地块", "serviced-land", "ruyuan", "ruyuan-hitech", "高新区电子材料片区，双回路供电", 85, 0, 0,
     0, 12500, 5000, true, false, 19.5, "available", "", 0, "", ""},
    {"乳源高新区 6 号标准厂房", "standard-factory", "ruyuan", "ruyuan-hitech", "高新区标准厂房 6 栋", 12000, 3, 2.0,
     8.0, 2000, 400, true, false, 12.5, "reserved", "乳源县产业投资有限公司", 0, "", "standard-factory"},
    {"华南装备园 C-03 地块", "serviced-land", "qujiang", "huanan-equipment", "装备园铸锻片区", 120, 0, 0, 0, 8000, 1800,
     true, false, 22.0, "available", "", 0, "", ""},
    {"华南装备园 2 号标准厂房", "standard-factory", "qujiang", "huanan-equipment", "装备园标准厂房 2 栋（单层大跨）",
     15000, 1, 5.0, 12.0, 2500, 300, true, false, 13.0, "available", "韶关华南装备产业园投资公司", 0, "",
     "standard-factory"},
    {"曲江白土原建材厂闲置厂房", "idle-factory", "qujiang", "qujiang-edz", "白土镇韶钢路段", 9800, 2, 2.0, 8.5, 1600,
     250, false, false, 7.0, "idle", "韶关市曲江区建材有限公司", 1100, "产能退出后厂房空置", "lease"},
    {"莞韶城 D-05 地块", "serviced-land", "wujiang", "guanshao-city", "莞韶城片区数字产业孵化区", 38, 0, 0, 0, 3150,
     600, true, false, 24.0, "available", "", 0, "", ""},
    {"莞韶城智能终端标准厂房", "standard-factory", "wujiang", "guanshao-city", "莞韶城片区标准厂房 11 栋", 7200, 5, 1.2,
     5.5, 1000, 150, true, false, 14.0, "leased", "韶关莞韶产业投资有限公司", 0, "", "standard-factory"},
    {"浈江产业园数据中心配套地块", "serviced-land", "zhenjiang", "zhenjiang-park", "浈江产业园数据中心集群起步区", 70,
     0, 0, 0, 40000, 3000, true, false, 26.0, "available", "", 0, "", ""},
    {"新丰马头园 A 地块", "serviced-land", "xinfeng", "xinfeng-park", "马头园汽车检测片区", 150, 0, 0, 0, 5000, 1000,
     true, false, 15.0, "available", "", 0, "", ""},
    {"新丰回龙镇闲置用地", "idle-land", "xinfeng", "", "回龙镇工业区", 40, 0, 0, 0, 0, 0, false, false, 11.0, "idle",
     "新丰县恒通木业有限公司", 900, "原项目资金链断裂，未动工", "none"},
    {"南雄高新区涂料配套地块", "serviced-land", "nanxiong", "nanxiong-hitech", "精细化工片区，危化品仓储配套", 55, 0, 0,
     0, 4000, 2000, true, true, 15.5, "available", "", 0, "", ""},
    {"乐昌产业园 5 号标准厂房", "standard-factory", "lechang", "lechang-park", "产业园标准厂房 5 栋", 10500, 4, 1.0,
     5.0, 800, 200, true, false, 9.0, "available", "乐昌市产业园发展有限公司", 0, "", "standard-factory"},
    {"乐昌廊田镇闲置纺织厂房", "idle-factory", "lechang", "", "廊田镇 248 省道旁", 6300, 2, 1.0, 6.0, 500, 100, false,
     false, 6.0, "idle", "乐昌市锦华纺织有限公司", 600, "企业搬迁后厂房闲置", "lease"},
    {"仁化董塘绿色工业园地块", "serviced-land", "renhua", "renhua-park", "董塘凡口绿色工业园区", 90, 0, 0, 0, 10000,
     4000, true, false, 13.5, "sold", "", 0, "", ""},
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<int> DemoData::sites(Database& db, const Clock& clock)
{
    ZS_TRY_ASSIGN(const qint64 existing, db.scalar("SELECT count(*) FROM site WHERE deleted = 0"));
    if (existing > 0)
        return 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.wallMs()).date();
    RecordStore store(db, RecordKinds::get(RecordKind::Site), clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    int made = 0;
    for (const Site& s : kSites) {
        const bool land = QByteArray(s.kind).endsWith("land");
        RecordStore::Values v{
            {QStringLiteral("name"), QString::fromUtf8(s.name)},
            {QStringLiteral("kind"), QString::fromLatin1(s.kind)},
            {QStringLiteral("region"), QString::fromLatin1(s.region)},
            {QStringLiteral("park"), QString::fromLatin1(s.park)},
            {QStringLiteral("location"), QString::fromUtf8(s.location)},
            {land ? QStringLiteral("land_mu") : QStringLiteral("floor_sqm"), s.area},
            {QStringLiteral("wastewater"), s.wastewater},
            {QStringLiteral("heating"), s.heating},
            {QStringLiteral("land_use"), land ? QStringLiteral("工业用地（M2）") : QStringLiteral("工业用地（M1）")},
            {QStringLiteral("price"), s.price},
            {QStringLiteral("state"), QString::fromLatin1(s.state)},
            {QStringLiteral("owner"), QString::fromUtf8(s.owner)},
            {QStringLiteral("idle_reason"), QString::fromUtf8(s.reason)},
            {QStringLiteral("revitalise"), QString::fromLatin1(s.revitalise)}};
        if (!land) {
            v.insert(QStringLiteral("floors"), s.floors);
            v.insert(QStringLiteral("floor_load_t"), s.floorLoad);
            v.insert(QStringLiteral("clear_height_m"), s.height);
        }
        if (s.power > 0)
            v.insert(QStringLiteral("power_kva"), s.power);
        if (s.water > 0)
            v.insert(QStringLiteral("water_tpd"), s.water);
        if (s.idleDays > 0)
            v.insert(QStringLiteral("idle_since"), iso(today.addDays(-s.idleDays)));
        ZS_TRY(store.create(v));
        ++made;
    }
    ZS_TRY(tx.commit());
    return made;
}

Result<int> DemoData::siteRequirements(Database& db, const Clock& clock)
{
    ZS_TRY_ASSIGN(const qint64 existing, db.scalar("SELECT count(*) FROM site_requirement WHERE deleted = 0"));
    if (existing > 0)
        return 0;
    // The team's leads still being worked on, with the land they plan and the counties whose parks lead in their
    // industry (what the officer would write as preferred).
    ZS_TRY_ASSIGN(auto leads,
                  db.prepare("SELECT l.id, l.land_mu, l.industry, (SELECT group_concat(r.name, '、') FROM "
                             "ref_park p JOIN ref_region r ON r.code = p.region WHERE ',' || p.industries "
                             "|| ',' LIKE '%,' || l.industry || ',%') AS counties FROM lead l WHERE "
                             "l.deleted = 0 AND l.land_mu BETWEEN 15 AND 70 AND l.stage IN ('lead', 'contact', "
                             "'inspection', 'negotiation') AND counties IS NOT NULL ORDER BY l.land_mu <= 40 DESC, "
                             "l.title, l.id"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.wallMs()).date();
    RecordStore store(db, RecordKinds::get(RecordKind::SiteRequirement), clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    int land = 0;
    bool building = false;
    for (;;) {
        ZS_TRY_ASSIGN(const bool row, leads.step());
        if (!row || (land == 3 && building))
            break;
        const double mu = leads.real(1);
        const QString industry = leads.text(2);
        const bool chemical = industry.contains(QLatin1String("chem")) || industry.contains(QLatin1String("coating")) ||
                              industry.contains(QLatin1String("resin"));
        RecordStore::Values v{{QStringLiteral("lead_id"), leads.text(0)},
                              {QStringLiteral("counties"), leads.text(3)},
                              {QStringLiteral("heating"), chemical}};
        if (!building && mu <= 40) {
            // A small project: a standard factory first, 250–400 ㎡ of floor per planned 亩.
            building = true;
            v.insert({{QStringLiteral("need"), QStringLiteral("building")},
                      {QStringLiteral("min_area"), std::round(mu * 250 / 100) * 100},
                      {QStringLiteral("max_area"), std::round(mu * 400 / 100) * 100},
                      {QStringLiteral("power_kva"), std::round(mu * 50 / 50) * 50},
                      {QStringLiteral("water_tpd"), std::round(mu * 8)},
                      {QStringLiteral("floor_load_t"), 1.5},
                      {QStringLiteral("clear_height_m"), 6.0},
                      {QStringLiteral("budget"), 12.0},
                      {QStringLiteral("needed_by"), iso(today.addDays(120))},
                      {QStringLiteral("notes"),
                       QStringLiteral("首期租用标准厂房过渡，计划用地 %1 亩的二期再拿地").arg(mu)}});
        } else if (land < 3) {
            // Land as planned, ±20 %; about 80 千伏安 and 20 吨/日 a 亩, as manufacturing plants in the parks draw.
            ++land;
            v.insert({{QStringLiteral("need"), QStringLiteral("land")},
                      {QStringLiteral("min_area"), std::round(mu * 0.8)},
                      {QStringLiteral("max_area"), std::round(mu * 1.2)},
                      {QStringLiteral("power_kva"), std::round(mu * 80 / 50) * 50},
                      {QStringLiteral("water_tpd"), std::round(mu * 20)},
                      {QStringLiteral("wastewater"), chemical || land % 2 == 1},
                      {QStringLiteral("budget"), 20.0},
                      {QStringLiteral("needed_by"), iso(today.addDays(180 + 60 * land))},
                      {QStringLiteral("notes"), QStringLiteral("按项目计划用地 %1 亩测算").arg(mu)}});
        } else {
            continue;
        }
        ZS_TRY(store.create(v));
    }
    ZS_TRY(tx.commit());
    return land + (building ? 1 : 0);
}

// The paper's example of a chain (三(一)(三)): the Pearl River Delta's electronic terminals driving 始兴's PCB. Two
// local PCB makers in the directory (始兴 and 韶关), and two terminal makers in Shenzhen and Dongguan as the team's
// leads: on the chain map, 电子元器件与电路板 reads 已覆盖 and 电子信息终端 reads 薄弱 (only leads).
Result<int> DemoData::chainExample(Database& db, const Clock& clock)
{
    ZS_TRY_ASSIGN(const qint64 existing,
                  db.scalar("SELECT count(*) FROM company WHERE name = '始兴县精诚电路有限公司' AND deleted = 0"));
    if (existing > 0)
        return 0;
    CompanyRepository companies(db, clock);
    LeadRepository leads(db, clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    struct Maker
    {
        const char16_t* name;
        const char16_t* city;
        const char* industry;
        const char16_t* lead; // the team's lead for it, if any
        double mu;
    };
    const Maker makers[] = {
        {u"始兴县精诚电路有限公司", u"韶关始兴", "pcb", nullptr, 0},
        {u"韶关市华立电路板有限公司", u"韶关", "pcb", nullptr, 0},
        {u"深圳市智联终端科技有限公司", u"深圳", "smart-terminals", u"智能终端华南生产基地项目", 80},
        {u"东莞市云视消费电子有限公司", u"东莞", "consumer-electronics", u"消费电子整机配套项目", 45},
    };
    int made = 0;
    for (const Maker& m : makers) {
        Company c;
        c.name = QString::fromUtf16(m.name);
        c.hqCity = QString::fromUtf16(m.city);
        c.industry = QString::fromLatin1(m.industry);
        c.source = QStringLiteral("驻点走访");
        ZS_TRY_ASSIGN(const QString id, companies.create(c));
        ++made;
        if (!m.lead)
            continue;
        Lead l;
        l.companyId = id;
        l.title = QString::fromUtf16(m.lead);
        l.industry = c.industry;
        l.landMu = m.mu;
        l.targetRegion = QStringLiteral("shixing");
        l.targetPark = QStringLiteral("shixing-park");
        ZS_TRY(leads.create(l));
    }
    ZS_TRY(tx.commit());
    return made;
}

} // namespace zs
