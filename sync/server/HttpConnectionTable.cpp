#include "sync/server/HttpConnectionTable.h"

namespace zs::hq::detail {

ConnectionTable::ConnectionTable(int maxConnections, int maxPerPeer)
    : m_maxConnections(maxConnections)
    , m_maxPerPeer(maxPerPeer)
{
}

ConnectionTable::Opened ConnectionTable::open(const std::string& peer, const std::shared_ptr<Member>& member)
{
    std::lock_guard lock(m_mutex);
    auto [at, added] = m_peers.try_emplace(peer);
    Peer& from = at->second;
    const int untrusted = int(from.untrusted.size());
    const auto refuse = [&] {
        if (added)
            m_peers.erase(at);
        return Opened{};
    };
    Id evict = 0;
    if (m_maxPerPeer > 0 && untrusted >= m_maxPerPeer) {
        // The address's own oldest gives way: a device behind the same address as a flood still gets in, and the
        // address never holds more than its limit.
        evict = oldestIdle(from);
        if (evict == 0)
            return refuse();
    } else if (int(m_entries.size()) >= m_maxConnections) {
        evict = victim(untrusted + 1);
        if (evict == 0)
            return refuse();
    }
    Opened opened;
    opened.id = m_next++;
    m_entries.emplace(opened.id, Entry{peer, member});
    from.untrusted.insert(opened.id);
    ++from.connections;
    if (evict != 0) { // after the newcomer is in: `from` keeps a connection, so it stays
        const auto it = m_entries.find(evict);
        opened.evicted = it->second.member.lock(); // null if it is being destroyed: its slot is free all the same
        remove(it);
    }
    return opened;
}

// The untrusted connections of the peer that holds the most, if it holds at least as many as the newcomer's peer will:
// an address flooding the server loses its own connections first, a device's one new connection is never the one to
// go while somebody holds more, and a newcomer cannot take a slot from a peer no greedier than its own. Within the
// peer the oldest goes (a connection still in its handshake or header is the cheapest to lose); one whose handler is
// running is left alone. Ties between peers: the oldest connection.
ConnectionTable::Id ConnectionTable::victim(int newcomerUntrusted) const
{
    Id best = 0;
    std::size_t bestCount = 0;
    for (const auto& [name, peer] : m_peers) {
        const std::size_t count = peer.untrusted.size();
        if (count < std::size_t(newcomerUntrusted) || count < bestCount)
            continue;
        const Id oldest = oldestIdle(peer);
        if (oldest != 0 && (count > bestCount || oldest < best)) {
            best = oldest;
            bestCount = count;
        }
    }
    return best;
}

ConnectionTable::Id ConnectionTable::oldestIdle(const Peer& peer) const
{
    for (const Id id : peer.untrusted)
        if (!m_entries.at(id).busy)
            return id;
    return 0;
}

void ConnectionTable::remove(std::unordered_map<Id, Entry>::iterator it)
{
    const auto peer = m_peers.find(it->second.peer);
    peer->second.untrusted.erase(it->first);
    if (--peer->second.connections == 0)
        m_peers.erase(peer);
    m_entries.erase(it);
}

bool ConnectionTable::trust(Id id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    if (!it->second.trusted) {
        it->second.trusted = true;
        m_peers.at(it->second.peer).untrusted.erase(id);
    }
    return true;
}

bool ConnectionTable::enterHandler(Id id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return false;
    it->second.busy = true;
    return true;
}

void ConnectionTable::leaveHandler(Id id)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_entries.find(id); it != m_entries.end())
        it->second.busy = false;
}

void ConnectionTable::close(Id id)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_entries.find(id); it != m_entries.end())
        remove(it);
}

int ConnectionTable::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

bool BodyBudget::tryReserve(qint64 bytes)
{
    qint64 now = m_reserved.load();
    do {
        if (bytes > m_capacity - now)
            return false;
    } while (!m_reserved.compare_exchange_weak(now, now + bytes));
    return true;
}

void BodyBudget::release(qint64 bytes)
{
    if (bytes > 0)
        m_reserved -= bytes;
}

} // namespace zs::hq::detail
