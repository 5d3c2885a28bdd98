#include "desktop/core/sites/SiteReservations.h"

#include "desktop/core/domain/RepositorySupport.h"
#include "desktop/core/domain/Vocabularies.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "sync/store/Database.h"

#include <QDateTime>

// Another team's reservation came through HQ, so HQ holds it; this team's own may still wait for HQ's word (or have
// been refused): the others' first.
#define ZS_HELD_FIRST "(scope = (SELECT value FROM app_meta WHERE key = 'team_scope'))"

namespace zs {

Result<std::pair<QString, QString>> SiteReservations::findSite(const QString& site)
{
    ZS_TRY_ASSIGN(auto find, m_db.cached("SELECT id, name FROM site WHERE (id = ?1 OR name = ?1) AND deleted = 0 ORDER "
                                         "BY id = ?1 DESC LIMIT 1"));
    find->bind(1, site);
    return repo::one(
        find, [](const Statement& s) { return std::make_pair(s.text(0), s.text(1)); },
        makeError(ErrorCode::NotFound, tr("找不到用地厂房「%1」。").arg(site)));
}

Result<std::optional<SiteReservations::Held>> SiteReservations::of(const QString& site)
{
    ZS_TRY_ASSIGN(const auto found, findSite(site));
    ZS_TRY_ASSIGN(auto read, m_db.cached("SELECT id, coalesce(lead_id, ''), project, holder, reserved_on FROM "
                                         "site_reservation WHERE site_id = ?1 AND deleted = 0 ORDER BY " ZS_HELD_FIRST
                                         ", created_at LIMIT 1"));
    read->bind(1, found.first);
    ZS_TRY_ASSIGN(const bool held, read->step());
    if (!held)
        return std::optional<Held>();
    Held h{read->text(0),
           found.first,
           found.second,
           read->text(1),
           read->text(2),
           read->text(3),
           QDate::fromString(read->text(4), Qt::ISODate)};
    read->reset();
    return std::optional<Held>(h);
}

Result<SiteReservations::Held> SiteReservations::reserve(const QString& site, const QString& lead)
{
    ZS_TRY_ASSIGN(auto findLead, m_db.cached("SELECT id, title FROM lead WHERE (id = ?1 OR title = ?1) AND deleted = 0 "
                                             "ORDER BY id = ?1 DESC, updated_at DESC LIMIT 1"));
    findLead->bind(1, lead);
    ZS_TRY_ASSIGN(const auto project,
                  repo::one(
                      findLead, [](const Statement& s) { return std::make_pair(s.text(0), s.text(1)); },
                      makeError(ErrorCode::NotFound, tr("找不到项目线索「%1」。").arg(lead))));
    ZS_TRY_ASSIGN(const std::optional<Held> held, of(site));
    if (held && held->leadId == project.first)
        return *held;
    if (held)
        return makeError(ErrorCode::AlreadyExists,
                         tr("「%1」已由%2于%3为「%4」预留，一处载体只能为一个项目预留。")
                             .arg(held->siteName, held->holder, held->on.toString(Qt::ISODate), held->project));
    ZS_TRY_ASSIGN(const auto found, findSite(site));
    // Who holds it, as the other teams read it: the team's name and the officer's, as enrolled with HQ.
    ZS_TRY_ASSIGN(auto who,
                  m_db.cached("SELECT (SELECT value FROM app_meta WHERE key = 'team_scope'), " ZS_CURRENT_USER));
    ZS_TRY_ASSIGN(const bool row, who->step());
    const QString team = row ? Vocabularies::name(QStringLiteral("signing_team"), who->text(0)) : QString();
    const QString officer = row ? who->text(1) : QString();
    who->reset();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs()).date();
    Held h{QString(),
           found.first,
           found.second,
           project.first,
           project.second,
           (team.startsWith(QLatin1String("team:")) ? tr("本组") : team) +
               (officer.isEmpty() ? QString() : QLatin1Char(' ') + officer),
           today};
    ZS_TRY_ASSIGN(h.id, RecordStore(m_db, RecordKinds::get(RecordKind::SiteReservation), m_clock)
                            .create({{QStringLiteral("site_id"), h.siteId},
                                     {QStringLiteral("lead_id"), h.leadId},
                                     {QStringLiteral("project"), h.project},
                                     {QStringLiteral("holder"), h.holder},
                                     {QStringLiteral("reserved_on"), today},
                                     {QStringLiteral("visible_to"), QStringLiteral("city")}}));
    return h;
}

Result<void> SiteReservations::release(const QString& site, const QString& lead)
{
    ZS_TRY_ASSIGN(const std::optional<Held> held, of(site));
    if (!held || (held->leadId != lead && held->project != lead))
        return makeError(ErrorCode::NotFound, tr("这个项目没有预留「%1」。").arg(site));
    return RecordStore(m_db, RecordKinds::get(RecordKind::SiteReservation), m_clock).remove(held->id);
}

} // namespace zs
