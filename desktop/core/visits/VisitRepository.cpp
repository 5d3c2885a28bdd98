#include "desktop/core/visits/VisitRepository.h"

#include "desktop/core/domain/RecordText.h"
#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/RowBinding.h"
#include "sync/store/Database.h"
#include "sync/store/Transaction.h"
#include "sync/store/Uuid7.h"

#include <algorithm>

namespace zs {

namespace {
#define VISIT_COLUMNS                                                                                                  \
    "id, scope, visited_at, city, place, officers, company_id, purpose, notes, outcome, intent, next_step, "           \
    "next_due, next_done, materials, created_at, updated_at"

Visit read(const Statement& s)
{
    Visit v;
    v.id = s.text(0);
    v.scope = s.text(1);
    v.visitedAt = QDateTime::fromMSecsSinceEpoch(s.int64(2));
    v.city = s.text(3);
    v.place = s.text(4);
    v.officers = s.text(5);
    v.companyId = s.text(6);
    v.purpose = s.text(7);
    v.notes = s.text(8);
    v.outcome = s.text(9);
    v.intent = static_cast<int>(s.int64(10));
    v.nextStep = s.text(11);
    v.nextDue = QDate::fromString(s.text(12), Qt::ISODate);
    v.nextDone = s.int64(13) != 0;
    v.materials = s.text(14);
    v.createdAt = s.int64(15);
    v.updatedAt = s.int64(16);
    return v;
}

// The fields a correction may change, as (name, text of value).
QList<QPair<QString, QString>> correctableFields(const Visit& v)
{
    return {
        {QStringLiteral("visited_at"), v.visitedAt.toString(Qt::ISODate)},
        {QStringLiteral("city"), v.city},
        {QStringLiteral("place"), v.place},
        {QStringLiteral("officers"), v.officers},
        {QStringLiteral("company_id"), v.companyId},
        {QStringLiteral("purpose"), v.purpose},
        {QStringLiteral("notes"), v.notes},
        {QStringLiteral("outcome"), v.outcome},
        {QStringLiteral("intent"), QString::number(v.intent)},
        {QStringLiteral("next_step"), v.nextStep},
        {QStringLiteral("next_due"), rows::isoDate(v.nextDue)},
        {QStringLiteral("materials"), v.materials},
        {QStringLiteral("contacts"), v.contactIds.join(QLatin1Char(','))},
    };
}
} // namespace

QMap<QString, QString> VisitRepository::validate(const Visit& v) const
{
    QMap<QString, QString> problems;
    if (v.companyId.isEmpty())
        problems.insert(QStringLiteral("company"), tr("请选择或新建走访的企业。"));
    if (!v.visitedAt.isValid())
        problems.insert(QStringLiteral("visited_at"), tr("请填写走访时间。"));
    else if (v.visitedAt.toMSecsSinceEpoch() > m_clock.wallMs() + 24 * 3600 * 1000)
        problems.insert(QStringLiteral("visited_at"), tr("走访时间不能晚于今天。计划中的走访请记为上次走访的下一步。"));
    if (!RecordText::visitCities().contains(v.city))
        problems.insert(QStringLiteral("city"), tr("请选择走访地点：广州、深圳、东莞或其他。"));
    if (v.intent < 0 || v.intent > 3)
        problems.insert(QStringLiteral("intent"), tr("投资意向只能是未判断、低、中、高。"));
    if (v.nextDue.isValid() && v.nextStep.trimmed().isEmpty())
        problems.insert(QStringLiteral("next_step"), tr("设了跟进日期，请写明下一步要做什么。"));
    if (v.nextDue.isValid() && v.visitedAt.isValid() && v.nextDue < v.visitedAt.date())
        problems.insert(QStringLiteral("next_due"), tr("跟进日期不能早于走访日期。"));
    repo::checkTextLimits(problems, {{"place", v.place},
                                     {"officers", v.officers},
                                     {"purpose", v.purpose},
                                     {"notes", v.notes},
                                     {"outcome", v.outcome},
                                     {"next_step", v.nextStep},
                                     {"materials", v.materials}});
    return problems;
}

Result<QString> VisitRepository::teamScope()
{
    if (m_teamScope.isEmpty()) { // looked up once per repository: bulk inserts create many visits
        auto scope = repo::teamScope(m_db);
        if (!scope.ok())
            return scope.error();
        m_teamScope = scope.value();
    }
    return m_teamScope;
}

// The people met: links to contacts, detail rows of the visit (its scope, synced with it).
Result<void> VisitRepository::writeContacts(const Visit& v, bool replace, qint64 now)
{
    static const repo::LinkSpec kContacts{
        "visit_contact", "visit", "visit_id", "contact",
        "contact_id",    true,    "contacts", [] { return tr("见到的联系人不存在，请重新选择。"); }};
    return repo::writeLinks(m_db, kContacts, v.id, v.scope, v.contactIds, replace, now);
}

namespace {
Error companyMissing(const Error& cause)
{
    Error error = makeError(ErrorCode::Invalid, VisitRepository::tr("走访的企业不存在，请重新选择。"), cause.detail);
    error.fields.insert(QStringLiteral("company"), error.message);
    return error;
}
} // namespace

Result<QString> VisitRepository::create(Visit& v)
{
    const auto problems = validate(v);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    if (v.scope.isEmpty()) {
        auto scope = teamScope();
        if (!scope.ok())
            return scope.error();
        v.scope = scope.value();
    }
    const qint64 now = m_clock.wallMs();
    v.id = Uuid7::create(now);
    v.createdAt = v.updatedAt = now;
    auto stmt =
        m_db.cached("INSERT INTO visit (id, scope, visited_at, city, place, officers, company_id, purpose, "
                    "notes, outcome, intent, next_step, next_due, next_done, materials, created_at, updated_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, nullif(?13, ''), ?14, ?15, "
                    "?16, ?16)");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, v.id).bind(2, v.scope).bind(3, v.visitedAt.toMSecsSinceEpoch()).bind(4, v.city);
    s.bind(5, rows::text(v.place)).bind(6, rows::text(v.officers)).bind(7, v.companyId);
    s.bind(8, rows::text(v.purpose)).bind(9, rows::text(v.notes)).bind(10, rows::text(v.outcome));
    s.bind(11, v.intent).bind(12, rows::text(v.nextStep)).bind(13, rows::text(rows::isoDate(v.nextDue)));
    s.bind(14, v.nextDone ? 1 : 0).bind(15, rows::text(v.materials)).bind(16, now);
    auto ran = s.run();
    if (!ran.ok())
        return ran.error().code == ErrorCode::Invalid ? companyMissing(ran.error()) : ran.error();
    if (!v.contactIds.isEmpty())
        ZS_TRY(writeContacts(v, false, now));
    return v.id;
}

Result<Visit> VisitRepository::get(const QString& id)
{
    auto stmt = m_db.cached("SELECT " VISIT_COLUMNS " FROM visit WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    auto found = repo::one(*stmt, read, makeError(ErrorCode::NotFound, tr("找不到这条走访记录。"), id));
    if (!found.ok())
        return found.error();
    Visit v = found.value();
    auto contacts = m_db.cached("SELECT contact_id FROM visit_contact WHERE visit_id = ?1 AND deleted = 0 "
                                "ORDER BY contact_id");
    if (!contacts.ok())
        return contacts.error();
    (*contacts)->bind(1, id);
    while ((*contacts)->step().value())
        v.contactIds << (*contacts)->text(0);
    return v;
}

Result<int> VisitRepository::correct(Visit& v)
{
    const auto problems = validate(v);
    if (!problems.isEmpty())
        return repo::invalid(problems);
    auto old = get(v.id);
    if (!old.ok())
        return old.error();
    std::sort(v.contactIds.begin(), v.contactIds.end());
    v.scope = old->scope; // a visit keeps its scope; its attendees take it
    const auto before = correctableFields(old.value());
    const auto after = correctableFields(v);
    const qint64 now = m_clock.wallMs();

    auto tx = Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    int changed = 0;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].second == after[i].second)
            continue;
        auto rev = m_db.cached("INSERT INTO visit_revision (id, scope, visit_id, edited_at, field, old_value, "
                               "new_value, edited_by, updated_at) VALUES (?1, (SELECT scope FROM visit WHERE id = ?2), "
                               "?2, ?3, ?4, ?5, ?6, " ZS_CURRENT_USER ", ?3)");
        if (!rev.ok())
            return rev.error();
        (*rev)->bind(1, Uuid7::create(now)).bind(2, v.id).bind(3, now).bind(4, before[i].first);
        (*rev)->bind(5, before[i].second).bind(6, after[i].second);
        ZS_TRY((*rev)->run());
        ++changed;
    }
    if (changed == 0)
        return 0;
    auto stmt = m_db.cached("UPDATE visit SET visited_at = ?2, city = ?3, place = ?4, officers = ?5, company_id = ?6, "
                            "purpose = ?7, notes = ?8, outcome = ?9, intent = ?10, next_step = ?11, "
                            "next_due = nullif(?12, ''), materials = ?13, updated_at = ?14 WHERE id = ?1");
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, v.id).bind(2, v.visitedAt.toMSecsSinceEpoch()).bind(3, v.city).bind(4, rows::text(v.place));
    s.bind(5, rows::text(v.officers)).bind(6, v.companyId).bind(7, rows::text(v.purpose));
    s.bind(8, rows::text(v.notes)).bind(9, rows::text(v.outcome)).bind(10, v.intent);
    s.bind(11, rows::text(v.nextStep)).bind(12, rows::text(rows::isoDate(v.nextDue)));
    s.bind(13, rows::text(v.materials)).bind(14, now);
    auto ran = s.run();
    if (!ran.ok())
        return ran.error().code == ErrorCode::Invalid ? companyMissing(ran.error()) : ran.error();
    ZS_TRY(writeContacts(v, true, now));
    ZS_TRY(tx->commit());
    v.updatedAt = now;
    return changed;
}

Result<void> VisitRepository::setNextStepDone(const QString& id, bool done)
{
    auto stmt = m_db.cached("UPDATE visit SET next_done = ?2, updated_at = ?3 WHERE id = ?1 AND deleted = 0");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, done ? 1 : 0).bind(3, m_clock.wallMs());
    return (*stmt)->run();
}

Result<QList<VisitRepository::Revision>> VisitRepository::history(const QString& id)
{
    auto stmt = m_db.cached("SELECT edited_at, field, old_value, new_value, edited_by FROM visit_revision "
                            "WHERE visit_id = ?1 AND deleted = 0 ORDER BY edited_at, rid");
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, id);
    return repo::all(*stmt, [](const Statement& s) {
        return Revision{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)};
    });
}

} // namespace zs
