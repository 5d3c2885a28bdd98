#pragma once

#include "desktop/core/registry/RecordKinds.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zs {

class Database;

// Merging a duplicate record into the one that stays (客商 first; any kind others refer to), read from the registry:
// every row of every kind and detail table that refers to the merged record is re-pointed onto the survivor (a link
// that would then be there twice, as a company attending an event twice, is marked deleted instead), the survivor
// takes the merged record's values where it has none (notes are joined), and the merged record is marked deleted.
// The merge is a synced row (record_merge, workspace v10) with a detail row per move, so:
//  - the other laptops follow it: after each pull, `follow()` re-points the rows they hold that still refer to a
//    merged record (made offline, or in another team's scope this laptop never saw), and records those moves;
//  - any laptop can undo it: the survivor gets back what the merge filled (where nobody changed it since), the
//    merged record comes back, and every laptop moves back the rows of the merge it holds.
// Nothing is deleted for good: a merge loses no record, and undoing it restores each one where it was.
class RecordMerge
{
    Q_DECLARE_TR_FUNCTIONS(RecordMerge)

public:
    explicit RecordMerge(Database& db, const Clock& clock = Clock::system());

    // What merging `fromId` into `intoId` would do, for the confirmation (the merge dialog, the CLI's answer).
    struct Plan
    {
        QString survivorId;
        QString survivorTitle;
        QString mergedId;
        QString mergedTitle;
        struct Move
        {
            QString table; // "visit", "event_attendee"
            QString label; // 走访, 参会企业
            int rows = 0;
        };
        QList<Move> moves;  // the referring tables with rows to move, in registry order
        QStringList filled; // labels of the survivor's fields the merged record's values fill
        // Every field a person edits, side by side as users read it (industry by name, 是/否, 1200 万元), and what
        // the survivor holds after the merge: what the merge dialog compares.
        struct Field
        {
            QString label;
            QString survivor;
            QString merged;
            QString after;
            bool filled = false;
        };
        QList<Field> fields;
        int rows() const;
    };
    Result<Plan> plan(const KindDecl& kind, const QString& intoId, const QString& fromId);
    // Merges in one transaction; returns the merge's id (what `undo` takes).
    Result<QString> merge(const KindDecl& kind, const QString& intoId, const QString& fromId);
    Result<void> undo(const QString& mergeId);

    // After a pull: rows held here that refer to a record merged elsewhere follow it onto the survivor, and rows an
    // undone merge moved go back. The number of rows changed (they are local edits, to be pushed).
    Result<int> follow();

    struct Entry
    {
        QString id;
        QString survivorId;
        QString mergedId;
        QString mergedTitle;
        qint64 mergedAt = 0;
        QString mergedBy;
        qint64 undoneAt = 0; // 0: in force
        int moves = 0;
    };
    // The merges into or of a record, newest first.
    Result<QList<Entry>> history(const QString& recordId);
    Result<Entry> get(const QString& mergeId);

private:
    struct Record;
    Result<Record> load(const KindDecl& kind, const QString& id);
    Result<int> moveRows(const KindDecl& kind, const QString& mergeId, const QString& scope, const QString& fromId,
                         const QString& intoId, qint64 now);
    Result<int> moveBack(const KindDecl& kind, const QString& mergeId, const QString& survivorId,
                         const QString& mergedId, qint64 now);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
