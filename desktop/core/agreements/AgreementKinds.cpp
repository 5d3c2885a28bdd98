// After signing (policy paper 三(三)3 土地退出机制 and 四(四)3 项目跟踪服务): the investment agreement with its
// clauses, and what follows it — the investment tranches it promises, progress reports, the measures taken on the
// ladder and compliance findings. They live in the county's scope (the agreement's county; the others their
// agreement's), kept by the county's 跟踪服务专员 and read by the team that signed the lead (sync/protocol/
// CitySchema.cpp). The watch over them is agreements/AgreementWatch.
#include "desktop/core/agreements/AgreementKindSupport.h"

namespace zs {

namespace agreementkinds {
FieldDecl agreementRef()
{
    return {
        "agreement_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "投资协议"), FieldType::Ref, nullptr, "agreement", true};
}

KindDecl follower(RecordKind kind, const char* key, const char* plural, const char* from, const char* dateColumn,
                  const char* title)
{
    KindDecl k;
    k.kind = kind;
    k.key = key;
    k.plural = plural;
    k.scope = "of:agreement_id";
    k.titleExpression = title;
    k.list.from = from;
    k.list.dateColumn = dateColumn;
    k.list.columns = {{"agreement", QT_TRANSLATE_NOOP("zs::RecordList", "协议编号"), "a.number"},
                      {"company", QT_TRANSLATE_NOOP("zs::RecordList", "企业"), "coalesce(c.name, '')"}};
    k.list.sortColumn = 2;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    return k;
}
} // namespace agreementkinds

using agreementkinds::agreementRef;
using agreementkinds::follower;

KindDecl RecordKinds::agreementKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Agreement;
    k.key = "agreement";
    k.plural = "agreements";
    k.label = QT_TR_NOOP("投资协议");
    k.shortLabel = QT_TR_NOOP("协议");
    k.createLabel = QT_TR_NOOP("登记投资协议");
    k.names = {"投资协议", "协议"};
    k.titleColumn = "number";
    k.scope = "county"; // the county it lands in: county:<region>
    k.search = {"x.number, concat_ws(' ', c.name, x.special_terms, x.incentives, x.notes) FROM agreement x LEFT JOIN "
                "company c ON c.id = x.company_id",
                true,
                "SELECT a.id, coalesce(c.name, '') || ' · ' || coalesce(r.name, a.region) FROM agreement a LEFT JOIN "
                "company c ON c.id = a.company_id LEFT JOIN ref_region r ON r.code = a.region WHERE a.rid = ?1"};
    k.fields = {{"number", QT_TR_NOOP("协议编号"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：SX-2026-003")},
                {"company_id", QT_TR_NOOP("企业"), T::Ref, nullptr, "company", true},
                {"lead_id", QT_TR_NOOP("项目线索"), T::Ref, nullptr, "lead"},
                {"signing_scope", QT_TR_NOOP("签约招商组"), T::Code, nullptr, "signing_team"},
                {"signed_on", QT_TR_NOOP("签约日期"), T::Date, nullptr, nullptr, true},
                {"region", QT_TR_NOOP("落地县（市、区）"), T::Code, nullptr, "ref_region", true},
                {"park", QT_TR_NOOP("园区"), T::Code, nullptr, "ref_park"},
                {"land_mu", QT_TR_NOOP("用地面积"), T::Real, QT_TR_NOOP("亩")},
                {"land_price_wan", QT_TR_NOOP("土地价款"), T::Real, QT_TR_NOOP("万元")},
                {"total_wan", QT_TR_NOOP("协议总投资"), T::Real, QT_TR_NOOP("万元"), nullptr, true},
                {"fixed_asset_wan", QT_TR_NOOP("固定资产投资"), T::Real, QT_TR_NOOP("万元"), nullptr, true},
                {"start_due", QT_TR_NOOP("约定开工日期"), T::Date, nullptr, nullptr, true},
                {"completion_due", QT_TR_NOOP("约定竣工日期"), T::Date},
                {"production_due", QT_TR_NOOP("约定投产日期"), T::Date},
                {"equipment_wan", QT_TR_NOOP("设备投资承诺"), T::Real, QT_TR_NOOP("万元")},
                {"target_output_wan", QT_TR_NOOP("达产年产值"), T::Real, QT_TR_NOOP("万元")},
                {"target_tax_wan", QT_TR_NOOP("达产年税收"), T::Real, QT_TR_NOOP("万元")},
                {"target_jobs", QT_TR_NOOP("约定用工"), T::Real, QT_TR_NOOP("人")},
                {"target_year", QT_TR_NOOP("达产年份"), T::Integer},
                {"incentives", QT_TR_NOOP("享受的优惠政策"), T::LongText},
                {"special_terms", QT_TR_NOOP("一事一议条款"), T::LongText},
                {"specialist_id", QT_TR_NOOP("跟踪服务专员"), T::Ref, nullptr, "specialist"},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.list.from = "agreement a LEFT JOIN company c ON c.id = a.company_id";
    k.list.dateColumn = "a.signed_on";
    k.list.columns = {
        {"number", QT_TRANSLATE_NOOP("zs::RecordList", "协议编号"), "a.number"},
        {"company", QT_TRANSLATE_NOOP("zs::RecordList", "企业"), "coalesce(c.name, '')"},
        {"region", QT_TRANSLATE_NOOP("zs::RecordList", "落地县（市、区）"),
         "coalesce((SELECT name FROM ref_region WHERE code = a.region), a.region)"},
        {"park", QT_TRANSLATE_NOOP("zs::RecordList", "园区"),
         "coalesce((SELECT name FROM ref_park WHERE code = a.park), '')"},
        {"signed_on", QT_TRANSLATE_NOOP("zs::RecordList", "签约日期"), "coalesce(a.signed_on, '')", ColumnType::Date},
        {"fixed_asset", QT_TRANSLATE_NOOP("zs::RecordList", "固定资产投资（万元）"), "coalesce(a.fixed_asset_wan, -1)",
         ColumnType::Wan},
        {"land", QT_TRANSLATE_NOOP("zs::RecordList", "用地（亩）"), "coalesce(a.land_mu, -1)", ColumnType::Mu},
        // 投资强度: fixed-asset investment per 亩 (万元/亩), computed
        {"intensity", QT_TRANSLATE_NOOP("zs::RecordList", "投资强度（万元/亩）"),
         "coalesce(round(a.fixed_asset_wan / nullif(a.land_mu, 0), 1), -1)", ColumnType::Wan},
        {"start_due", QT_TRANSLATE_NOOP("zs::RecordList", "约定开工"), "coalesce(a.start_due, '')", ColumnType::Date},
        {"specialist", QT_TRANSLATE_NOOP("zs::RecordList", "跟踪服务专员"),
         "coalesce((SELECT name FROM specialist WHERE id = a.specialist_id), '')"},
    };
    k.list.sortColumn = 4;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    k.list.codes = {{"region", "a.region", "ref_region", QT_TRANSLATE_NOOP("zs::RecordList", "全部县区")}};
    // The headers the city's files use (issue 15); a company by name, else by its credit code.
    k.exchange = {
        {"number", {"协议编号"}, true, "a.number"},
        {"company_id", {"企业名称", "企业"}, true, "coalesce(c.name, '')"},
        {"company_id", {"统一社会信用代码"}, false, "coalesce(c.credit_code, '')"},
        {"signed_on", {"签约日期"}, true, "coalesce(a.signed_on, '')"},
        {"region",
         {"落地县区", "落地县（市、区）", "县区"},
         true,
         "coalesce(" ZS_NAME("ref_region", "a.region") ", a.region)"},
        {"park", {"园区"}, false, "coalesce(" ZS_NAME("ref_park", "a.park") ", '')"},
        {"land_mu", {"用地面积（亩）"}, false, "coalesce(a.land_mu, '')"},
        {"land_price_wan", {"土地价款（万元）"}, false, "coalesce(a.land_price_wan, '')"},
        {"total_wan", {"协议总投资（万元）"}, true, "coalesce(a.total_wan, '')"},
        {"fixed_asset_wan", {"固定资产投资（万元）"}, true, "coalesce(a.fixed_asset_wan, '')"},
        {"start_due", {"约定开工日期"}, true, "coalesce(a.start_due, '')"},
        {"completion_due", {"约定竣工日期"}, false, "coalesce(a.completion_due, '')"},
        {"production_due", {"约定投产日期"}, false, "coalesce(a.production_due, '')"},
        {"equipment_wan", {"设备投资（万元）"}, false, "coalesce(a.equipment_wan, '')"},
        {"target_output_wan", {"达产年产值（万元）"}, false, "coalesce(a.target_output_wan, '')"},
        {"target_tax_wan", {"达产年税收（万元）"}, false, "coalesce(a.target_tax_wan, '')"},
        {"target_jobs", {"约定用工人数"}, false, "coalesce(a.target_jobs, '')"},
        {"target_year", {"达产年份"}, false, "CASE WHEN a.target_year > 0 THEN a.target_year ELSE '' END"},
        {"signing_scope", {"签约招商组"}, false, ZS_VOCABULARY("signing_team", "a.signing_scope")},
        {"specialist_id",
         {"跟踪服务专员"},
         false,
         "coalesce((SELECT name FROM specialist WHERE id = a.specialist_id), '')"},
        {"incentives", {"优惠政策"}, false, "a.incentives"},
        {"special_terms", {"一事一议条款"}, false, "a.special_terms"},
        {"notes", {"备注"}, false, "a.notes"},
    };
    return k;
}

// The cumulative investment the agreement promises by a date (累计投资 by date).
KindDecl RecordKinds::agreementTrancheKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::AgreementTranche, "agreement_tranche", "agreement-tranches",
                          "agreement_tranche t JOIN agreement a ON a.id = t.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "t.due_on", "a.number || ' · ' || coalesce(t.due_on, '')");
    k.label = QT_TR_NOOP("投资进度约定");
    k.createLabel = QT_TR_NOOP("新增投资进度");
    k.names = {"投资进度约定"};
    k.activity = false;
    k.fields = {agreementRef(),
                {"due_on", QT_TR_NOOP("到期日期"), T::Date, nullptr, nullptr, true},
                {"cumulative_wan", QT_TR_NOOP("累计投资"), T::Real, QT_TR_NOOP("万元"), nullptr, true},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.list.columns << ListColumnDecl{"due_on", QT_TRANSLATE_NOOP("zs::RecordList", "到期日期"),
                                     "coalesce(t.due_on, '')", ColumnType::Date}
                   << ListColumnDecl{"cumulative", QT_TRANSLATE_NOOP("zs::RecordList", "累计投资（万元）"),
                                     "coalesce(t.cumulative_wan, -1)", ColumnType::Wan};
    k.list.order = Qt::AscendingOrder;
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"due_on", {"到期日期"}, true, "coalesce(t.due_on, '')"},
                  {"cumulative_wan", {"累计投资（万元）"}, true, "coalesce(t.cumulative_wan, '')"},
                  {"notes", {"备注"}, false, "t.notes"}};
    return k;
}

KindDecl RecordKinds::agreementProgressKind()
{
    using T = FieldType;
    KindDecl k =
        follower(RecordKind::AgreementProgress, "agreement_progress", "agreement-progress",
                 "agreement_progress p JOIN agreement a ON a.id = p.agreement_id LEFT JOIN company c ON c.id = "
                 "a.company_id",
                 "p.reported_on", "a.number || ' · ' || coalesce(p.reported_on, '')");
    k.label = QT_TR_NOOP("履约进展");
    k.createLabel = QT_TR_NOOP("登记履约进展");
    k.names = {"履约进展"};
    k.fields = {agreementRef(),
                {"reported_on", QT_TR_NOOP("报告日期"), T::Date, nullptr, nullptr, true},
                {"cumulative_wan", QT_TR_NOOP("累计投资"), T::Real, QT_TR_NOOP("万元")},
                {"fixed_asset_wan", QT_TR_NOOP("累计固定资产投资"), T::Real, QT_TR_NOOP("万元")},
                {"building", QT_TR_NOOP("建设状态"), T::Code, nullptr, "building_state"},
                {"equipment_wan", QT_TR_NOOP("已购设备"), T::Real, QT_TR_NOOP("万元")},
                {"producing", QT_TR_NOOP("已投产"), T::Bool},
                {"output_wan", QT_TR_NOOP("年产值"), T::Real, QT_TR_NOOP("万元")},
                {"tax_wan", QT_TR_NOOP("年税收"), T::Real, QT_TR_NOOP("万元")},
                {"jobs", QT_TR_NOOP("用工人数"), T::Real, QT_TR_NOOP("人")},
                {"source", QT_TR_NOOP("来源"), T::Code, nullptr, "report_source"},
                {"evidence_id", QT_TR_NOOP("佐证材料"), T::Ref, nullptr, "material"},
                {"notes", QT_TR_NOOP("说明"), T::LongText},
                created(),
                updated()};
    k.list.columns << ListColumnDecl{"reported_on", QT_TRANSLATE_NOOP("zs::RecordList", "报告日期"),
                                     "coalesce(p.reported_on, '')", ColumnType::Date}
                   << ListColumnDecl{"cumulative", QT_TRANSLATE_NOOP("zs::RecordList", "累计投资（万元）"),
                                     "coalesce(p.cumulative_wan, -1)", ColumnType::Wan}
                   << ListColumnDecl{"building", QT_TRANSLATE_NOOP("zs::RecordList", "建设状态"),
                                     ZS_VOCABULARY("building_state", "p.building")}
                   << ListColumnDecl{"producing", QT_TRANSLATE_NOOP("zs::RecordList", "已投产"), "p.producing",
                                     ColumnType::Flag}
                   << ListColumnDecl{"output", QT_TRANSLATE_NOOP("zs::RecordList", "年产值（万元）"),
                                     "coalesce(p.output_wan, -1)", ColumnType::Wan}
                   << ListColumnDecl{"source", QT_TRANSLATE_NOOP("zs::RecordList", "来源"),
                                     ZS_VOCABULARY("report_source", "p.source")};
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"reported_on", {"报告日期"}, true, "coalesce(p.reported_on, '')"},
                  {"cumulative_wan", {"累计投资（万元）"}, false, "coalesce(p.cumulative_wan, '')"},
                  {"fixed_asset_wan", {"累计固定资产投资（万元）"}, false, "coalesce(p.fixed_asset_wan, '')"},
                  {"building", {"建设状态"}, false, ZS_VOCABULARY("building_state", "p.building")},
                  {"equipment_wan", {"设备投资（万元）"}, false, "coalesce(p.equipment_wan, '')"},
                  {"producing", {"是否投产"}, false, "CASE p.producing WHEN 1 THEN '是' ELSE '否' END"},
                  {"output_wan", {"年产值（万元）"}, false, "coalesce(p.output_wan, '')"},
                  {"tax_wan", {"年税收（万元）"}, false, "coalesce(p.tax_wan, '')"},
                  {"jobs", {"用工人数"}, false, "coalesce(p.jobs, '')"},
                  {"source", {"来源"}, false, ZS_VOCABULARY("report_source", "p.source")},
                  {"notes", {"说明"}, false, "p.notes"}};
    return k;
}

KindDecl RecordKinds::agreementMeasureKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::AgreementMeasure, "agreement_measure", "agreement-measures",
                          "agreement_measure m JOIN agreement a ON a.id = m.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "m.taken_on", "a.number || ' · ' || coalesce(m.taken_on, '')");
    k.label = QT_TR_NOOP("处置记录");
    k.createLabel = QT_TR_NOOP("登记处置措施");
    k.names = {"处置记录", "处置措施"};
    k.fields = {agreementRef(),
                {"taken_on", QT_TR_NOOP("日期"), T::Date, nullptr, nullptr, true},
                {"measure", QT_TR_NOOP("措施"), T::Code, nullptr, "measure", true},
                {"condition_no", QT_TR_NOOP("针对情形"), T::Code, nullptr, "watch_condition"},
                {"taken_by", QT_TR_NOOP("经办人")},
                {"document_id", QT_TR_NOOP("文书"), T::Ref, nullptr, "material"},
                {"notes", QT_TR_NOOP("说明"), T::LongText},
                created(),
                updated()};
    k.list.columns << ListColumnDecl{"taken_on", QT_TRANSLATE_NOOP("zs::RecordList", "日期"),
                                     "coalesce(m.taken_on, '')", ColumnType::Date}
                   << ListColumnDecl{"measure", QT_TRANSLATE_NOOP("zs::RecordList", "措施"),
                                     ZS_VOCABULARY("measure", "m.measure")}
                   << ListColumnDecl{"taken_by", QT_TRANSLATE_NOOP("zs::RecordList", "经办人"), "m.taken_by"};
    k.exchange = {
        {"agreement_id", {"协议编号"}, true, "a.number"},
        {"taken_on", {"日期"}, true, "coalesce(m.taken_on, '')"},
        {"measure", {"措施"}, true, ZS_VOCABULARY("measure", "m.measure")},
        {"notes", {"说明"}, false, "m.notes"},
        {"condition_no",
         {"针对情形"},
         false,
         "CASE WHEN m.condition_no > 0 THEN " ZS_VOCABULARY("watch_condition", "m.condition_no") " ELSE '' END"},
        {"taken_by", {"经办人"}, false, "m.taken_by"}};
    return k;
}

KindDecl RecordKinds::agreementFindingKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::AgreementFinding, "agreement_finding", "compliance",
                          "agreement_finding f JOIN agreement a ON a.id = f.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "f.found_on", "a.number || ' · ' || coalesce(f.found_on, '')");
    k.label = QT_TR_NOOP("合规问题");
    k.createLabel = QT_TR_NOOP("登记合规问题");
    k.names = {"合规问题", "compliance-findings"};
    k.fields = {agreementRef(),
                {"found_on", QT_TR_NOOP("发现日期"), T::Date, nullptr, nullptr, true},
                {"kind", QT_TR_NOOP("类型"), T::Code, nullptr, "finding_kind", true},
                {"rectify_due", QT_TR_NOOP("整改期限"), T::Date},
                {"rectified_on", QT_TR_NOOP("整改完成日期"), T::Date},
                {"notes", QT_TR_NOOP("说明"), T::LongText},
                created(),
                updated()};
    k.list.columns << ListColumnDecl{"found_on", QT_TRANSLATE_NOOP("zs::RecordList", "发现日期"),
                                     "coalesce(f.found_on, '')", ColumnType::Date}
                   << ListColumnDecl{"kind", QT_TRANSLATE_NOOP("zs::RecordList", "类型"),
                                     ZS_VOCABULARY("finding_kind", "f.kind")}
                   << ListColumnDecl{"rectify_due", QT_TRANSLATE_NOOP("zs::RecordList", "整改期限"),
                                     "coalesce(f.rectify_due, '')", ColumnType::Date}
                   << ListColumnDecl{"rectified_on", QT_TRANSLATE_NOOP("zs::RecordList", "整改完成"),
                                     "coalesce(f.rectified_on, '')", ColumnType::Date};
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"found_on", {"发现日期"}, true, "coalesce(f.found_on, '')"},
                  {"kind", {"类型"}, true, ZS_VOCABULARY("finding_kind", "f.kind")},
                  {"rectify_due", {"整改期限"}, false, "coalesce(f.rectify_due, '')"},
                  {"rectified_on", {"整改完成日期"}, false, "coalesce(f.rectified_on, '')"},
                  {"notes", {"说明"}, false, "f.notes"}};
    return k;
}

} // namespace zs
