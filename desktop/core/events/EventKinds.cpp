// 推介活动: promotion events, trade fairs, campus recruiting, with the companies that attended (detail rows).
#include "desktop/core/registry/RecordKinds.h"

namespace zs {

KindDecl RecordKinds::eventKind()
{
    using T = FieldType;
    KindDecl k;
    k.kind = RecordKind::Event;
    k.key = "event";
    k.plural = "events";
    k.label = QT_TR_NOOP("推介活动");
    k.names = {"推介活动", "活动"};
    k.shortLabel = QT_TR_NOOP("活动");
    k.createLabel = QT_TR_NOOP("新活动");
    k.titleColumn = "title";
    k.search = {"x.title, concat_ws(' ', x.organiser, x.notes) FROM event x", true,
                "SELECT id, held_on || ' ' || city FROM event WHERE rid = ?1"};
    k.fields = {{"held_on", QT_TR_NOOP("日期"), T::Date},
                {"city", QT_TR_NOOP("城市"), T::Code, nullptr, "city"},
                {"kind", QT_TR_NOOP("活动类型"), T::Code, nullptr, "event_kind"},
                {"title", QT_TR_NOOP("活动名称")},
                {"organiser", QT_TR_NOOP("主办方")},
                {"materials", QT_TR_NOOP("使用的资料")},
                {"notes", QT_TR_NOOP("备注"), T::LongText},
                created(),
                updated()};
    k.details = {{"event_attendee",
                  "event_id",
                  "attendees",
                  QT_TR_NOOP("参会企业"),
                  "company_id",
                  {{"company_id", QT_TR_NOOP("企业"), T::Ref, nullptr, "company"},
                   {"contact_id", QT_TR_NOOP("参会人"), T::Ref, nullptr, "contact"},
                   updated()}}};
    k.list.from = "event e";
    k.list.dateColumn = "e.held_on";
    k.list.columns = {
        {"held_on", QT_TR_NOOP("日期"), "e.held_on", ColumnType::Date},
        {"kind", QT_TR_NOOP("类型"), "e.kind", ColumnType::EventKind},
        {"title", QT_TR_NOOP("活动名称"), "e.title"},
        {"city", QT_TR_NOOP("城市"), "e.city"},
        {"organiser", QT_TR_NOOP("主办方"), "e.organiser"},
        {"attendees", QT_TR_NOOP("参会企业"),
         "(SELECT count(*) FROM event_attendee WHERE event_id = e.id AND deleted = 0)", ColumnType::Number},
        {"leads", QT_TR_NOOP("带来线索"), "(SELECT count(*) FROM lead WHERE event_id = e.id AND deleted = 0)",
         ColumnType::Number},
    };
    k.list.wideColumn = 2; // 活动名称
    k.list.city = "e.city";
    return k;
}

} // namespace zs
