// 项目线索: the pipeline, with each lead's stage history (detail rows).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

KindDecl RecordKinds::leadKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Lead;
    k.key = "lead";
    k.plural = "leads";
    k.label = QT_TR_NOOP("项目线索");
    k.names = {"项目线索", "项目"};
    k.shortLabel = QT_TR_NOOP("项目");
    k.createLabel = QT_TR_NOOP("新线索");
    k.titleColumn = "title";
    k.search = {"x.title, concat_ws(' ', c.name, x.source_detail, x.officer, x.notes) FROM lead x JOIN company c "
                "ON c.id = x.company_id",
                true,
                "SELECT l.id, c.name || ' · ' || coalesce(s.name, l.stage) FROM lead l JOIN company c ON "
                "c.id = l.company_id LEFT JOIN ref_stage s ON s.code = l.stage WHERE l.rid = ?1",
                SearchDecl::Shown::Context,
                "company",
                "company_id",
                "name"};
    k.fields = {{"company_id", QT_TR_NOOP("企业"), T::Ref, nullptr, "company"},
                {"title", QT_TR_NOOP("项目名称")},
                {"industry", QT_TR_NOOP("产业"), T::Code, nullptr, "ref_industry"},
                {"chain_link", QT_TR_NOOP("产业链环节"), T::Code, nullptr, "ref_chain_link"},
                {"investment_wan", QT_TR_NOOP("计划投资"), T::Real, QT_TR_NOOP("万元")},
                {"land_mu", QT_TR_NOOP("用地需求"), T::Real, QT_TR_NOOP("亩")},
                {"floor_m2", QT_TR_NOOP("厂房需求"), T::Real, QT_TR_NOOP("㎡")},
                {"target_region", QT_TR_NOOP("意向县（市、区）"), T::Code, nullptr, "ref_region"},
                {"target_park", QT_TR_NOOP("意向园区"), T::Code, nullptr, "ref_park"},
                {"source_kind", QT_TR_NOOP("线索来源"), T::Code, nullptr, "source_kind"},
                {"source_detail", QT_TR_NOOP("来源说明")},
                {"event_id", QT_TR_NOOP("来源活动"), T::Ref, nullptr, "event"},
                {"officer", QT_TR_NOOP("负责人")},
                {"stage", QT_TR_NOOP("阶段"), T::Code, nullptr, "ref_stage"},
                {"stage_reason", QT_TR_NOOP("阶段说明")},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.details = {{"lead_stage",
                  "lead_id",
                  "stages",
                  QT_TR_NOOP("阶段记录"),
                  "changed_at, rid",
                  {{"stage", QT_TR_NOOP("阶段"), T::Code, nullptr, "ref_stage"},
                   {"changed_at", QT_TR_NOOP("变更时间"), T::Time},
                   {"reason", QT_TR_NOOP("变更原因")},
                   {"changed_by", QT_TR_NOOP("变更人")},
                   updated()},
                  true}};
    k.list.from = "lead l JOIN company c ON c.id = l.company_id";
    k.list.dateColumn = "date(l.updated_at / 1000, 'unixepoch', 'localtime')";
    k.list.columns = {
        {"title", QT_TR_NOOP("项目名称"), "l.title"},
        {"company", QT_TR_NOOP("企业"), "c.name"},
        {"stage", QT_TR_NOOP("阶段"), "coalesce((SELECT name FROM ref_stage WHERE code = l.stage), l.stage)"},
        {"industry", QT_TR_NOOP("产业"), "coalesce((SELECT name FROM ref_industry WHERE code = l.industry), '')"},
        {"investment", QT_TR_NOOP("计划投资（万元）"), "coalesce(l.investment_wan, -1)", ColumnType::Wan},
        {"land", QT_TR_NOOP("用地（亩）"), "coalesce(l.land_mu, -1)", ColumnType::Mu},
        {"target", QT_TR_NOOP("意向落户地"),
         "coalesce((SELECT name FROM ref_region WHERE code = l.target_region), '')"},
        {"officer", QT_TR_NOOP("负责人"), "l.officer"},
        {"updated_at", QT_TR_NOOP("更新时间"), "l.updated_at", ColumnType::DateTimeMs},
    };
    k.list.sortColumn = 8;
    k.list.stage = "l.stage";
    k.list.officer = "l.officer";
    k.list.industry = "l.industry";
    k.list.company = "c.id";
    return k;
}

} // namespace zs
