#pragma once

#include "sync/protocol/Change.h"

#include <QHash>
#include <QPair>

namespace zs::sync {

// The merge rule every replica applies (SYNC.md): per column, last writer wins by (hlc, node); a row's life is its
// causal length (odd alive, even deleted), the larger wins, so a stale edit cannot resurrect a deleted row while an
// explicit undelete (a larger odd length) still can. Commutative, associative and idempotent: replicas that saw the
// same changes in any order hold the same state.
class Merge
{
public:
    // Equal stamps never come from a correct writer; should they meet anyway, the larger encoded value wins, so the
    // order stays total and every replica still agrees.
    static bool incomingWins(const Stamp& current, const QCborValue& currentValue, const Stamp& incoming,
                             const QCborValue& incomingValue);
    static bool isAlive(qint64 causalLength) { return causalLength % 2 == 1; }
    // For the row life the causal length decides; equal lengths are broken by stamp.
    static bool rowLifeWins(qint64 currentLength, const Stamp& current, qint64 incomingLength, const Stamp& incoming);

    struct Outcome
    {
        bool changed = false;    // current was altered
        QList<Cell> overwritten; // current values that lost to incoming ones
        QList<Cell> rejected;    // incoming values that lost to current ones (with a different value)
    };
    // Merges `incoming` into `current` (same table and row). The scope is kept from `current`.
    static Outcome mergeRow(RowChange& current, const RowChange& incoming);
};

// An in-memory replica under the merge rule: the reference the simulation and the store-backed applier are
// checked against.
class Replica
{
public:
    using Key = QPair<QString, QString>; // table, row

    // True when the change altered this replica.
    bool apply(const RowChange& change);
    bool isAlive(const QString& table, const QString& row) const;
    QCborValue value(const QString& table, const QString& row, const QString& column) const;
    const QHash<Key, RowChange>& rows() const { return m_rows; }
    // Equal when every row has the same life and the same cells (order of cells ignored).
    friend bool operator==(const Replica& a, const Replica& b);

private:
    QHash<Key, RowChange> m_rows;
};

} // namespace zs::sync
