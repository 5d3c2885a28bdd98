#include "desktop/core/events/EventRepository.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

namespace zs {

QMap<QString, QString> EventRepository::validate(const Event& e)
{
    QMap<QString, QString> problems;
    if (e.title.trimmed().isEmpty())
        problems.insert(QStringLiteral("title"), tr("请填写活动名称。"));
    if (!e.heldOn.isValid())
        problems.insert(QStringLiteral("held_on"), tr("请填写活动日期。"));
    if (e.city.trimmed().isEmpty())
        problems.insert(QStringLiteral("city"), tr("请填写活动城市。"));
    if (!RecordText::eventKinds().contains(e.kind))
        problems.insert(QStringLiteral("kind"), tr("请选择活动类型：推介会、经贸活动或校园招聘。"));
    repo::checkTextLimits(
        problems, {{"title", e.title}, {"organiser", e.organiser}, {"materials", e.materials}, {"notes", e.notes}});
    return problems;
}

// The companies that attended: links to companies, detail rows of the event (its scope, synced with it). A company
// not found is left out.
Result<void> EventRepository::writeAttendees(const Event& e, bool replace, qint64 now)
{
    static const repo::LinkSpec kAttendees{"event_attendee", "event", "event_id", "company",
                                           "company_id",     false,   nullptr,    nullptr};
    return repo::writeLinks(m_db, kAttendees, e.id, QString(), e.attendeeCompanyIds, replace, now);
}

Result<QString> EventRepository::create(Event& e)
{
    e.title = e.title.trimmed();
    const auto problems = validate(e);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    if (e.scope.isEmpty()) {
        auto scope = repo::teamScope(m_db);
        if (!scope.ok())
            return scope.error();
        e.scope = scope.value();
    }
    const qint64 now = m_clock.wallMs();
    e.id = Uuid7::create(now);
    e.createdAt = e.updatedAt = now;
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto stmt = m_db.cached("INSERT INTO event (id, scope, held_on, city, kind, title, organiser, materials, notes, "
                            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, e.id).bind(2, e.scope).bind(3, rows::isoDate(e.heldOn)).bind(4, e.city.trimmed()).bind(5, e.kind);
    s.bind(6, e.title).bind(7, rows::text(e.organiser)).bind(8, rows::text(e.materials)).bind(9, rows::text(e.notes));
    s.bind(10, now);
    ZS_TRY(s.run());
    ZS_TRY(writeAttendees(e, false, now)); // a new event has none to clear
    ZS_TRY(tx->commit());
    return e.id;
}

Result<void> EventRepository::update(Event& e)
{
    e.title = e.title.trimmed();
    const auto problems = validate(e);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    e.updatedAt = m_clock.wallMs();
    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto stmt = m_db.cached("UPDATE event SET held_on = ?2, city = ?3, kind = ?4, title = ?5, organiser = ?6, "
                            "materials = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, e.id).bind(2, rows::isoDate(e.heldOn)).bind(3, e.city.trimmed()).bind(4, e.kind).bind(5, e.title);
    s.bind(6, rows::text(e.organiser)).bind(7, rows::text(e.materials)).bind(8, rows::text(e.notes));
    s.bind(9, e.updatedAt);
    ZS_TRY(s.run());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, tr("找不到这场活动，可能已被删除。"), e.id);
    ZS_TRY(writeAttendees(e, true, e.updatedAt));
    return tx->commit();
}

Result<Event> EventRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT id, scope, held_on, city, kind, title, organiser, materials, notes, created_at, "
                            "updated_at FROM event WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("找不到这场活动，可能已被删除。"), id);
    const Statement& s = **stmt;
    Event e;
    e.id = s.text(0);
    e.scope = s.text(1);
    e.heldOn = QDate::fromString(s.text(2), Qt::ISODate);
    e.city = s.text(3);
    e.kind = s.text(4);
    e.title = s.text(5);
    e.organiser = s.text(6);
    e.materials = s.text(7);
    e.notes = s.text(8);
    e.createdAt = s.int64(9);
    e.updatedAt = s.int64(10);
    auto attendees = m_db.cached("SELECT company_id FROM event_attendee WHERE event_id = ?1 AND deleted = 0 "
                                 "ORDER BY company_id");
    if (!attendees.ok())
        return attendees.error();
    (*attendees)->bind(1, id);
    while ((*attendees)->step().value())
        e.attendeeCompanyIds << (*attendees)->text(0);
    return e;
}

} // namespace zs
