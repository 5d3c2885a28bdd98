// The project service's rules (agreements/ServicePlan), table-driven: a template planned onto an agreement's dates
// (every anchor, offsets either way, a missing date, the staffing head count), where a milestone stands at, one day
// before and one day after each boundary (its date, the due-soon window) in each state, a request's days to answer at
// and past the answer window, and the settings changing them. Then the same over a workspace (ProjectService):
// a template applied once, again (nothing twice), after a deletion, in the agreement's county scope.
#include "WorkspaceFixture.h"

#include "desktop/core/agreements/ProjectService.h"
#include "desktop/core/agreements/ServicePlan.h"
#include "desktop/core/directory/CompanyRepository.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zs;

namespace {

const QDate kToday(2026, 12, 8);

ServiceAnchors anchors()
{
    ServiceAnchors a;
    a.signedOn = QDate(2026, 3, 1);
    a.startDue = QDate(2026, 9, 1);
    a.completionDue = QDate(2027, 12, 31);
    a.productionDue = QDate(2028, 6, 30);
    a.targetYear = 2029;
    a.targetJobs = 250;
    return a;
}

ServiceTemplates::Template oneOfEach()
{
    return {QStringLiteral("t"),
            QStringLiteral("测试"),
            {{QStringLiteral("approval"),
              QStringLiteral("立项"),
              QStringLiteral("县发展和改革局"),
              QStringLiteral("signed_on"),
              30,
              {},
              0},
             {QStringLiteral("approval"),
              QStringLiteral("施工许可"),
              QStringLiteral("县住房和城乡建设局"),
              QStringLiteral("start_due"),
              -5,
              {},
              0},
             {QStringLiteral("construction"),
              QStringLiteral("竣工验收"),
              QStringLiteral("企业"),
              QStringLiteral("completion_due"),
              0,
              {},
              0},
             {QStringLiteral("staffing"), QStringLiteral("首批招工"), QStringLiteral("县人力资源和社会保障局"),
              QStringLiteral("production_due"), -90, QStringLiteral("普工"), 0.6},
             {QStringLiteral("full-production"),
              QStringLiteral("达产核验"),
              QStringLiteral("县工业和信息化局"),
              QStringLiteral("target_year_end"),
              60,
              {},
              0}}};
}

ServiceTemplates settings(int dueSoon = 14, int answer = 10)
{
    ServiceTemplates s;
    s.dueSoonDays = dueSoon;
    s.answerDays = answer;
    return s;
}

MilestoneFacts milestone(const QString& state, QDate due, QDate done = {})
{
    return {
        QStringLiteral("m"), QStringLiteral("approval"), QStringLiteral("施工许可"), QString(), state, due, done, {}};
}

} // namespace

class TestProjectService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledTemplates()
    {
        const ServiceTemplates& t = ServiceTemplates::bundled();
        QVERIFY(t.version >= 1);
        QCOMPARE(t.dueSoonDays, 14);
        QCOMPARE(t.answerDays, 10);
        const ServiceTemplates::Template* industrial = t.find(QStringLiteral("industrial"));
        QVERIFY(industrial);
        // Every stage the issue names is planned, and every anchor is one the plan knows.
        QSet<QString> stages;
        for (const ServiceTemplates::Milestone& m : industrial->milestones) {
            stages << m.stage;
            QVERIFY2(anchors().date(m.anchor).isValid(), qPrintable(m.anchor));
        }
        QCOMPARE(stages.size(), 7);
        QVERIFY(!t.find(QStringLiteral("no-such-template")));
    }

    void plansOntoTheAgreementsDates()
    {
        const QList<PlannedMilestone> plan = ServicePlan::plan(oneOfEach(), anchors());
        QCOMPARE(plan.size(), 5);
        QCOMPARE(plan[0].due, QDate(2026, 3, 31));
        QCOMPARE(plan[0].basis, QStringLiteral("签约日期 2026-03-01 后 30 天"));
        QCOMPARE(plan[1].due, QDate(2026, 8, 27));
        QCOMPARE(plan[1].basis, QStringLiteral("约定开工日期 2026-09-01 前 5 天"));
        QCOMPARE(plan[2].due, QDate(2027, 12, 31));
        QCOMPARE(plan[2].basis, QStringLiteral("约定竣工日期 2027-12-31"));
        QCOMPARE(plan[3].due, QDate(2028, 4, 1));
        QCOMPARE(plan[3].headcount, 150); // 250 × 60 %
        QVERIFY(plan[3].basis.endsWith(QStringLiteral("人数 = 约定用工 250 人 × 60%")));
        QCOMPARE(plan[4].due, QDate(2030, 3, 1)); // 2029-12-31 + 60
        QCOMPARE(plan[4].headcount, 0);
    }

    void missingDatesLeaveTheDueOpen()
    {
        ServiceAnchors a = anchors();
        a.completionDue = QDate();
        a.targetYear = 0;
        a.targetJobs.reset();
        const QList<PlannedMilestone> plan = ServicePlan::plan(oneOfEach(), a);
        QVERIFY(!plan[2].due.isValid());
        QCOMPARE(plan[2].basis, QStringLiteral("协议未约定约定竣工日期，期限待定"));
        QVERIFY(!plan[4].due.isValid());
        QCOMPARE(plan[3].headcount, 0); // no agreed jobs: no head count
        QVERIFY(plan[0].due.isValid());
    }

    void milestoneStatus_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("dueInDays"); // from kToday; 9999: no date
        QTest::addColumn<int>("doneInDays");
        QTest::addColumn<int>("dueSoon");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");
        const auto S = [](MilestoneStatus s) { return static_cast<int>(s); };
        // The date itself: due today is not late; a day past it is.
        QTest::newRow("todo due yesterday")
            << "todo" << -1 << 0 << 14 << S(MilestoneStatus::Overdue) << 1 << "逾期 1 天";
        QTest::newRow("todo due today") << "todo" << 0 << 0 << 14 << S(MilestoneStatus::DueSoon) << 0 << "今天到期";
        QTest::newRow("doing due tomorrow")
            << "doing" << 1 << 0 << 14 << S(MilestoneStatus::DueSoon) << 1 << "1 天后到期";
        // The due-soon window: at its edge, and a day beyond.
        QTest::newRow("window edge") << "todo" << 14 << 0 << 14 << S(MilestoneStatus::DueSoon) << 14 << "14 天后到期";
        QTest::newRow("past the window") << "todo" << 15 << 0 << 14 << S(MilestoneStatus::Open) << 15 << "15 天后到期";
        QTest::newRow("window one day shorter")
            << "todo" << 14 << 0 << 13 << S(MilestoneStatus::Open) << 14 << "14 天后到期";
        QTest::newRow("window one day longer")
            << "todo" << 15 << 0 << 15 << S(MilestoneStatus::DueSoon) << 15 << "15 天后到期";
        // Blocked: its own state until its date passes, then overdue (still said to be blocked).
        QTest::newRow("blocked, far off")
            << "blocked" << 40 << 0 << 14 << S(MilestoneStatus::Blocked) << 40 << "受阻，40 天后到期";
        QTest::newRow("blocked, due today")
            << "blocked" << 0 << 0 << 14 << S(MilestoneStatus::Blocked) << 0 << "受阻，今天到期";
        QTest::newRow("blocked, a day late")
            << "blocked" << -1 << 0 << 14 << S(MilestoneStatus::Overdue) << 1 << "受阻，逾期 1 天";
        QTest::newRow("blocked, no date") << "blocked" << 9999 << 0 << 14 << S(MilestoneStatus::Blocked) << 0 << "受阻";
        QTest::newRow("no date") << "todo" << 9999 << 0 << 14 << S(MilestoneStatus::Undated) << 0 << "未定期限";
        // Done: early, on the day, late — whatever today is.
        QTest::newRow("done a day early")
            << "done" << -10 << -11 << 14 << S(MilestoneStatus::Done) << 1 << "已完成（提前 1 天）";
        QTest::newRow("done on the day") << "done" << -10 << -10 << 14 << S(MilestoneStatus::Done) << 0 << "按期完成";
        QTest::newRow("done a day late") << "done" << -10 << -9 << 14 << S(MilestoneStatus::Done) << -1
                                         << "已完成（逾期 1 天）";
        QTest::newRow("done, date not noted")
            << "done" << -10 << 9999 << 14 << S(MilestoneStatus::Done) << 0 << "已完成";
    }

    void milestoneStatus()
    {
        QFETCH(QString, state);
        QFETCH(int, dueInDays);
        QFETCH(int, doneInDays);
        QFETCH(int, dueSoon);
        QFETCH(int, status);
        QFETCH(int, days);
        QFETCH(QString, text);
        const QDate due = dueInDays == 9999 ? QDate() : kToday.addDays(dueInDays);
        const QDate done = state != QLatin1String("done") || doneInDays == 9999 ? QDate() : kToday.addDays(doneInDays);
        const MilestoneCheck c = ServicePlan::check(milestone(state, due, done), settings(dueSoon), kToday);
        QCOMPARE(static_cast<int>(c.status), status);
        QCOMPARE(c.days, days);
        QCOMPARE(c.text, text);
        if (due.isValid())
            QVERIFY2(c.basis.contains(due.toString(Qt::ISODate)), qPrintable(c.basis)); // says which date it used
    }

    void requestDaysToAnswer_data()
    {
        QTest::addColumn<int>("raisedDaysAgo");
        QTest::addColumn<int>("answeredAfter"); // days after raising; -1: not answered
        QTest::addColumn<int>("answerDays");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("late");
        QTest::addColumn<QString>("text");
        QTest::newRow("answered within") << 30 << 9 << 10 << true << 9 << false << "9 天答复";
        QTest::newRow("answered on the last day") << 30 << 10 << 10 << true << 10 << false << "10 天答复";
        QTest::newRow("answered a day late") << 30 << 11 << 10 << true << 11 << true << "11 天答复（超过 10 天）";
        QTest::newRow("same day") << 30 << 0 << 10 << true << 0 << false << "0 天答复";
        QTest::newRow("waiting, within") << 10 << -1 << 10 << false << 10 << false << "已等待 10 天";
        QTest::newRow("waiting, a day over") << 11 << -1 << 10 << false << 11 << true << "已等待 11 天（超过 10 天）";
        QTest::newRow("shorter window") << 8 << -1 << 7 << false << 8 << true << "已等待 8 天（超过 7 天）";
        // Answered after the as-of date: as of then, it was still waiting.
        QTest::newRow("answer dated later") << 5 << 12 << 10 << false << 5 << false << "已等待 5 天";
    }

    void requestDaysToAnswer()
    {
        QFETCH(int, raisedDaysAgo);
        QFETCH(int, answeredAfter);
        QFETCH(int, answerDays);
        QFETCH(bool, answered);
        QFETCH(int, days);
        QFETCH(bool, late);
        QFETCH(QString, text);
        const QDate raised = kToday.addDays(-raisedDaysAgo);
        const RequestFacts r{QStringLiteral("r"), raised, answeredAfter < 0 ? QDate() : raised.addDays(answeredAfter)};
        const RequestCheck c = ServicePlan::check(r, settings(14, answerDays), kToday);
        QCOMPARE(c.answered, answered);
        QCOMPARE(c.days, days);
        QCOMPARE(c.late, late);
        QCOMPARE(c.text, text);
    }

    void summaryCountsWhatItSays()
    {
        const QList<MilestoneFacts> m = {milestone(QStringLiteral("done"), kToday.addDays(-3), kToday.addDays(-4)),
                                         milestone(QStringLiteral("todo"), kToday.addDays(-2)),
                                         milestone(QStringLiteral("blocked"), kToday.addDays(-1)),
                                         milestone(QStringLiteral("blocked"), kToday.addDays(30)),
                                         milestone(QStringLiteral("doing"), kToday.addDays(3)),
                                         milestone(QStringLiteral("todo"), QDate())};
        const QList<RequestFacts> r = {{QStringLiteral("a"), kToday.addDays(-20), kToday.addDays(-14)},
                                       {QStringLiteral("b"), kToday.addDays(-40), kToday.addDays(-28)},
                                       {QStringLiteral("c"), kToday.addDays(-12), QDate()}};
        const ServiceSummary s = ServicePlan::summarize(m, r, settings(), kToday);
        QCOMPARE(s.milestones, 6);
        QCOMPARE(s.done, 1);
        QCOMPARE(s.overdue, 2);
        QCOMPARE(s.blocked, 2); // one of them overdue too
        QCOMPARE(s.dueSoon, 1);
        QCOMPARE(s.requests, 3);
        QCOMPARE(s.open, 1);
        QCOMPARE(s.late, 2); // 12 days to answer, 12 days waiting
        QCOMPARE(s.averageDays().value(), 9.0);
        QVERIFY(s.text().contains(QStringLiteral("平均 9.0 天答复（2 件已答复共 18 天）")));
        QVERIFY(!ServicePlan::summarize({}, {}, settings(), kToday).averageDays());
    }

    void settingsComeFromTheSeed()
    {
        const QJsonObject seed = QJsonDocument::fromJson(R"({"version": 3, "due_soon_days": 5, "answer_days": 3,
            "templates": [{"code": "x", "name": "X", "milestones": [{"stage": "production", "item": "投产",
            "owner": "企业", "anchor": "production_due", "offset_days": 0}]}]})")
                                     .object();
        const ServiceTemplates s = ServiceTemplates::fromJson(seed);
        QCOMPARE(s.version, 3);
        QCOMPARE(s.dueSoonDays, 5);
        QCOMPARE(s.answerDays, 3);
        QCOMPARE(s.find(QStringLiteral("x"))->milestones.size(), 1);
        QCOMPARE(ServicePlan::check(milestone(QStringLiteral("todo"), kToday.addDays(6)), s, kToday).status,
                 MilestoneStatus::Open);
        QCOMPARE(ServicePlan::check(milestone(QStringLiteral("todo"), kToday.addDays(5)), s, kToday).status,
                 MilestoneStatus::DueSoon);
    }

    // Over a workspace: a template applied makes its milestones once, dated as planned, in the agreement's scope.
    void appliesATemplateOnce()
    {
        test::WorkspaceFixture ws;
        Company c;
        c.name = QStringLiteral("始兴华立电路板有限公司");
        ZS_VERIFY_OK(CompanyRepository(ws.db()).create(c));
        auto id = RecordStore(ws.db(), RecordKinds::get(RecordKind::Agreement))
                      .create({{QStringLiteral("number"), QStringLiteral("SX-2026-007")},
                               {QStringLiteral("company_id"), c.id},
                               {QStringLiteral("signed_on"), anchors().signedOn},
                               {QStringLiteral("region"), QStringLiteral("shixing")},
                               {QStringLiteral("total_wan"), 30000},
                               {QStringLiteral("fixed_asset_wan"), 24000},
                               {QStringLiteral("start_due"), anchors().startDue},
                               {QStringLiteral("completion_due"), anchors().completionDue},
                               {QStringLiteral("production_due"), anchors().productionDue},
                               {QStringLiteral("target_year"), anchors().targetYear},
                               {QStringLiteral("target_jobs"), 250}});
        ZS_VERIFY_OK(id);
        ServiceTemplates templates = settings();
        templates.templates << oneOfEach();
        ProjectService service(ws.db());
        auto made = service.applyTemplate(QStringLiteral("SX-2026-007"), QStringLiteral("t"), templates);
        ZS_VERIFY_OK(made);
        QCOMPARE(made.value(), 5);
        QCOMPARE(service.applyTemplate(id.value(), QStringLiteral("t"), templates).value(), 0); // nothing twice
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM service_milestone WHERE scope = 'county:shixing'").value(), 5);

        auto state = service.read(id.value(), kToday, templates);
        ZS_VERIFY_OK(state);
        QCOMPARE(state->number, QStringLiteral("SX-2026-007"));
        QCOMPARE(state->milestones.size(), 5);
        // In the stages' order: 审批手续 (both), 人员需求, 开工建设, 达产.
        QStringList items;
        for (const ProjectService::Milestone& m : state->milestones)
            items << m.facts.item;
        QCOMPARE(items, (QStringList{QStringLiteral("立项"), QStringLiteral("施工许可"), QStringLiteral("首批招工"),
                                     QStringLiteral("竣工验收"), QStringLiteral("达产核验")}));
        QCOMPARE(state->milestones[0].facts.due, QDate(2026, 3, 31));
        QCOMPARE(state->milestones[0].stateName, QStringLiteral("未开始"));
        QCOMPARE(state->milestones[0].check.text, QStringLiteral("逾期 252 天"));
        QCOMPARE(state->milestones[2].headcount, 150);
        QCOMPARE(state->summary.overdue, 2);
        QVERIFY(state->milestones[0].facts.blockers.isEmpty());

        // One deleted: applying again makes that one only.
        ZS_VERIFY_OK(
            RecordStore(ws.db(), RecordKinds::get(RecordKind::ServiceMilestone)).remove(state->milestones[1].facts.id));
        QCOMPARE(service.applyTemplate(id.value(), QStringLiteral("t"), templates).value(), 1);

        // A request answered and one waiting; the JSON the CLI prints says the same.
        RecordStore requests(ws.db(), RecordKinds::get(RecordKind::ServiceRequest));
        ZS_VERIFY_OK(requests.create({{QStringLiteral("agreement_id"), id.value()},
                                      {QStringLiteral("raised_on"), kToday.addDays(-20)},
                                      {QStringLiteral("subject"), QStringLiteral("协调 10 千伏专线接入")},
                                      {QStringLiteral("department"), QStringLiteral("始兴供电局")},
                                      {QStringLiteral("answered_on"), kToday.addDays(-14)}}));
        ZS_VERIFY_OK(requests.create({{QStringLiteral("agreement_id"), id.value()},
                                      {QStringLiteral("raised_on"), kToday.addDays(-12)},
                                      {QStringLiteral("subject"), QStringLiteral("员工子女入学")},
                                      {QStringLiteral("department"), QStringLiteral("县教育局")}}));
        auto after = service.read(id.value(), kToday, templates);
        ZS_VERIFY_OK(after);
        const QJsonObject json = ProjectService::toJson(after.value());
        QCOMPARE(json.value(QStringLiteral("agreement")).toString(), QStringLiteral("SX-2026-007"));
        QCOMPARE(json.value(QStringLiteral("milestones")).toArray().size(), 5);
        const QJsonArray r = json.value(QStringLiteral("requests")).toArray();
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("员工子女入学"));
        QCOMPARE(r[0].toObject().value(QStringLiteral("late")).toBool(), true);
        QCOMPARE(r[1].toObject().value(QStringLiteral("days")).toInt(), 6);
        QCOMPARE(
            json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("average_days_to_answer")).toDouble(),
            6.0);

        // Unknown template, unknown agreement: said in Chinese, nothing made.
        auto unknown = service.applyTemplate(id.value(), QStringLiteral("nope"), templates);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, QStringLiteral("没有名为「nope」的服务节点模板。"));
        auto missing = service.read(QStringLiteral("SX-2099-001"), kToday, templates);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(ws.db().scalar("SELECT count(*) FROM service_milestone WHERE deleted = 0").value(), 5);
    }
};

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
