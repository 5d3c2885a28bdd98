// 跟踪服务专员: the named specialists of the counties' industry and commerce bureaus and park committees who serve
// each landed project one to one (policy paper 四(四)3). A reference list HQ keeps and every laptop carries; the
// agreements record the one assigned. A simple kind: this declaration, its table in the sync schema and its
// migration are all of it (the generic form edits it).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

KindDecl RecordKinds::specialistKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Specialist;
    k.key = "specialist";
    k.plural = "specialists";
    k.label = QT_TR_NOOP("跟踪服务专员");
    k.shortLabel = QT_TR_NOOP("专员");
    k.createLabel = QT_TR_NOOP("新增专员");
    k.names = {"跟踪服务专员", "专员"};
    k.titleColumn = "name";
    k.search = {"x.name, concat_ws(' ', x.unit, x.title, x.phone, x.email, (SELECT name FROM ref_region WHERE code = "
                "x.region), x.notes) FROM specialist x",
                true, "SELECT id, unit || ' ' || title FROM specialist WHERE rid = ?1"};
    k.scope = "city";
    k.fields = {
        {"name", QT_TR_NOOP("姓名"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：刘建国")},
        {"region", QT_TR_NOOP("服务县（市、区）"), T::Code, nullptr, "ref_region", true},
        {"park", QT_TR_NOOP("服务园区"), T::Code, nullptr, "ref_park"},
        {"unit", QT_TR_NOOP("所在单位"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：翁源县工业和信息化局")},
        {"title", QT_TR_NOOP("职务")},
        {"phone", QT_TR_NOOP("电话"), T::Text, nullptr, nullptr, true},
        {"email", QT_TR_NOOP("电子邮箱")},
        {"active", QT_TR_NOOP("在岗"), T::Bool},
        {"notes", QT_TR_NOOP("备注"), T::LongText},
        created(),
        updated()};
    k.list.from = "specialist s";
    k.list.dateColumn = "date(s.updated_at / 1000, 'unixepoch', 'localtime')";
    k.list.columns = {
        {"name", QT_TR_NOOP("姓名"), "s.name"},
        {"region", QT_TR_NOOP("服务县（市、区）"),
         "coalesce((SELECT name FROM ref_region WHERE code = s.region), s.region)"},
        {"park", QT_TR_NOOP("服务园区"), "coalesce((SELECT name FROM ref_park WHERE code = s.park), '')"},
        {"unit", QT_TR_NOOP("所在单位"), "s.unit"},
        {"title", QT_TR_NOOP("职务"), "s.title"},
        {"phone", QT_TR_NOOP("电话"), "s.phone"},
        {"active", QT_TR_NOOP("在岗"), "s.active", ColumnType::Flag},
        {"updated_at", QT_TR_NOOP("更新时间"), "s.updated_at", ColumnType::DateTimeMs},
    };
    k.list.sortColumn = 1;
    k.list.order = Qt::AscendingOrder;
    k.list.wideColumn = 3;
    return k;
}

} // namespace zs
