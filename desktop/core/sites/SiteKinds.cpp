// Where a company can go (policy paper 二(二)(三) 盘活闲置土地和厂房, 三(一)(三)): the city's site inventory — idle
// land, serviced land (熟地), idle and standard factory buildings, with what a project asks of a site (area, power,
// water, wastewater treatment, central heating, floor load, clear height, price) — and a lead's site requirement, the
// question the matching (sites/SiteMatch) answers. Sites are city-wide, kept by HQ and the counties' specialists;
// a requirement follows its lead (its team's scope).
#include "desktop/core/agreements/AgreementKindSupport.h"

// For which project and by whom a site is reserved ("华讯 PCB 扩产项目（广州组 李敏，2026-12-08）"), '' when it is not.
#define ZS_RESERVED(site)                                                                                              \
    "coalesce((SELECT r.project || '（' || r.holder || '，' || coalesce(r.reserved_on, '') || '）' FROM "           \
    "site_reservation r WHERE r.site_id = " site " AND r.deleted = 0 ORDER BY r.created_at LIMIT 1), '')"

namespace zs {

KindDecl RecordKinds::siteKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Site;
    k.key = "site";
    k.plural = "sites";
    k.label = QT_TR_NOOP("用地厂房");
    k.shortLabel = QT_TR_NOOP("载体");
    k.createLabel = QT_TR_NOOP("登记用地厂房");
    k.names = {"用地厂房", "载体", "闲置用地厂房"};
    k.titleColumn = "name";
    k.scope = "city";
    k.search = {"x.name, concat_ws(' ', x.location, x.owner, x.land_use, x.idle_reason, x.notes, (SELECT name FROM "
                "ref_park WHERE code = x.park)) FROM site x",
                true,
                "SELECT s.id, coalesce(r.name, s.region) || ' · ' || " ZS_VOCABULARY(
                    "site_kind", "s.kind") " FROM site s LEFT JOIN ref_region r ON r.code = s.region WHERE s.rid = ?1"};
    k.fields = {
        {"name", QT_TR_NOOP("名称"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：始兴园区 3 号标准厂房")},
        {"kind", QT_TR_NOOP("类型"), T::Code, nullptr, "site_kind", true},
        {"region", QT_TR_NOOP("县（市、区）"), T::Code, nullptr, "ref_region", true},
        {"park", QT_TR_NOOP("园区"), T::Code, nullptr, "ref_park"},
        {"location", QT_TR_NOOP("位置"), T::Text, nullptr, nullptr, false,
         QT_TR_NOOP("如：园区大道与兴业路交汇处东北角")},
        {"latitude", QT_TR_NOOP("纬度"), T::Real},
        {"longitude", QT_TR_NOOP("经度"), T::Real},
        {"land_mu", QT_TR_NOOP("用地面积"), T::Real, QT_TR_NOOP("亩")},
        {"floor_sqm", QT_TR_NOOP("建筑面积"), T::Real, QT_TR_NOOP("㎡")},
        {"floors", QT_TR_NOOP("层数"), T::Integer},
        {"floor_load_t", QT_TR_NOOP("楼面荷载"), T::Real, QT_TR_NOOP("吨/㎡")},
        {"clear_height_m", QT_TR_NOOP("层高"), T::Real, QT_TR_NOOP("米")},
        {"power_kva", QT_TR_NOOP("供电容量"), T::Real, QT_TR_NOOP("千伏安")},
        {"water_tpd", QT_TR_NOOP("供水能力"), T::Real, QT_TR_NOOP("吨/日")},
        {"wastewater", QT_TR_NOOP("污水处理"), T::Bool},
        {"heating", QT_TR_NOOP("集中供热"), T::Bool},
        {"land_use", QT_TR_NOOP("用地性质"), T::Text, nullptr, nullptr, false, QT_TR_NOOP("如：工业用地（M2）")},
        {"price", QT_TR_NOOP("租金或价格"), T::Real, nullptr, nullptr, false,
         QT_TR_NOOP("用地：万元/亩；厂房：元/㎡·月")},
        {"state", QT_TR_NOOP("状态"), T::Code, nullptr, "site_state", true},
        {"owner", QT_TR_NOOP("权属企业"), T::Text},
        {"idle_since", QT_TR_NOOP("闲置起始日期"), T::Date},
        {"idle_reason", QT_TR_NOOP("闲置原因"), T::LongText},
        {"revitalise", QT_TR_NOOP("盘活方式"), T::Code, nullptr, "revitalise"},
        {"notes", QT_TR_NOOP("备注"), T::LongText},
        created(),
        updated()};
    k.list.from = "site s";
    k.list.dateColumn = "date(s.updated_at / 1000, 'unixepoch', 'localtime')";
    k.list.columns = {
        {"name", QT_TRANSLATE_NOOP("zs::RecordList", "名称"), "s.name"},
        {"kind", QT_TRANSLATE_NOOP("zs::RecordList", "类型"), ZS_VOCABULARY("site_kind", "s.kind")},
        {"region", QT_TRANSLATE_NOOP("zs::RecordList", "县（市、区）"),
         "coalesce(" ZS_NAME("ref_region", "s.region") ", s.region)"},
        {"park", QT_TRANSLATE_NOOP("zs::RecordList", "园区"), "coalesce(" ZS_NAME("ref_park", "s.park") ", '')"},
        {"land", QT_TRANSLATE_NOOP("zs::RecordList", "用地（亩）"), "coalesce(s.land_mu, -1)", ColumnType::Mu},
        {"floor", QT_TRANSLATE_NOOP("zs::RecordList", "建筑面积（㎡）"), "coalesce(s.floor_sqm, -1)", ColumnType::Mu},
        {"power", QT_TRANSLATE_NOOP("zs::RecordList", "供电（千伏安）"), "coalesce(s.power_kva, -1)", ColumnType::Mu},
        {"wastewater", QT_TRANSLATE_NOOP("zs::RecordList", "污水处理"), "s.wastewater", ColumnType::Flag},
        {"price", QT_TRANSLATE_NOOP("zs::RecordList", "租金或价格"), "coalesce(s.price, -1)", ColumnType::Mu},
        {"state", QT_TRANSLATE_NOOP("zs::RecordList", "状态"), ZS_VOCABULARY("site_state", "s.state")},
        {"reserved", QT_TRANSLATE_NOOP("zs::RecordList", "预留情况"), ZS_RESERVED("s.id")},
        {"idle_since", QT_TRANSLATE_NOOP("zs::RecordList", "闲置起始"), "coalesce(s.idle_since, '')", ColumnType::Date},
    };
    k.list.sortColumn = 0;
    k.list.order = Qt::AscendingOrder;
    k.list.wideColumn = 0;
    k.list.codes = {{"region", "s.region", "ref_region", QT_TRANSLATE_NOOP("zs::RecordList", "全部县区")},
                    {"kind", "s.kind", "site_kind", QT_TRANSLATE_NOOP("zs::RecordList", "全部类型")},
                    {"state", "s.state", "site_state", QT_TRANSLATE_NOOP("zs::RecordList", "全部状态")}};
    // The headers of the city's inventory files (issue 16).
    k.exchange = {
        {"name", {"名称"}, true, "s.name"},
        {"kind", {"类型"}, true, ZS_VOCABULARY("site_kind", "s.kind")},
        {"park", {"园区"}, false, "coalesce(" ZS_NAME("ref_park", "s.park") ", '')"},
        {"region", {"县区", "县（市、区）"}, true, "coalesce(" ZS_NAME("ref_region", "s.region") ", s.region)"},
        {"land_mu", {"用地面积（亩）"}, false, "coalesce(s.land_mu, '')"},
        {"floor_sqm", {"建筑面积（㎡）"}, false, "coalesce(s.floor_sqm, '')"},
        {"floors", {"层数"}, false, "CASE WHEN s.floors > 0 THEN s.floors ELSE '' END"},
        {"floor_load_t", {"楼面荷载（吨/㎡）"}, false, "coalesce(s.floor_load_t, '')"},
        {"clear_height_m", {"层高（米）"}, false, "coalesce(s.clear_height_m, '')"},
        {"power_kva", {"供电容量（千伏安）"}, false, "coalesce(s.power_kva, '')"},
        {"water_tpd", {"供水（吨/日）"}, false, "coalesce(s.water_tpd, '')"},
        {"wastewater", {"污水处理"}, false, "CASE s.wastewater WHEN 1 THEN '是' ELSE '否' END"},
        {"heating", {"集中供热"}, false, "CASE s.heating WHEN 1 THEN '是' ELSE '否' END"},
        {"price", {"租金或价格"}, false, "coalesce(s.price, '')"},
        {"state", {"状态"}, true, ZS_VOCABULARY("site_state", "s.state")},
        {"owner", {"权属企业"}, false, "s.owner"},
        {"idle_since", {"闲置起始日期"}, false, "coalesce(s.idle_since, '')"},
        {"location", {"位置"}, false, "s.location"},
        {"land_use", {"用地性质"}, false, "s.land_use"},
        {"revitalise", {"盘活方式"}, false, ZS_VOCABULARY("revitalise", "s.revitalise")},
        {"idle_reason", {"闲置原因"}, false, "s.idle_reason"},
        {"notes", {"备注"}, false, "s.notes"},
        // Export only (no field of that name: import skips it): for which project and by whom it is reserved.
        {"reserved", {"预留情况"}, false, ZS_RESERVED("s.id")},
    };
    return k;
}

// A lead's site requirement: what the project needs of land or a building. Areas are 亩 for land and ㎡ for
// buildings; the budget is what the price is compared with (land 万元/亩, buildings 元/㎡·月).
KindDecl RecordKinds::siteRequirementKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::SiteRequirement;
    k.key = "site_requirement";
    k.plural = "site-requirements";
    k.label = QT_TR_NOOP("选址需求");
    k.createLabel = QT_TR_NOOP("登记选址需求");
    k.names = {"选址需求"};
    k.scope = "of:lead_id";
    k.titleExpression = "l.title";
    k.activity = false;
    k.fields = {
        {"lead_id", QT_TR_NOOP("项目线索"), T::Ref, nullptr, "lead", true},
        {"need", QT_TR_NOOP("需求类型"), T::Code, nullptr, "site_need", true},
        {"min_area", QT_TR_NOOP("最小面积"), T::Real, nullptr, nullptr, false, QT_TR_NOOP("用地按亩，厂房按平方米")},
        {"max_area", QT_TR_NOOP("最大面积"), T::Real, nullptr, nullptr, false, QT_TR_NOOP("用地按亩，厂房按平方米")},
        {"power_kva", QT_TR_NOOP("供电需求"), T::Real, QT_TR_NOOP("千伏安")},
        {"water_tpd", QT_TR_NOOP("用水需求"), T::Real, QT_TR_NOOP("吨/日")},
        {"wastewater", QT_TR_NOOP("需要污水处理"), T::Bool},
        {"heating", QT_TR_NOOP("需要集中供热"), T::Bool},
        {"floor_load_t", QT_TR_NOOP("楼面荷载需求"), T::Real, QT_TR_NOOP("吨/㎡")},
        {"clear_height_m", QT_TR_NOOP("层高需求"), T::Real, QT_TR_NOOP("米")},
        {"budget", QT_TR_NOOP("预算"), T::Real, nullptr, nullptr, false, QT_TR_NOOP("用地：万元/亩；厂房：元/㎡·月")},
        {"counties", QT_TR_NOOP("意向县区"), T::Text, nullptr, nullptr, false,
         QT_TR_NOOP("可填多个，用“、”分隔，如：始兴县、翁源县")},
        {"needed_by", QT_TR_NOOP("需要时间"), T::Date},
        {"notes", QT_TR_NOOP("备注"), T::LongText},
        created(),
        updated()};
    k.list.from = "site_requirement q JOIN lead l ON l.id = q.lead_id LEFT JOIN company c ON c.id = l.company_id";
    k.list.dateColumn = "coalesce(q.needed_by, '')";
    k.list.columns = {
        {"lead", QT_TRANSLATE_NOOP("zs::RecordList", "项目名称"), "l.title"},
        {"company", QT_TRANSLATE_NOOP("zs::RecordList", "企业"), "coalesce(c.name, '')"},
        {"need", QT_TRANSLATE_NOOP("zs::RecordList", "需求类型"), ZS_VOCABULARY("site_need", "q.need")},
        {"min_area", QT_TRANSLATE_NOOP("zs::RecordList", "最小面积"), "coalesce(q.min_area, -1)", ColumnType::Mu},
        {"max_area", QT_TRANSLATE_NOOP("zs::RecordList", "最大面积"), "coalesce(q.max_area, -1)", ColumnType::Mu},
        {"power", QT_TRANSLATE_NOOP("zs::RecordList", "供电（千伏安）"), "coalesce(q.power_kva, -1)", ColumnType::Mu},
        {"counties", QT_TRANSLATE_NOOP("zs::RecordList", "意向县区"), "q.counties"},
        {"needed_by", QT_TRANSLATE_NOOP("zs::RecordList", "需要时间"), "coalesce(q.needed_by, '')", ColumnType::Date},
    };
    k.list.sortColumn = 7;
    k.list.wideColumn = 0;
    k.list.company = "c.id";
    k.exchange = {
        {"lead_id", {"项目名称"}, true, "l.title"},
        {"need", {"需求类型"}, true, ZS_VOCABULARY("site_need", "q.need")},
        {"min_area", {"最小面积"}, false, "coalesce(q.min_area, '')"},
        {"max_area", {"最大面积"}, false, "coalesce(q.max_area, '')"},
        {"power_kva", {"供电需求（千伏安）"}, false, "coalesce(q.power_kva, '')"},
        {"water_tpd", {"用水需求（吨/日）"}, false, "coalesce(q.water_tpd, '')"},
        {"wastewater", {"需要污水处理"}, false, "CASE q.wastewater WHEN 1 THEN '是' ELSE '否' END"},
        {"heating", {"需要集中供热"}, false, "CASE q.heating WHEN 1 THEN '是' ELSE '否' END"},
        {"floor_load_t", {"楼面荷载需求（吨/㎡）"}, false, "coalesce(q.floor_load_t, '')"},
        {"clear_height_m", {"层高需求（米）"}, false, "coalesce(q.clear_height_m, '')"},
        {"budget", {"预算"}, false, "coalesce(q.budget, '')"},
        {"counties", {"意向县区"}, false, "q.counties"},
        {"needed_by", {"需要时间"}, false, "coalesce(q.needed_by, '')"},
        {"notes", {"备注"}, false, "q.notes"},
    };
    return k;
}

// A site reserved for a project: the team's record, read by every team (`visible_to`), one per site city-wide (HQ
// refuses a second: the sync schema's claim). `project` and `holder` say for which project and whom to the other
// teams, who cannot read the lead. Made by SiteReservations, released by deleting it.
KindDecl RecordKinds::siteReservationKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::SiteReservation;
    k.key = "site_reservation";
    k.plural = "site-reservations";
    k.label = QT_TR_NOOP("载体预留");
    k.createLabel = QT_TR_NOOP("预留载体");
    k.names = {"载体预留", "预留"};
    k.scope = "team";
    k.titleExpression = "(SELECT name FROM site WHERE id = r.site_id) || ' · ' || r.project";
    k.activity = false;
    k.fields = {{"site_id", QT_TR_NOOP("用地厂房"), T::Ref, nullptr, "site", true},
                {"lead_id", QT_TR_NOOP("项目线索"), T::Ref, nullptr, "lead", true},
                {"project", QT_TR_NOOP("项目")}, // copies the other teams read: the lead is this team's
                {"holder", QT_TR_NOOP("预留人")},
                {"reserved_on", QT_TR_NOOP("预留日期"), T::Date, nullptr, nullptr, true},
                {"visible_to", QT_TR_NOOP("可见范围"), T::Hidden},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.list.from = "site_reservation r JOIN site s ON s.id = r.site_id";
    k.list.dateColumn = "coalesce(r.reserved_on, '')";
    k.list.columns = {
        {"site", QT_TRANSLATE_NOOP("zs::RecordList", "用地厂房"), "s.name"},
        {"project", QT_TRANSLATE_NOOP("zs::RecordList", "项目"), "r.project"},
        {"holder", QT_TRANSLATE_NOOP("zs::RecordList", "预留人"), "r.holder"},
        {"reserved_on", QT_TRANSLATE_NOOP("zs::RecordList", "预留日期"), "coalesce(r.reserved_on, '')",
         ColumnType::Date},
    };
    k.list.sortColumn = 3;
    return k;
}

} // namespace zs
