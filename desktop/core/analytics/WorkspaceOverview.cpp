#include "desktop/core/analytics/WorkspaceOverview.h"

#include "sync/store/Database.h"

namespace zs {

Result<WorkspaceOverview::Summary> WorkspaceOverview::summary(const QDate& today, int recentCount)
{
    Summary s;
    ZS_TRY_ASSIGN(auto due,
                  m_db.cached("SELECT v.id, c.name, v.next_step, v.next_due FROM visit v JOIN company c ON c.id = "
                              "v.company_id WHERE v.next_due IS NOT NULL AND v.next_done = 0 AND v.deleted = 0 "
                              "AND v.next_due <= ?1 ORDER BY v.next_due, v.rid LIMIT 200"));
    due->bind(1, today.addDays(kWeekDays).toString(Qt::ISODate));
    while (due->step().value()) {
        FollowUp f{due->text(0), due->text(1), due->text(2), QDate::fromString(due->text(3), Qt::ISODate)};
        (f.due < today ? s.overdue : f.due == today ? s.dueToday : s.dueThisWeek) << f;
    }
    ZS_TRY_ASSIGN(auto recent,
                  m_db.cached("SELECT v.id, v.visited_at, c.name, v.outcome FROM visit v JOIN company c ON c.id = "
                              "v.company_id WHERE v.deleted = 0 ORDER BY v.visited_at DESC, v.rid DESC LIMIT ?1"));
    recent->bind(1, recentCount);
    while (recent->step().value())
        s.recentVisits << RecentVisit{recent->text(0), recent->int64(1), recent->text(2), recent->text(3)};
    ZS_TRY_ASSIGN(auto stages,
                  m_db.cached("SELECT s.code, s.name, count(l.rid) FROM ref_stage s LEFT JOIN lead l ON l.stage = "
                              "s.code AND l.deleted = 0 GROUP BY s.code ORDER BY s.sort"));
    while (stages->step().value())
        s.leadsByStage << StageCount{stages->text(0), stages->text(1), static_cast<int>(stages->int64(2))};
    const struct
    {
        const char* sql;
        qint64* out;
    } counts[] = {
        {"SELECT count(*) FROM company WHERE deleted = 0", &s.companies},
        {"SELECT count(*) FROM contact WHERE deleted = 0", &s.contacts},
        {"SELECT count(*) FROM visit WHERE deleted = 0", &s.visits},
        {"SELECT count(*) FROM lead WHERE deleted = 0", &s.leads},
        {"SELECT count(*) FROM event WHERE deleted = 0", &s.events},
    };
    for (const auto& c : counts) {
        ZS_TRY_ASSIGN(auto n, m_db.scalar(c.sql));
        *c.out = n;
    }
    return s;
}

} // namespace zs
