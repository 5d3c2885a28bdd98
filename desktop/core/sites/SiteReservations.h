#pragma once

#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace zs {

class Database;

// Promising a site to a project (选址 → 已预留), city-wide: the reservation is the team's record that every team reads,
// and HQ keeps one per site — the first to arrive; a later one is refused with who holds the site and since when
// (the sync schema's claim). Offline the laptop refuses what it already knows is held; the rest is settled at HQ.
class SiteReservations
{
    Q_DECLARE_TR_FUNCTIONS(SiteReservations)

public:
    struct Held
    {
        QString id;
        QString siteId;
        QString siteName;
        QString leadId;
        QString project;
        QString holder; // 广州组 李敏
        QDate on;
    };

    explicit SiteReservations(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The live reservation of a site (its id or name), if any.
    Result<std::optional<Held>> of(const QString& site);
    // Reserves the site (id or name) for the lead (id or title): the reservation's id (the existing one when the
    // lead holds it already). Conflict, said in Chinese, when another project holds it as far as this laptop knows.
    Result<Held> reserve(const QString& site, const QString& lead);
    // Gives the lead's reservation of the site back (the deletion syncs); NotFound when it holds none.
    Result<void> release(const QString& site, const QString& lead);

private:
    Result<std::pair<QString, QString>> findSite(const QString& site); // id, name
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
