// 资料: the promotion materials library, with where each was handed out (detail rows).
#include "desktop/core/materials/MaterialRepository.h"
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

KindDecl RecordKinds::materialKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Material;
    k.key = "material";
    k.plural = "materials";
    k.label = QT_TR_NOOP("资料");
    k.names = {"资料"};
    k.createLabel = QT_TR_NOOP("导入资料…");
    k.titleColumn = "title";
    k.search = {"x.title, concat_ws(' ', x.publisher, x.version, x.tags) FROM material x", true,
                "SELECT id, publisher || ' ' || version FROM material WHERE rid = ?1"};
    k.fields = {{"sha256", QT_TR_NOOP("文件指纹（SHA-256）"), T::Hidden},
                {"title", QT_TR_NOOP("资料名称")},
                {"kind", QT_TR_NOOP("资料类型"), T::Code, nullptr, "material_kind"},
                {"language", QT_TR_NOOP("语言")},
                {"version", QT_TR_NOOP("版本")},
                {"publisher", QT_TR_NOOP("发布单位")},
                {"valid_from", QT_TR_NOOP("有效期起"), T::Date},
                {"valid_to", QT_TR_NOOP("有效期至"), T::Date},
                {"tags", QT_TR_NOOP("标签")},
                {"mime", QT_TR_NOOP("文件类型")},
                {"size", QT_TR_NOOP("文件大小"), T::Integer, QT_TR_NOOP("字节")},
                {"pages", QT_TR_NOOP("页数"), T::Integer},
                {"supersedes_id", QT_TR_NOOP("取代的旧版本"), T::Ref, nullptr, "material"},
                {"company_id", QT_TR_NOOP("编制对象企业"), T::Ref, nullptr, "company"},
                created(),
                updated()};
    k.details = {{"material_handout",
                  "material_id",
                  "handouts",
                  QT_TR_NOOP("资料发放"),
                  "handed_at, rid",
                  {{"visit_id", QT_TR_NOOP("走访"), T::Ref, nullptr, "visit"},
                   {"event_id", QT_TR_NOOP("活动"), T::Ref, nullptr, "event"},
                   {"company_id", QT_TR_NOOP("发给企业"), T::Ref, nullptr, "company"},
                   {"handed_at", QT_TR_NOOP("发放时间"), T::Time},
                   {"handed_by", QT_TR_NOOP("发放人")},
                   updated()}}};
    k.activity = false; // on a company's page as its handovers (material_handout), not once more as the file
    k.list.from = "material m";
    k.list.dateColumn = "date(m.created_at / 1000, 'unixepoch', 'localtime')";
    k.list.columns = {
        {"title", QT_TR_NOOP("资料名称"), "m.title"},
        {"kind", QT_TR_NOOP("类型"), "m.kind", ColumnType::MaterialKind},
        {"version", QT_TR_NOOP("版本"), "m.version"},
        {"publisher", QT_TR_NOOP("发布单位"), "m.publisher"},
        {"valid_to", QT_TR_NOOP("有效期至"), "coalesce(m.valid_to, '')", ColumnType::Date},
        {"status", QT_TR_NOOP("状态"),
         "CASE WHEN EXISTS (SELECT 1 FROM material n WHERE n.supersedes_id = m.id AND n.deleted = 0) "
         "THEN 'superseded' WHEN m.valid_to IS NOT NULL AND m.valid_to < date('now', 'localtime') "
         "THEN 'expired' ELSE '' END",
         ColumnType::MaterialStatus},
        {"file", QT_TR_NOOP("文件"), MaterialRepository::fileStateSql(), ColumnType::MaterialFile},
        {"pages", QT_TR_NOOP("页数"), "m.pages", ColumnType::Number},
        {"size", QT_TR_NOOP("大小"), "m.size", ColumnType::Bytes},
        {"created_at", QT_TR_NOOP("导入时间"), "m.created_at", ColumnType::DateTimeMs},
    };
    k.list.sortColumn = 9;
    k.list.company = "m.company_id";
    return k;
}

} // namespace zs
