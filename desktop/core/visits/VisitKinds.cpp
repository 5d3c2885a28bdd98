// 走访: visits, with the people met and the corrections made (detail rows).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

KindDecl RecordKinds::visitKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Visit;
    k.key = "visit";
    k.plural = "visits";
    k.label = QT_TR_NOOP("走访");
    k.names = {"走访"};
    k.createLabel = QT_TR_NOOP("新走访");
    k.fields = {{"visited_at", QT_TR_NOOP("走访时间"), T::Time},
                {"city", QT_TR_NOOP("走访城市"), T::Code, nullptr, "city"},
                {"place", QT_TR_NOOP("地点")},
                {"officers", QT_TR_NOOP("走访人员")},
                {"company_id", QT_TR_NOOP("企业"), T::Ref, nullptr, "company"},
                {"purpose", QT_TR_NOOP("目的"), T::Code, nullptr, "ref_visit_purpose"},
                {"notes", QT_TR_NOOP("走访记录"), T::LongText},
                {"outcome", QT_TR_NOOP("成果"), T::LongText},
                {"intent", QT_TR_NOOP("投资意向"), T::Code, nullptr, "intent"},
                {"next_step", QT_TR_NOOP("下一步")},
                {"next_due", QT_TR_NOOP("下一步期限"), T::Date},
                {"next_done", QT_TR_NOOP("下一步已完成"), T::Bool},
                {"materials", QT_TR_NOOP("发放资料")},
                created(),
                updated()};
    k.details = {{"visit_contact",
                  "visit_id",
                  "attendees",
                  QT_TR_NOOP("见到的联系人"),
                  "contact_id",
                  {{"contact_id", QT_TR_NOOP("联系人"), T::Ref, nullptr, "contact"}, updated()}},
                 {"visit_revision",
                  "visit_id",
                  "revisions",
                  QT_TR_NOOP("走访修订"),
                  "edited_at, rid",
                  {{"edited_at", QT_TR_NOOP("修订时间"), T::Time},
                   {"field", QT_TR_NOOP("修订的字段")},
                   {"old_value", QT_TR_NOOP("原值")},
                   {"new_value", QT_TR_NOOP("新值")},
                   {"edited_by", QT_TR_NOOP("修订人")},
                   updated()}}};
    k.list.from = "visit v JOIN company c ON c.id = v.company_id";
    k.titleExpression = "date(v.visited_at / 1000, 'unixepoch', 'localtime') || ' ' || c.name";
    // No name of its own: its company's name and city go into its text, so "东莞 考察" finds it.
    k.search = {"'', concat_ws(' ', c.name, CASE x.city WHEN 'guangzhou' THEN '广州' WHEN 'shenzhen' THEN '深圳' "
                "WHEN 'dongguan' THEN '东莞' ELSE '' END, x.place, x.officers, x.notes, x.outcome, x.next_step) "
                "FROM visit x JOIN company c ON c.id = x.company_id",
                false,
                "SELECT v.id, v.visited_at, v.city, c.name FROM visit v JOIN company c ON c.id = v.company_id "
                "WHERE v.rid = ?1",
                SearchDecl::Shown::DateCityTitle,
                "company",
                "company_id",
                "name"};
    k.list.dateColumn = "date(v.visited_at / 1000, 'unixepoch', 'localtime')";
    k.list.columns = {
        {"visited_at", QT_TR_NOOP("走访时间"), "v.visited_at", ColumnType::DateTimeMs},
        {"city", QT_TR_NOOP("地点"), "v.city", ColumnType::City},
        {"company", QT_TR_NOOP("企业"), "c.name"},
        {"purpose", QT_TR_NOOP("目的"),
         "coalesce((SELECT name FROM ref_visit_purpose WHERE code = v.purpose), v.purpose)"},
        {"officers", QT_TR_NOOP("走访人员"), "v.officers"},
        {"intent", QT_TR_NOOP("意向"), "v.intent", ColumnType::Intent},
        {"outcome", QT_TR_NOOP("成果"), "v.outcome"},
        {"next_step", QT_TR_NOOP("下一步"), "v.next_step"},
        {"next_due", QT_TR_NOOP("跟进日期"), "coalesce(v.next_due, '')", ColumnType::Date},
    };
    k.list.wideColumn = 2;
    k.list.city = "v.city";
    k.list.officer = "v.officers";
    k.list.industry = "c.industry";
    k.list.company = "c.id";
    k.exchange = {
        {"date", {"走访日期", "日期", "走访时间", "date"}, true, "date(v.visited_at / 1000, 'unixepoch', 'localtime')"},
        {"time", {"时间", "time"}, false, "strftime('%H:%M', v.visited_at / 1000, 'unixepoch', 'localtime')"},
        {"city",
         {"地点", "城市", "city"},
         true,
         "CASE v.city WHEN 'guangzhou' THEN '广州' WHEN 'shenzhen' THEN '深圳' WHEN 'dongguan' THEN '东莞' "
         "ELSE '其他' END"},
        {"company", {"企业", "企业名称", "统一社会信用代码", "company"}, true, "c.name"},
        {"officers", {"走访人员", "officers"}, false, "v.officers"},
        {"purpose",
         {"目的", "走访目的", "purpose"},
         false,
         "coalesce((SELECT name FROM ref_visit_purpose WHERE code = v.purpose), '')"},
        {"notes", {"记录", "纪要", "走访记录", "notes"}, false, "v.notes"},
        {"outcome", {"成果", "outcome"}, false, "v.outcome"},
        {"intent",
         {"意向", "intent"},
         false,
         "CASE v.intent WHEN 3 THEN '高' WHEN 2 THEN '中' WHEN 1 THEN '低' ELSE '' END"},
        {"next_step", {"下一步", "next_step"}, false, "v.next_step"},
        {"next_due", {"跟进日期", "next_due"}, false, "coalesce(v.next_due, '')"},
    };
    return k;
}

} // namespace zs
