// After signing (policy paper 三(三)3 土地退出机制 and 四(四)3 项目跟踪服务): the investment agreement with its
// clauses, and what follows it — the investment tranches it promises, progress reports, the measures taken on the
// ladder and compliance findings. They live in the county's scope (the agreement's county; the others their
// agreement's), kept by the county's 跟踪服务专员 and read by the team that signed the lead (sync/protocol/
// CitySchema.cpp). The watch over them is agreements/AgreementWatch.
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

namespace {
// A code of a seeds/vocabularies.json list by its name, in a list's SQL.
#define ZS_VOCABULARY(list, column)                                                                                    \
    "coalesce((SELECT name FROM ref_vocabulary WHERE list = '" list "' AND code = " column "), " column ")"

FieldDecl agreementRef()
{
    return {
        "agreement_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "投资协议"), FieldType::Ref, nullptr, "agreement", true};
}

// The list of a kind that follows an agreement: "<alias> JOIN agreement a … JOIN company c …", its agreement's
// number and company first.
QList<ListColumnDecl> agreementColumns(const char* alias)
{
    Q_UNUSED(alias)
    return {{"agreement", QT_TRANSLATE_NOOP("zs::RecordList", "协议编号"), "a.number"},
            {"company", QT_TRANSLATE_NOOP("zs::RecordList", "企业"), "coalesce(c.name, '')"}};
}
} // namespace

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
    return k;
}

// The cumulative investment the agreement promises by a date (累计投资 by date).
KindDecl RecordKinds::agreementTrancheKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::AgreementTranche;
    k.key = "agreement_tranche";
    k.plural = "agreement-tranches";
    k.label = QT_TR_NOOP("投资进度约定");
    k.createLabel = QT_TR_NOOP("新增投资进度");
    k.names = {"投资进度约定"};
    k.scope = "of:agreement_id";
    k.activity = false;
    k.titleExpression = "a.number || ' · ' || coalesce(t.due_on, '')";
    k.fields = {agreementRef(),
                {"due_on", QT_TR_NOOP("到期日期"), T::Date, nullptr, nullptr, true},
                {"cumulative_wan", QT_TR_NOOP("累计投资"), T::Real, QT_TR_NOOP("万元"), nullptr, true},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.list.from = "agreement_tranche t JOIN agreement a ON a.id = t.agreement_id LEFT JOIN company c ON c.id = "
                  "a.company_id";
    k.list.dateColumn = "t.due_on";
    k.list.columns = agreementColumns("t");
    k.list.columns << ListColumnDecl{"due_on", QT_TRANSLATE_NOOP("zs::RecordList", "到期日期"),
                                     "coalesce(t.due_on, '')", ColumnType::Date}
                   << ListColumnDecl{"cumulative", QT_TRANSLATE_NOOP("zs::RecordList", "累计投资（万元）"),
                                     "coalesce(t.cumulative_wan, -1)", ColumnType::Wan};
    k.list.sortColumn = 2;
    k.list.order = Qt::AscendingOrder;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    return k;
}

KindDecl RecordKinds::agreementProgressKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::AgreementProgress;
    k.key = "agreement_progress";
    k.plural = "agreement-progress";
    k.label = QT_TR_NOOP("履约进展");
    k.createLabel = QT_TR_NOOP("登记履约进展");
    k.names = {"履约进展"};
    k.scope = "of:agreement_id";
    k.titleExpression = "a.number || ' · ' || coalesce(p.reported_on, '')";
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
    k.list.from = "agreement_progress p JOIN agreement a ON a.id = p.agreement_id LEFT JOIN company c ON c.id = "
                  "a.company_id";
    k.list.dateColumn = "p.reported_on";
    k.list.columns = agreementColumns("p");
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
    k.list.sortColumn = 2;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    return k;
}

KindDecl RecordKinds::agreementMeasureKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::AgreementMeasure;
    k.key = "agreement_measure";
    k.plural = "agreement-measures";
    k.label = QT_TR_NOOP("处置记录");
    k.createLabel = QT_TR_NOOP("登记处置措施");
    k.names = {"处置记录", "处置措施"};
    k.scope = "of:agreement_id";
    k.titleExpression = "a.number || ' · ' || coalesce(m.taken_on, '')";
    k.fields = {agreementRef(),
                {"taken_on", QT_TR_NOOP("日期"), T::Date, nullptr, nullptr, true},
                {"measure", QT_TR_NOOP("措施"), T::Code, nullptr, "measure", true},
                {"condition_no", QT_TR_NOOP("针对情形"), T::Code, nullptr, "watch_condition"},
                {"taken_by", QT_TR_NOOP("经办人")},
                {"document_id", QT_TR_NOOP("文书"), T::Ref, nullptr, "material"},
                {"notes", QT_TR_NOOP("说明"), T::LongText},
                created(),
                updated()};
    k.list.from = "agreement_measure m JOIN agreement a ON a.id = m.agreement_id LEFT JOIN company c ON c.id = "
                  "a.company_id";
    k.list.dateColumn = "m.taken_on";
    k.list.columns = agreementColumns("m");
    k.list.columns << ListColumnDecl{"taken_on", QT_TRANSLATE_NOOP("zs::RecordList", "日期"),
                                     "coalesce(m.taken_on, '')", ColumnType::Date}
                   << ListColumnDecl{"measure", QT_TRANSLATE_NOOP("zs::RecordList", "措施"),
                                     ZS_VOCABULARY("measure", "m.measure")}
                   << ListColumnDecl{"taken_by", QT_TRANSLATE_NOOP("zs::RecordList", "经办人"), "m.taken_by"};
    k.list.sortColumn = 2;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    return k;
}

KindDecl RecordKinds::agreementFindingKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::AgreementFinding;
    k.key = "agreement_finding";
    k.plural = "compliance";
    k.label = QT_TR_NOOP("合规问题");
    k.createLabel = QT_TR_NOOP("登记合规问题");
    k.names = {"合规问题", "compliance-findings"};
    k.scope = "of:agreement_id";
    k.titleExpression = "a.number || ' · ' || coalesce(f.found_on, '')";
    k.fields = {agreementRef(),
                {"found_on", QT_TR_NOOP("发现日期"), T::Date, nullptr, nullptr, true},
                {"kind", QT_TR_NOOP("类型"), T::Code, nullptr, "finding_kind", true},
                {"rectify_due", QT_TR_NOOP("整改期限"), T::Date},
                {"rectified_on", QT_TR_NOOP("整改完成日期"), T::Date},
                {"notes", QT_TR_NOOP("说明"), T::LongText},
                created(),
                updated()};
    k.list.from = "agreement_finding f JOIN agreement a ON a.id = f.agreement_id LEFT JOIN company c ON c.id = "
                  "a.company_id";
    k.list.dateColumn = "f.found_on";
    k.list.columns = agreementColumns("f");
    k.list.columns << ListColumnDecl{"found_on", QT_TRANSLATE_NOOP("zs::RecordList", "发现日期"),
                                     "coalesce(f.found_on, '')", ColumnType::Date}
                   << ListColumnDecl{"kind", QT_TRANSLATE_NOOP("zs::RecordList", "类型"),
                                     ZS_VOCABULARY("finding_kind", "f.kind")}
                   << ListColumnDecl{"rectify_due", QT_TRANSLATE_NOOP("zs::RecordList", "整改期限"),
                                     "coalesce(f.rectify_due, '')", ColumnType::Date}
                   << ListColumnDecl{"rectified_on", QT_TRANSLATE_NOOP("zs::RecordList", "整改完成"),
                                     "coalesce(f.rectified_on, '')", ColumnType::Date};
    k.list.sortColumn = 2;
    k.list.wideColumn = 1;
    k.list.company = "c.id";
    return k;
}

} // namespace zs
