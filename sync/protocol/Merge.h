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
    // For the row life column the value is the causal length; ties are broken by stamp like any column.
    static bool rowLifeWins(qint64 currentLength, const Stamp& current, qint64 incomingLength, const Stamp& incoming);
};

// An in-memory replica under the merge rule: the reference the simulation and the store-backed applier are
// checked against.
class Replica
{
public:
    struct Cell
    {
        QCborValue value;
        Stamp stamp;
        friend bool operator==(const Cell& a, const Cell& b) { return a.value == b.value && a.stamp == b.stamp; }
    };
    using Key = QPair<QString, QPair<QString, QString>>; // table, (row, column)

    // True when the change altered this replica (it won).
    bool apply(const Change& change);
    bool isAlive(const QString& table, const QString& row) const;
    QCborValue value(const QString& table, const QString& row, const QString& column) const;
    const QHash<Key, Cell>& cells() const { return m_cells; }
    friend bool operator==(const Replica& a, const Replica& b) { return a.m_cells == b.m_cells; }

private:
    QHash<Key, Cell> m_cells;
};

} // namespace zs::sync
