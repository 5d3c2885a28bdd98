// The declarations of the record kinds. Labels are Chinese source strings (zs::RecordKinds context).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

namespace {
using T = FieldType;


const FieldDecl kCreated{"created_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "创建时间"), T::Time};
const FieldDecl kUpdated{"updated_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "修改时间"), T::Time};

QList<KindDecl> declarations()
{
    QList<KindDecl> kinds;
    kinds.append({RecordKind::Company,
                  "company",
                  "companies",
                  QT_TRANSLATE_NOOP("zs::RecordKinds", "客商"),
                  {{"name", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业名称")},
                   {"name_norm", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业名称（查重用）"), T::Hidden},
                   {"credit_code", QT_TRANSLATE_NOOP("zs::RecordKinds", "统一社会信用代码")},
                   {"industry", QT_TRANSLATE_NOOP("zs::RecordKinds", "产业"), T::Code, nullptr, "ref_industry"},
                   {"hq_city", QT_TRANSLATE_NOOP("zs::RecordKinds", "总部城市")},
                   {"size", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业规模"), T::Code, nullptr, "size"},
                   {"revenue_wan", QT_TRANSLATE_NOOP("zs::RecordKinds", "年营业收入"), T::Real,
                    QT_TRANSLATE_NOOP("zs::RecordKinds", "万元")},
                   {"tags", QT_TRANSLATE_NOOP("zs::RecordKinds", "标签")},
                   {"hometown", QT_TRANSLATE_NOOP("zs::RecordKinds", "乡贤企业"), T::Bool},
                   {"source", QT_TRANSLATE_NOOP("zs::RecordKinds", "信息来源")},
                   {"notes", QT_TRANSLATE_NOOP("zs::RecordKinds", "备注"), T::LongText},
                   kCreated,
                   kUpdated},
                  {},
                  "name"});
    kinds.append({RecordKind::Contact,
                  "contact",
                  "contacts",
                  QT_TRANSLATE_NOOP("zs::RecordKinds", "联系人"),
                  {{"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "所属企业"), T::Ref, nullptr, "company"},
                   {"name", QT_TRANSLATE_NOOP("zs::RecordKinds", "姓名")},
                   {"title", QT_TRANSLATE_NOOP("zs::RecordKinds", "职务")},
                   {"phones", QT_TRANSLATE_NOOP("zs::RecordKinds", "电话")},
                   {"email", QT_TRANSLATE_NOOP("zs::RecordKinds", "电子邮箱")},
                   {"wechat", QT_TRANSLATE_NOOP("zs::RecordKinds", "微信号")},
                   {"notes", QT_TRANSLATE_NOOP("zs::RecordKinds", "关系备注"), T::LongText},
                   kCreated,
                   kUpdated},
                  {},
                  "name"});
    kinds.append(
        {RecordKind::Visit,
         "visit",
         "visits",
         QT_TRANSLATE_NOOP("zs::RecordKinds", "走访"),
         {{"visited_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "走访时间"), T::Time},
          {"city", QT_TRANSLATE_NOOP("zs::RecordKinds", "走访城市"), T::Code, nullptr, "city"},
          {"place", QT_TRANSLATE_NOOP("zs::RecordKinds", "地点")},
          {"officers", QT_TRANSLATE_NOOP("zs::RecordKinds", "走访人员")},
          {"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业"), T::Ref, nullptr, "company"},
          {"purpose", QT_TRANSLATE_NOOP("zs::RecordKinds", "目的"), T::Code, nullptr, "ref_visit_purpose"},
          {"notes", QT_TRANSLATE_NOOP("zs::RecordKinds", "走访记录"), T::LongText},
          {"outcome", QT_TRANSLATE_NOOP("zs::RecordKinds", "成果"), T::LongText},
          {"intent", QT_TRANSLATE_NOOP("zs::RecordKinds", "投资意向"), T::Code, nullptr, "intent"},
          {"next_step", QT_TRANSLATE_NOOP("zs::RecordKinds", "下一步")},
          {"next_due", QT_TRANSLATE_NOOP("zs::RecordKinds", "下一步期限"), T::Date},
          {"next_done", QT_TRANSLATE_NOOP("zs::RecordKinds", "下一步已完成"), T::Bool},
          {"materials", QT_TRANSLATE_NOOP("zs::RecordKinds", "发放资料")},
          kCreated,
          kUpdated},
         {{"visit_contact",
           "visit_id",
           "attendees",
           QT_TRANSLATE_NOOP("zs::RecordKinds", "见到的联系人"),
           "contact_id",
           {{"contact_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "联系人"), T::Ref, nullptr, "contact"}, kUpdated}},
          {"visit_revision",
           "visit_id",
           "revisions",
           QT_TRANSLATE_NOOP("zs::RecordKinds", "走访修订"),
           "edited_at, rid",
           {{"edited_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "修订时间"), T::Time},
            {"field", QT_TRANSLATE_NOOP("zs::RecordKinds", "修订的字段")},
            {"old_value", QT_TRANSLATE_NOOP("zs::RecordKinds", "原值")},
            {"new_value", QT_TRANSLATE_NOOP("zs::RecordKinds", "新值")},
            {"edited_by", QT_TRANSLATE_NOOP("zs::RecordKinds", "修订人")},
            kUpdated}}}});
    kinds.append(
        {RecordKind::Lead,
         "lead",
         "leads",
         QT_TRANSLATE_NOOP("zs::RecordKinds", "项目线索"),
         {{"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业"), T::Ref, nullptr, "company"},
          {"title", QT_TRANSLATE_NOOP("zs::RecordKinds", "项目名称")},
          {"industry", QT_TRANSLATE_NOOP("zs::RecordKinds", "产业"), T::Code, nullptr, "ref_industry"},
          {"chain_link", QT_TRANSLATE_NOOP("zs::RecordKinds", "产业链环节"), T::Code, nullptr, "ref_chain_link"},
          {"investment_wan", QT_TRANSLATE_NOOP("zs::RecordKinds", "计划投资"), T::Real,
           QT_TRANSLATE_NOOP("zs::RecordKinds", "万元")},
          {"land_mu", QT_TRANSLATE_NOOP("zs::RecordKinds", "用地需求"), T::Real,
           QT_TRANSLATE_NOOP("zs::RecordKinds", "亩")},
          {"floor_m2", QT_TRANSLATE_NOOP("zs::RecordKinds", "厂房需求"), T::Real,
           QT_TRANSLATE_NOOP("zs::RecordKinds", "㎡")},
          {"target_region", QT_TRANSLATE_NOOP("zs::RecordKinds", "意向县（市、区）"), T::Code, nullptr, "ref_region"},
          {"target_park", QT_TRANSLATE_NOOP("zs::RecordKinds", "意向园区"), T::Code, nullptr, "ref_park"},
          {"source_kind", QT_TRANSLATE_NOOP("zs::RecordKinds", "线索来源"), T::Code, nullptr, "source_kind"},
          {"source_detail", QT_TRANSLATE_NOOP("zs::RecordKinds", "来源说明")},
          {"event_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "来源活动"), T::Ref, nullptr, "event"},
          {"officer", QT_TRANSLATE_NOOP("zs::RecordKinds", "负责人")},
          {"stage", QT_TRANSLATE_NOOP("zs::RecordKinds", "阶段"), T::Code, nullptr, "ref_stage"},
          {"stage_reason", QT_TRANSLATE_NOOP("zs::RecordKinds", "阶段说明")},
          {"notes", QT_TRANSLATE_NOOP("zs::RecordKinds", "备注"), T::LongText},
          kCreated,
          kUpdated},
         {{"lead_stage",
           "lead_id",
           "stages",
           QT_TRANSLATE_NOOP("zs::RecordKinds", "阶段记录"),
           "changed_at, rid",
           {{"stage", QT_TRANSLATE_NOOP("zs::RecordKinds", "阶段"), T::Code, nullptr, "ref_stage"},
            {"changed_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "变更时间"), T::Time},
            {"reason", QT_TRANSLATE_NOOP("zs::RecordKinds", "变更原因")},
            {"changed_by", QT_TRANSLATE_NOOP("zs::RecordKinds", "变更人")},
            kUpdated}}},
         "title"});
    kinds.append({RecordKind::Event,
                  "event",
                  "events",
                  QT_TRANSLATE_NOOP("zs::RecordKinds", "推介活动"),
                  {{"held_on", QT_TRANSLATE_NOOP("zs::RecordKinds", "日期"), T::Date},
                   {"city", QT_TRANSLATE_NOOP("zs::RecordKinds", "城市"), T::Code, nullptr, "city"},
                   {"kind", QT_TRANSLATE_NOOP("zs::RecordKinds", "活动类型"), T::Code, nullptr, "event_kind"},
                   {"title", QT_TRANSLATE_NOOP("zs::RecordKinds", "活动名称")},
                   {"organiser", QT_TRANSLATE_NOOP("zs::RecordKinds", "主办方")},
                   {"materials", QT_TRANSLATE_NOOP("zs::RecordKinds", "使用的资料")},
                   {"notes", QT_TRANSLATE_NOOP("zs::RecordKinds", "备注"), T::LongText},
                   kCreated,
                   kUpdated},
                  {{"event_attendee",
                    "event_id",
                    "attendees",
                    QT_TRANSLATE_NOOP("zs::RecordKinds", "参会企业"),
                    "company_id",
                    {{"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "企业"), T::Ref, nullptr, "company"},
                     {"contact_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "参会人"), T::Ref, nullptr, "contact"},
                     kUpdated}}},
                  "title"});
    kinds.append({RecordKind::Material,
                  "material",
                  "materials",
                  QT_TRANSLATE_NOOP("zs::RecordKinds", "资料"),
                  {{"sha256", QT_TRANSLATE_NOOP("zs::RecordKinds", "文件指纹（SHA-256）"), T::Hidden},
                   {"title", QT_TRANSLATE_NOOP("zs::RecordKinds", "资料名称")},
                   {"kind", QT_TRANSLATE_NOOP("zs::RecordKinds", "资料类型"), T::Code, nullptr, "material_kind"},
                   {"language", QT_TRANSLATE_NOOP("zs::RecordKinds", "语言")},
                   {"version", QT_TRANSLATE_NOOP("zs::RecordKinds", "版本")},
                   {"publisher", QT_TRANSLATE_NOOP("zs::RecordKinds", "发布单位")},
                   {"valid_from", QT_TRANSLATE_NOOP("zs::RecordKinds", "有效期起"), T::Date},
                   {"valid_to", QT_TRANSLATE_NOOP("zs::RecordKinds", "有效期至"), T::Date},
                   {"tags", QT_TRANSLATE_NOOP("zs::RecordKinds", "标签")},
                   {"mime", QT_TRANSLATE_NOOP("zs::RecordKinds", "文件类型")},
                   {"size", QT_TRANSLATE_NOOP("zs::RecordKinds", "文件大小"), T::Integer},
                   {"pages", QT_TRANSLATE_NOOP("zs::RecordKinds", "页数"), T::Integer},
                   {"supersedes_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "取代的旧版本"), T::Ref, nullptr, "material"},
                   {"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "编制对象企业"), T::Ref, nullptr, "company"},
                   kCreated,
                   kUpdated},
                  {{"material_handout",
                    "material_id",
                    "handouts",
                    QT_TRANSLATE_NOOP("zs::RecordKinds", "资料发放"),
                    "handed_at, rid",
                    {{"visit_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "走访"), T::Ref, nullptr, "visit"},
                     {"event_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "活动"), T::Ref, nullptr, "event"},
                     {"company_id", QT_TRANSLATE_NOOP("zs::RecordKinds", "发给企业"), T::Ref, nullptr, "company"},
                     {"handed_at", QT_TRANSLATE_NOOP("zs::RecordKinds", "发放时间"), T::Time},
                     {"handed_by", QT_TRANSLATE_NOOP("zs::RecordKinds", "发放人")},
                     kUpdated}}},
                  "title"});
    return kinds;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("zs::RecordKinds", text);
}
} // namespace

const FieldDecl* KindDecl::field(const QString& column) const
{
    for (const FieldDecl& f : fields)
        if (column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

const QList<KindDecl>& RecordKinds::all()
{
    static const QList<KindDecl> kinds = declarations();
    return kinds;
}

const KindDecl* RecordKinds::find(RecordKind kind)
{
    for (const KindDecl& k : all())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

const KindDecl& RecordKinds::get(RecordKind kind)
{
    const KindDecl* k = find(kind);
    Q_ASSERT(k);
    return *k;
}

const KindDecl* RecordKinds::byTable(const QString& table)
{
    for (const KindDecl& k : all()) {
        if (table == QLatin1String(k.key))
            return &k;
        for (const DetailDecl& d : k.details)
            if (table == QLatin1String(d.table))
                return &k;
    }
    return nullptr;
}

const KindDecl* RecordKinds::byPlural(const QString& plural)
{
    for (const KindDecl& k : all())
        if (plural == QLatin1String(k.plural))
            return &k;
    return nullptr;
}

QStringList RecordKinds::plurals()
{
    QStringList names;
    for (const KindDecl& k : all())
        names << QString::fromLatin1(k.plural);
    return names;
}

const DetailDecl* RecordKinds::detail(const QString& table)
{
    for (const KindDecl& k : all())
        for (const DetailDecl& d : k.details)
            if (table == QLatin1String(d.table))
                return &d;
    return nullptr;
}

QString RecordKinds::label(const KindDecl& kind)
{
    return translated(kind.label);
}

QString RecordKinds::tableLabel(const QString& table)
{
    if (const DetailDecl* d = detail(table))
        return translated(d->label);
    if (const KindDecl* k = byTable(table))
        return label(*k);
    return table;
}

QString RecordKinds::fieldLabel(const FieldDecl& field)
{
    const QString label = translated(field.label);
    return field.unit ? tr("%1（%2）").arg(label, translated(field.unit)) : label;
}

QString RecordKinds::fieldLabel(const QString& table, const QString& column)
{
    if (const DetailDecl* d = detail(table)) {
        if (column == QLatin1String(d->parentColumn))
            return tableLabel(QString::fromLatin1(byTable(table)->key));
        for (const FieldDecl& f : d->fields)
            if (column == QLatin1String(f.column))
                return fieldLabel(f);
        return column;
    }
    if (const KindDecl* k = byTable(table))
        if (const FieldDecl* f = k->field(column))
            return fieldLabel(*f);
    return column;
}

} // namespace zs
