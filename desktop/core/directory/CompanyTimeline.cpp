#include "desktop/core/directory/CompanyTimeline.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "sync/store/Database.h"

namespace zs {

Result<QList<CompanyTimeline::Entry>> CompanyTimeline::entries(const QString& companyId, int limit)
{
    // Titles are assembled in SQL from reference names; kinds are RecordKind numbers.
    auto stmt = m_db.cached(
        "SELECT at, kind, record_id, title, detail FROM ("
        " SELECT v.visited_at AS at, 3 AS kind, v.id AS record_id,"
        "  '走访 · ' || coalesce((SELECT name FROM ref_visit_purpose WHERE code = v.purpose), '') AS title,"
        "  trim(v.outcome || ' ' || v.notes) AS detail, v.rid AS tie"
        "  FROM visit v WHERE v.company_id = ?1 AND v.deleted = 0"
        " UNION ALL"
        " SELECT ls.changed_at, 4, l.id, '项目 · ' || l.title || ' → ' || coalesce(s.name, ls.stage), ls.reason, ls.rid"
        "  FROM lead_stage ls JOIN lead l ON l.id = ls.lead_id LEFT JOIN ref_stage s ON s.code = ls.stage"
        "  WHERE l.company_id = ?1 AND l.deleted = 0 AND ls.deleted = 0"
        " UNION ALL"
        " SELECT CAST(strftime('%s', e.held_on) AS INTEGER) * 1000, 5, e.id, '活动 · ' || e.title, e.city, e.rid"
        "  FROM event_attendee a JOIN event e ON e.id = a.event_id WHERE a.company_id = ?1 AND e.deleted = 0 AND "
        "a.deleted = 0"
        " UNION ALL"
        " SELECT h.handed_at, 6, m.id, '资料 · ' || m.title, m.version, h.rid"
        "  FROM material_handout h JOIN material m ON m.id = h.material_id WHERE h.company_id = ?1 AND h.deleted = 0"
        ") ORDER BY at DESC, tie DESC LIMIT ?2");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, companyId).bind(2, limit);
    QList<Entry> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out << Entry{(*stmt)->int64(0), static_cast<RecordKind>((*stmt)->int64(1)), (*stmt)->text(2), (*stmt)->text(3),
                     (*stmt)->text(4)};
    }
}

} // namespace zs
