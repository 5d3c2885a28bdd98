#include "sync/protocol/Merge.h"

#include <algorithm>

namespace zs::sync {

bool Merge::incomingWins(const Stamp& current, const QCborValue& currentValue, const Stamp& incoming,
                         const QCborValue& incomingValue)
{
    if (!(current == incoming))
        return current < incoming;
    return currentValue.toCbor() < incomingValue.toCbor();
}

bool Merge::rowLifeWins(qint64 currentLength, const Stamp& current, qint64 incomingLength, const Stamp& incoming)
{
    if (incomingLength != currentLength)
        return incomingLength > currentLength;
    return current < incoming;
}

Merge::Outcome Merge::mergeRow(RowChange& current, const RowChange& incoming)
{
    Outcome outcome;
    if (rowLifeWins(current.causalLength, current.lifeStamp, incoming.causalLength, incoming.lifeStamp)) {
        current.causalLength = incoming.causalLength;
        current.lifeStamp = incoming.lifeStamp;
        outcome.changed = true;
    }
    for (const Cell& in : incoming.cells) {
        auto it = std::find_if(current.cells.begin(), current.cells.end(),
                               [&](const Cell& c) { return c.column == in.column; });
        if (it == current.cells.end()) {
            current.cells.append(in);
            outcome.changed = true;
        } else if (incomingWins(it->stamp, it->value, in.stamp, in.value)) {
            if (it->value != in.value)
                outcome.overwritten.append(*it);
            *it = in;
            outcome.changed = true;
        } else if (it->value != in.value) {
            outcome.rejected.append(in);
        }
    }
    return outcome;
}

bool Replica::apply(const RowChange& change)
{
    const Key key{change.table, change.rowId};
    auto it = m_rows.find(key);
    if (it == m_rows.end()) {
        RowChange row = change;
        row.serverSeq = 0;
        m_rows.insert(key, row);
        return true;
    }
    return Merge::mergeRow(*it, change).changed;
}

bool Replica::isAlive(const QString& table, const QString& row) const
{
    const auto it = m_rows.find(Key{table, row});
    return it != m_rows.end() && it->isAlive();
}

QCborValue Replica::value(const QString& table, const QString& row, const QString& column) const
{
    const auto it = m_rows.find(Key{table, row});
    if (it == m_rows.end())
        return {};
    const Cell* cell = it->cell(column);
    return cell ? cell->value : QCborValue();
}

bool operator==(const Replica& a, const Replica& b)
{
    if (a.m_rows.size() != b.m_rows.size())
        return false;
    for (auto it = a.m_rows.cbegin(); it != a.m_rows.cend(); ++it) {
        const auto other = b.m_rows.constFind(it.key());
        if (other == b.m_rows.cend() || other->causalLength != it->causalLength ||
            !(other->lifeStamp == it->lifeStamp) || other->cells.size() != it->cells.size())
            return false;
        for (const Cell& cell : it->cells) {
            const Cell* mine = other->cell(cell.column);
            if (!mine || !(*mine == cell))
                return false;
        }
    }
    return true;
}

} // namespace zs::sync
