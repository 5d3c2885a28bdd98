// The demo agreements' one-to-one service (policy paper 四(四)3): each agreement's milestones planned from the
// industrial template, marked done as far as its story has got (the rest left open, some overdue or blocked, as on a
// real county's list), the enterprise's requests to departments and the specialist's service log. Dated from today.
#include "desktop/core/demo/DemoData.h"

#include "desktop/core/agreements/ProjectService.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QDate>
#include <QDateTime>

namespace zs {

namespace {
struct Story
{
    const char* number;
    int doneUntil;       // milestones due up to this many days from today are done (negative: in the past)
    const char* blocked; // the item left 受阻, with `blocker`
    const char* blocker;
    const char* doing; // an item under way (办理中)
};

const Story kStories[] = {
    {"SX-2024-011", 0, nullptr, nullptr, nullptr},
    {"SX-2025-003", -200, "建筑工程施工许可",
     "用地红线内一段 10 千伏线路需迁改，供电部门排期到明年一季度，施工图审查因此未能通过。", "建设工程规划许可"},
    {"SX-2025-006", 0, nullptr, nullptr, "用地预审与选址意见"},
    {"SX-2024-018", -150, nullptr, nullptr, "主体结构封顶"},
    {"SX-2024-009", -230, "排污许可证", "申请材料缺少废气治理设施的竣工验收监测报告，企业正在委托第三方检测。",
     "主要生产设备进场安装"},
    {"SX-2023-004", 0, nullptr, nullptr, nullptr},
    {"SX-2025-010", -240, nullptr, nullptr, "环境影响评价审批"},
    {"SX-2026-001", 0, nullptr, nullptr, "企业投资项目备案（立项）"},
};

struct Request
{
    const char* subject;
    const char* department;
    const char* answer;
    int raisedDaysAgo;
    int answerDays; // -1: not answered yet
};

const Request kRequests[] = {
    {"协调 10 千伏专线接入时间，确保设备调试用电", "始兴供电局", "已列入供电局本季度接入计划，专线预计一个月内送电。",
     95, 6},
    {"申请员工子女就近入学", "县教育局", "符合条件的 12 名员工子女已安排到城南小学和始兴中学就读。", 60, 14},
    {"厂区道路与园区主干道开设接口", "县交通运输局", nullptr, 12, -1},
    {"协助招聘 30 名数控技工", "县人力资源和社会保障局", "已在县人才市场专场招聘会设专区，并推送技工学校毕业生名单。",
     40, 8},
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<int> DemoData::projectService(Database& db, const Clock& clock)
{
    ZS_TRY_ASSIGN(const qint64 existing, db.scalar("SELECT count(*) FROM service_milestone WHERE deleted = 0"));
    if (existing > 0)
        return 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.wallMs()).date();
    ZS_TRY_ASSIGN(const QString specialistId, shixingSpecialist(db));

    ProjectService service(db, clock);
    RecordStore milestones(db, RecordKinds::get(RecordKind::ServiceMilestone), clock);
    RecordStore requests(db, RecordKinds::get(RecordKind::ServiceRequest), clock);
    RecordStore log(db, RecordKinds::get(RecordKind::ServiceLog), clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(db));
    int made = 0;
    int storyNo = 0;
    for (const Story& story : kStories) {
        const QString number = QString::fromLatin1(story.number);
        auto anchors = service.anchors(number);
        if (!anchors.ok())
            continue; // not on this laptop
        const QString agreementId = anchors->first;
        ZS_TRY_ASSIGN(const int planned, service.applyTemplate(agreementId, QStringLiteral("industrial")));
        made += planned;
        ZS_TRY_ASSIGN(const ProjectService::State state, service.read(agreementId, today));
        for (const ProjectService::Milestone& m : state.milestones) {
            RecordStore::Values v;
            if (m.facts.item == QString::fromUtf8(story.blocked)) {
                v = {{QStringLiteral("state"), QStringLiteral("blocked")},
                     {QStringLiteral("blockers"), QString::fromUtf8(story.blocker)}};
            } else if (m.facts.item == QString::fromUtf8(story.doing)) {
                v = {{QStringLiteral("state"), QStringLiteral("doing")}};
            } else if (m.facts.due.isValid() && m.facts.due <= today.addDays(story.doneUntil)) {
                // done a few days either side of its date, as real work goes
                const int slack = static_cast<int>((qHash(m.facts.item) % 9)) - 5;
                v = {{QStringLiteral("state"), QStringLiteral("done")},
                     {QStringLiteral("done_on"), iso(std::min(today, m.facts.due.addDays(slack)))}};
            } else {
                continue;
            }
            ZS_TRY_ASSIGN(RecordStore::Values all, milestones.get(m.facts.id)); // the planned fields stay
            all.insert(v);
            ZS_TRY(milestones.update(m.facts.id, all));
        }
        // Two requests each, in turn from the list; the newest agreement has had no time for any.
        if (anchors->second.signedOn.daysTo(today) > 100) {
            for (int k = 0; k < 2; ++k) {
                const Request& r = kRequests[(storyNo * 2 + k) % std::size(kRequests)];
                const QDate raised = today.addDays(-r.raisedDaysAgo - storyNo * 3);
                RecordStore::Values v{{QStringLiteral("agreement_id"), agreementId},
                                      {QStringLiteral("raised_on"), iso(raised)},
                                      {QStringLiteral("subject"), QString::fromUtf8(r.subject)},
                                      {QStringLiteral("department"), QString::fromUtf8(r.department)}};
                if (r.answerDays >= 0) {
                    v.insert(QStringLiteral("answer"), QString::fromUtf8(r.answer));
                    v.insert(QStringLiteral("answered_on"), iso(raised.addDays(r.answerDays)));
                }
                ZS_TRY(requests.create(v));
            }
        }
        // The specialist's log: the last visit and a call.
        const auto entry = [&](int daysAgo, const char* mode, const QString& content, const QString& next) {
            return log.create({{QStringLiteral("agreement_id"), agreementId},
                               {QStringLiteral("served_on"), iso(today.addDays(-daysAgo))},
                               {QStringLiteral("mode"), QString::fromLatin1(mode)},
                               {QStringLiteral("specialist_id"), specialistId},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("next_step"), next}});
        };
        ZS_TRY(entry(35 + storyNo * 4, "onsite",
                     story.blocked ? QStringLiteral("上门了解“%1”受阻情况：%2")
                                         .arg(QString::fromUtf8(story.blocked), QString::fromUtf8(story.blocker))
                                   : QStringLiteral("上门走访企业，核对项目建设和投资进度，收集企业近期诉求。"),
                     story.blocked ? QStringLiteral("提请县重点项目协调会研究解决")
                                   : QStringLiteral("按服务节点跟进下一阶段手续")));
        ZS_TRY(entry(6 + storyNo, "phone", QStringLiteral("电话回访企业负责人，通报诉求办理情况。"),
                     QStringLiteral("两周后再次回访")));
        ++storyNo;
    }
    ZS_TRY(tx.commit());
    return made;
}

} // namespace zs
