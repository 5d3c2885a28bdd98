#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>
#include <QStringList>

namespace zs {

class Database;

// Deleting records of any kind, and bringing them back (the undo of a delete), read from the registry. A deletion
// marks the record deleted (it syncs, as every laptop's delete does) and keeps everything else, so restoring it
// brings back the record with its detail rows as they were. A record other live records still refer to (a company
// with visits, leads or contacts; an event a lead came from) is not deleted: they would point at nothing. Merge a
// duplicate instead (RecordMerge), which moves them.
class RecordRemoval
{
    Q_DECLARE_TR_FUNCTIONS(RecordRemoval)

public:
    explicit RecordRemoval(Database& db, const Clock& clock = Clock::system());

    struct Blocker
    {
        QString table; // "visit"
        QString label; // 走访
        int rows = 0;
    };
    // The live rows that refer to the record and keep it from being deleted.
    Result<QList<Blocker>> blockers(const KindDecl& kind, const QString& id);
    // All or none, in one transaction; Invalid (naming the first record held and what holds it) when another
    // record still refers to one. Returns how many were deleted.
    Result<int> remove(const KindDecl& kind, const QStringList& ids);
    // The undo: deleted records back, all or none (AlreadyExists when another live record now holds a value only
    // one may have, as a credit code).
    Result<int> restore(const KindDecl& kind, const QStringList& ids);

    static QString describe(const QList<Blocker>& blockers); // 3 次走访、1 条项目线索

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
