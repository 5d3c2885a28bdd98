#include "sync/protocol/Merge.h"

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

bool Replica::apply(const Change& change)
{
    const Key key{change.table, {change.rowId, change.column}};
    auto it = m_cells.find(key);
    if (it == m_cells.end()) {
        m_cells.insert(key, Cell{change.value, change.stamp});
        return true;
    }
    const bool wins = change.isRowLife()
                          ? Merge::rowLifeWins(it->value.toInteger(), it->stamp, change.value.toInteger(), change.stamp)
                          : Merge::incomingWins(it->stamp, it->value, change.stamp, change.value);
    if (!wins)
        return false;
    *it = Cell{change.value, change.stamp};
    return true;
}

bool Replica::isAlive(const QString& table, const QString& row) const
{
    const auto it = m_cells.find(Key{table, {row, Change::kCausalLength}});
    return it != m_cells.end() && Merge::isAlive(it->value.toInteger());
}

QCborValue Replica::value(const QString& table, const QString& row, const QString& column) const
{
    return m_cells.value(Key{table, {row, column}}).value;
}

} // namespace zs::sync
