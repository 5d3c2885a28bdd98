#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

namespace zs {

class Database;

// 推介会 / 经贸活动 / 校园招聘 with the companies that attended; leads point to the event they came from.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    static QMap<QString, QString> validate(const Event& event);
    Result<QString> create(Event& event);
    Result<void> update(Event& event);
    Result<Event> get(const QString& id);

private:
    Result<void> writeAttendees(const Event& event, bool replace, qint64 now);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
