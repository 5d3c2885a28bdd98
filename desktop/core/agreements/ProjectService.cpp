#include "desktop/core/agreements/ProjectService.h"

#include "desktop/core/domain/RecordText.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace zs {

namespace {
QDate date(const Statement& s, int column)
{
    return QDate::fromString(s.text(column), Qt::ISODate);
}
} // namespace

Result<std::pair<QString, ServiceAnchors>> ProjectService::anchors(const QString& agreement)
{
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT id, signed_on, start_due, completion_due, production_due, "
                                         "target_year, target_jobs FROM agreement WHERE (id = ?1 OR number = ?1) AND "
                                         "deleted = 0 ORDER BY id = ?1 DESC LIMIT 1"));
    find->bind(1, agreement);
    return repo::one(
        find,
        [](const Statement& s) {
            ServiceAnchors a{date(s, 1), date(s, 2), date(s, 3), date(s, 4), static_cast<int>(s.int64(5)), {}};
            if (!s.isNull(6))
                a.targetJobs = s.real(6);
            return std::make_pair(s.text(0), a);
        },
        makeError(ErrorCode::NotFound, tr("找不到投资协议「%1」。").arg(agreement)));
}

Result<ProjectService::State> ProjectService::read(const QString& agreement, QDate asOf,
                                                   const ServiceTemplates& templates)
{
    ZS_TRY_ASSIGN(const auto found, anchors(agreement));
    State state;
    state.agreementId = found.first;
    state.asOf = asOf;
    ZS_TRY_ASSIGN(auto number, m_db.cached("SELECT number FROM agreement WHERE id = ?1"));
    number->bind(1, state.agreementId);
    ZS_TRY_ASSIGN(const bool has, number->step());
    state.number = has ? number->text(0) : QString();
    number->reset();

    ZS_TRY_ASSIGN(auto milestones,
                  m_db.cached("SELECT id, stage, item, owner, state, due_on, done_on, blockers, roles, "
                              "headcount FROM service_milestone WHERE agreement_id = ?1 AND deleted = "
                              "0 ORDER BY coalesce(due_on, '9999'), item"));
    milestones->bind(1, state.agreementId);
    ZS_TRY_ASSIGN(state.milestones, repo::all(milestones, [&](const Statement& s) {
                      Milestone m;
                      m.facts = {s.text(0), s.text(1),  s.text(2),  s.text(3),
                                 s.text(4), date(s, 5), date(s, 6), s.text(7)};
                      m.stageName = Vocabularies::name(QStringLiteral("service_stage"), m.facts.stage);
                      m.stateName = Vocabularies::name(QStringLiteral("milestone_state"), m.facts.state);
                      m.roles = s.text(8);
                      m.headcount = static_cast<int>(s.int64(9));
                      m.check = ServicePlan::check(m.facts, templates, asOf);
                      return m;
                  }));
    // The stages' order (审批手续 … 达产), then by date within a stage.
    std::stable_sort(state.milestones.begin(), state.milestones.end(), [](const Milestone& a, const Milestone& b) {
        return Vocabularies::position(QStringLiteral("service_stage"), a.facts.stage) <
               Vocabularies::position(QStringLiteral("service_stage"), b.facts.stage);
    });

    ZS_TRY_ASSIGN(auto requests, m_db.cached("SELECT id, raised_on, answered_on, subject, department, answer FROM "
                                             "service_request WHERE agreement_id = ?1 AND deleted = 0 ORDER BY "
                                             "raised_on DESC, subject"));
    requests->bind(1, state.agreementId);
    ZS_TRY_ASSIGN(state.requests, repo::all(requests, [&](const Statement& s) {
                      Request r{{s.text(0), date(s, 1), date(s, 2)}, s.text(3), s.text(4), s.text(5), {}};
                      r.check = ServicePlan::check(r.facts, templates, asOf);
                      return r;
                  }));

    ZS_TRY_ASSIGN(auto log, m_db.cached("SELECT l.id, l.served_on, l.mode, coalesce(s.name, ''), l.content, "
                                        "l.next_step FROM service_log l LEFT JOIN specialist s ON s.id = "
                                        "l.specialist_id WHERE l.agreement_id = ?1 AND l.deleted = 0 ORDER BY "
                                        "l.served_on DESC, l.rid DESC"));
    log->bind(1, state.agreementId);
    ZS_TRY_ASSIGN(state.log, repo::all(log, [](const Statement& s) {
                      return LogEntry{
                          s.text(0), date(s, 1), Vocabularies::name(QStringLiteral("service_mode"), s.text(2)),
                          s.text(3), s.text(4),  s.text(5)};
                  }));

    QList<MilestoneFacts> mf;
    for (const Milestone& m : std::as_const(state.milestones))
        mf << m.facts;
    QList<RequestFacts> rf;
    for (const Request& r : std::as_const(state.requests))
        rf << r.facts;
    state.summary = ServicePlan::summarize(mf, rf, templates, asOf);
    return state;
}

Result<int> ProjectService::applyTemplate(const QString& agreement, const QString& templateCode,
                                          const ServiceTemplates& templates)
{
    const ServiceTemplates::Template* t = templates.find(templateCode);
    if (!t)
        return makeError(ErrorCode::Invalid, tr("没有名为「%1」的服务节点模板。").arg(templateCode));
    ZS_TRY_ASSIGN(const auto found, anchors(agreement));
    ZS_TRY_ASSIGN(auto existing,
                  m_db.cached("SELECT stage || '|' || item FROM service_milestone WHERE agreement_id = ?1 AND "
                              "deleted = 0"));
    existing->bind(1, found.first);
    ZS_TRY_ASSIGN(const QStringList have, repo::all(existing, [](const Statement& s) { return s.text(0); }));
    const QSet<QString> present(have.cbegin(), have.cend());

    RecordStore store(m_db, RecordKinds::get(RecordKind::ServiceMilestone), m_clock);
    ZS_TRY_ASSIGN(auto tx, Transaction::begin(m_db));
    int made = 0;
    for (const PlannedMilestone& p : ServicePlan::plan(*t, found.second)) {
        if (present.contains(p.stage + QLatin1Char('|') + p.item))
            continue;
        RecordStore::Values v{{QStringLiteral("agreement_id"), found.first},
                              {QStringLiteral("stage"), p.stage},
                              {QStringLiteral("item"), p.item},
                              {QStringLiteral("owner"), p.owner},
                              {QStringLiteral("state"), QStringLiteral("todo")},
                              {QStringLiteral("roles"), p.roles},
                              {QStringLiteral("notes"), tr("按“%1”模板生成：%2").arg(t->name, p.basis)}};
        if (p.due.isValid())
            v.insert(QStringLiteral("due_on"), p.due);
        if (p.headcount > 0)
            v.insert(QStringLiteral("headcount"), p.headcount);
        ZS_TRY(store.create(v));
        ++made;
    }
    ZS_TRY(tx.commit());
    return made;
}

QJsonObject ProjectService::toJson(const State& state)
{
    QJsonArray milestones;
    for (const Milestone& m : state.milestones)
        milestones.append(QJsonObject{{QStringLiteral("stage"), m.facts.stage},
                                      {QStringLiteral("stage_name"), m.stageName},
                                      {QStringLiteral("item"), m.facts.item},
                                      {QStringLiteral("owner"), m.facts.owner},
                                      {QStringLiteral("due"), RecordText::isoDate(m.facts.due)},
                                      {QStringLiteral("state"), m.facts.state},
                                      {QStringLiteral("done"), RecordText::isoDate(m.facts.done)},
                                      {QStringLiteral("status"), ServicePlan::statusCode(m.check.status)},
                                      {QStringLiteral("status_text"), m.check.text},
                                      {QStringLiteral("days"), m.check.days},
                                      {QStringLiteral("basis"), m.check.basis},
                                      {QStringLiteral("roles"), m.roles},
                                      {QStringLiteral("headcount"), m.headcount},
                                      {QStringLiteral("blockers"), m.facts.blockers}});
    QJsonArray requests;
    for (const Request& r : state.requests)
        requests.append(QJsonObject{{QStringLiteral("raised"), RecordText::isoDate(r.facts.raised)},
                                    {QStringLiteral("subject"), r.subject},
                                    {QStringLiteral("department"), r.department},
                                    {QStringLiteral("answered"), RecordText::isoDate(r.facts.answered)},
                                    {QStringLiteral("days"), r.check.days},
                                    {QStringLiteral("late"), r.check.late},
                                    {QStringLiteral("text"), r.check.text}});
    QJsonArray log;
    for (const LogEntry& l : state.log)
        log.append(QJsonObject{{QStringLiteral("date"), RecordText::isoDate(l.on)},
                               {QStringLiteral("mode"), l.mode},
                               {QStringLiteral("specialist"), l.specialist},
                               {QStringLiteral("content"), l.content},
                               {QStringLiteral("next_step"), l.nextStep}});
    const ServiceSummary& s = state.summary;
    QJsonObject summary{{QStringLiteral("milestones"), s.milestones},
                        {QStringLiteral("done"), s.done},
                        {QStringLiteral("overdue"), s.overdue},
                        {QStringLiteral("blocked"), s.blocked},
                        {QStringLiteral("due_soon"), s.dueSoon},
                        {QStringLiteral("requests"), s.requests},
                        {QStringLiteral("open"), s.open},
                        {QStringLiteral("late"), s.late},
                        {QStringLiteral("text"), s.text()}};
    if (const auto avg = s.averageDays())
        summary.insert(QStringLiteral("average_days_to_answer"), *avg);
    return {{QStringLiteral("agreement"), state.number}, {QStringLiteral("as_of"), RecordText::isoDate(state.asOf)},
            {QStringLiteral("summary"), summary},        {QStringLiteral("milestones"), milestones},
            {QStringLiteral("requests"), requests},      {QStringLiteral("log"), log}};
}

} // namespace zs
