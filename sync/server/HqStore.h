#pragma once

#include "sync/protocol/Change.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"
#include "sync/store/Migrator.h"

#include <QStringList>

namespace zs {
class Database;
}

namespace zs::sync {

// HQ's merged view of every replica (SYNC.md "Server"): each pushed column is merged with the same rule as on the
// laptops, winners are appended to a change log whose sequence numbers are the pull cursors, and every applied
// (device, transaction) is remembered so that a replayed upload changes nothing.
class HqStore
{
    Q_DECLARE_TR_FUNCTIONS(HqStore)

public:
    struct PushResult
    {
        int applied = 0;    // transactions applied now
        int replayed = 0;   // transactions seen before (no-op)
        int accepted = 0;   // changes that won and were logged
        int superseded = 0; // changes that lost to what HQ already had
    };

    static const Migrator& schema();

    explicit HqStore(Database& db)
        : m_db(db)
    {
    }

    Result<PushResult> push(const PushRequest& request);
    // Changes after `cursor` in the given scopes, oldest first, at most `limit`.
    Result<PullResponse> pull(const QStringList& scopes, qint64 cursor, int limit,
                              const Clock& clock = Clock::system());

private:
    Result<bool> mergeChange(const Change& change);
    Database& m_db;
};

} // namespace zs::sync
