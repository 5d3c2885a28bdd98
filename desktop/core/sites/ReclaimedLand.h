#pragma once

#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace zs {

class Database;

// Land taken back under an agreement's exit clause (三(三)3 土地退出机制, the ladder's last rung 收回土地) comes back
// to the city's site inventory (二(二)(三)): the 收回土地 measure and an idle-land site carrying its history (the
// agreement, the company it was granted to, the contracted start, when it was taken back) in one transaction.
class ReclaimedLand
{
    Q_DECLARE_TR_FUNCTIONS(ReclaimedLand)

public:
    struct Recorded
    {
        QString measureId;
        QString siteId;
        QString siteName;
    };

    explicit ReclaimedLand(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The agreement (id or number) whose land is taken back on `on`, by `takenBy`, for the watch's `condition` (0:
    // none in particular). Refused when the agreement has no land area to return.
    Result<Recorded> record(const QString& agreement, QDate on, int condition, const QString& takenBy);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
