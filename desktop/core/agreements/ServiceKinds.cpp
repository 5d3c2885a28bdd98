// One-to-one project service after signing (policy paper 四(四)3 项目跟踪服务): the milestones a county's specialist
// follows for a landed project (planned from seeds/service_templates.json: approvals, certificates, staffing,
// construction, equipment, production, full production), the enterprise's requests to departments (企业诉求) and the
// specialist's service log. They follow an agreement: its county's scope, kept by its specialists and read by the
// team that signed it (sync/protocol/CitySchema.cpp). The rules over them are agreements/ServicePlan.
#include "desktop/core/agreements/AgreementKindSupport.h"

namespace zs {

using agreementkinds::agreementRef;
using agreementkinds::follower;

KindDecl RecordKinds::serviceMilestoneKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::ServiceMilestone, "service_milestone", "service-milestones",
                          "service_milestone m JOIN agreement a ON a.id = m.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "m.due_on", "a.number || ' · ' || m.item");
    k.label = QT_TR_NOOP("服务节点");
    k.createLabel = QT_TR_NOOP("新增服务节点");
    k.names = {"服务节点", "项目服务节点"};
    k.activity = false; // planned work, not something that happened: the 项目服务 tab shows it
    k.fields = {
        agreementRef(),
        {"stage", QT_TR_NOOP("服务阶段"), T::Code, nullptr, "service_stage", true},
        {"item", QT_TR_NOOP("事项"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：建筑工程施工许可")},
        {"owner", QT_TR_NOOP("责任单位"), T::Text, nullptr, nullptr, false, QT_TR_NOOP("如：县住房和城乡建设局")},
        {"due_on", QT_TR_NOOP("期限"), T::Date},
        {"state", QT_TR_NOOP("办理状态"), T::Code, nullptr, "milestone_state", true},
        {"done_on", QT_TR_NOOP("完成日期"), T::Date},
        {"roles", QT_TR_NOOP("岗位需求"), T::Text, nullptr, nullptr, false, QT_TR_NOOP("人员需求：如 普工、技术员")},
        {"headcount", QT_TR_NOOP("需求人数"), T::Integer, QT_TR_NOOP("人")},
        {"blockers", QT_TR_NOOP("堵点"), T::LongText},
        {"notes", QT_TR_NOOP("备注"), T::LongText},
        created(),
        updated()};
    k.list.columns << ListColumnDecl{"stage", QT_TRANSLATE_NOOP("zs::RecordList", "服务阶段"),
                                     ZS_VOCABULARY("service_stage", "m.stage")}
                   << ListColumnDecl{"item", QT_TRANSLATE_NOOP("zs::RecordList", "事项"), "m.item"}
                   << ListColumnDecl{"owner", QT_TRANSLATE_NOOP("zs::RecordList", "责任单位"), "m.owner"}
                   << ListColumnDecl{"due_on", QT_TRANSLATE_NOOP("zs::RecordList", "期限"), "coalesce(m.due_on, '')",
                                     ColumnType::Date}
                   << ListColumnDecl{"state", QT_TRANSLATE_NOOP("zs::RecordList", "办理状态"),
                                     ZS_VOCABULARY("milestone_state", "m.state")}
                   << ListColumnDecl{"done_on", QT_TRANSLATE_NOOP("zs::RecordList", "完成日期"),
                                     "coalesce(m.done_on, '')", ColumnType::Date};
    k.list.order = Qt::AscendingOrder;
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"stage", {"服务阶段"}, true, ZS_VOCABULARY("service_stage", "m.stage")},
                  {"item", {"事项"}, true, "m.item"},
                  {"owner", {"责任单位"}, false, "m.owner"},
                  {"due_on", {"期限"}, false, "coalesce(m.due_on, '')"},
                  {"state", {"办理状态"}, true, ZS_VOCABULARY("milestone_state", "m.state")},
                  {"done_on", {"完成日期"}, false, "coalesce(m.done_on, '')"},
                  {"roles", {"岗位需求"}, false, "m.roles"},
                  {"headcount", {"需求人数"}, false, "CASE WHEN m.headcount > 0 THEN m.headcount ELSE '' END"},
                  {"blockers", {"堵点"}, false, "m.blockers"},
                  {"notes", {"备注"}, false, "m.notes"}};
    return k;
}

// 企业诉求: what the enterprise asked of which department, the answer and when it came (days to answer computed).
KindDecl RecordKinds::serviceRequestKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::ServiceRequest, "service_request", "service-requests",
                          "service_request r JOIN agreement a ON a.id = r.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "r.raised_on", "a.number || ' · ' || r.subject");
    k.label = QT_TR_NOOP("企业诉求");
    k.createLabel = QT_TR_NOOP("登记企业诉求");
    k.names = {"企业诉求", "诉求"};
    k.fields = {
        agreementRef(),
        {"raised_on", QT_TR_NOOP("提出日期"), T::Date, nullptr, nullptr, true},
        {"subject", QT_TR_NOOP("诉求内容"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：协调 10 kV 专线接入时间")},
        {"department", QT_TR_NOOP("承办部门"), T::Text, nullptr, nullptr, true, QT_TR_NOOP("如：供电局")},
        {"answer", QT_TR_NOOP("答复情况"), T::LongText},
        {"answered_on", QT_TR_NOOP("答复日期"), T::Date},
        {"notes", QT_TR_NOOP("备注"), T::LongText},
        created(),
        updated()};
    k.list.columns << ListColumnDecl{"raised_on", QT_TRANSLATE_NOOP("zs::RecordList", "提出日期"),
                                     "coalesce(r.raised_on, '')", ColumnType::Date}
                   << ListColumnDecl{"subject", QT_TRANSLATE_NOOP("zs::RecordList", "诉求内容"), "r.subject"}
                   << ListColumnDecl{"department", QT_TRANSLATE_NOOP("zs::RecordList", "承办部门"), "r.department"}
                   << ListColumnDecl{"answered_on", QT_TRANSLATE_NOOP("zs::RecordList", "答复日期"),
                                     "coalesce(r.answered_on, '')", ColumnType::Date}
                   // days from raised to answered; none while it waits (the 项目服务 tab counts those as of today)
                   << ListColumnDecl{"days", QT_TRANSLATE_NOOP("zs::RecordList", "答复用时（天）"),
                                     "coalesce(CAST(julianday(r.answered_on) - julianday(r.raised_on) AS INTEGER), -1)",
                                     ColumnType::Number};
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"raised_on", {"提出日期"}, true, "coalesce(r.raised_on, '')"},
                  {"subject", {"诉求内容"}, true, "r.subject"},
                  {"department", {"承办部门"}, true, "r.department"},
                  {"answer", {"答复情况"}, false, "r.answer"},
                  {"answered_on", {"答复日期"}, false, "coalesce(r.answered_on, '')"},
                  {"notes", {"备注"}, false, "r.notes"}};
    return k;
}

// The specialist's service log: each contact with the enterprise, how, what was done and what comes next.
KindDecl RecordKinds::serviceLogKind()
{
    using T = FieldType;
    KindDecl k = follower(RecordKind::ServiceLog, "service_log", "service-log",
                          "service_log l JOIN agreement a ON a.id = l.agreement_id LEFT JOIN company c ON c.id = "
                          "a.company_id",
                          "l.served_on", "a.number || ' · ' || coalesce(l.served_on, '')");
    k.label = QT_TR_NOOP("服务日志");
    k.createLabel = QT_TR_NOOP("记录服务");
    k.names = {"服务日志", "服务记录"};
    k.fields = {agreementRef(),
                {"served_on", QT_TR_NOOP("服务日期"), T::Date, nullptr, nullptr, true},
                {"mode", QT_TR_NOOP("服务方式"), T::Code, nullptr, "service_mode", true},
                {"specialist_id", QT_TR_NOOP("跟踪服务专员"), T::Ref, nullptr, "specialist"},
                {"content", QT_TR_NOOP("服务内容"), T::LongText, nullptr, nullptr, true},
                {"next_step", QT_TR_NOOP("下一步"), T::Text},
                created(),
                updated()};
    k.list.columns << ListColumnDecl{"served_on", QT_TRANSLATE_NOOP("zs::RecordList", "服务日期"),
                                     "coalesce(l.served_on, '')", ColumnType::Date}
                   << ListColumnDecl{"mode", QT_TRANSLATE_NOOP("zs::RecordList", "服务方式"),
                                     ZS_VOCABULARY("service_mode", "l.mode")}
                   << ListColumnDecl{"specialist", QT_TRANSLATE_NOOP("zs::RecordList", "跟踪服务专员"),
                                     "coalesce((SELECT name FROM specialist WHERE id = l.specialist_id), '')"}
                   << ListColumnDecl{"next_step", QT_TRANSLATE_NOOP("zs::RecordList", "下一步"), "l.next_step"};
    k.exchange = {{"agreement_id", {"协议编号"}, true, "a.number"},
                  {"served_on", {"服务日期"}, true, "coalesce(l.served_on, '')"},
                  {"mode", {"服务方式"}, true, ZS_VOCABULARY("service_mode", "l.mode")},
                  {"specialist_id",
                   {"跟踪服务专员"},
                   false,
                   "coalesce((SELECT name FROM specialist WHERE id = l.specialist_id), '')"},
                  {"content", {"服务内容"}, true, "l.content"},
                  {"next_step", {"下一步"}, false, "l.next_step"}};
    return k;
}

} // namespace zs
