#pragma once
// Internal to HttpServer (no Beast here): the connections the server holds, by address and trust, which one to evict
// to make room for a new one, and the bytes of request bodies reserved across connections. The rules and their
// values are HttpLimits' (HttpServer.h); why: docs/DESIGN-NOTES.md "Limits (issue 12)".

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

namespace zs::hq::detail {

// Thread-safe: one mutex, every call short. A connection gets a slot from open(); from then on the table decides
// alone whether it is evicted, so a connection asks it (trust(), enterHandler()) before each step that must not
// happen to an evicted one.
class ConnectionTable
{
public:
    // What the table knows of a connection: it can be told to go. evict() is called with no lock held and must only
    // schedule the close (on the connection's own strand); the slot is already given to the newcomer.
    class Member
    {
    public:
        virtual ~Member() = default;
        virtual void evict() = 0;
    };
    using Id = std::uint64_t; // 0: no slot

    struct Opened
    {
        Id id = 0;                       // 0: refused (nothing it may evict, see HttpLimits)
        std::shared_ptr<Member> evicted; // made room for this one: call evict() on it
    };

    ConnectionTable(int maxConnections, int maxPerPeer);

    // A new untrusted connection from `peer` (an address, or an IPv6 /64: what one client may hold). If the peer is
    // at its limit its own oldest untrusted connection makes room; if the server is full, one of the peer holding
    // the most untrusted connections, if that is at least as many as the newcomer's will hold (see victim()).
    Opened open(const std::string& peer, const std::shared_ptr<Member>& member);
    // The connection proved who it is: it no longer counts against its peer's limit and is never evicted.
    // False if it has been evicted meanwhile (it must close).
    bool trust(Id id);
    // Its handler is about to run (work that must not be thrown away); false if it has been evicted meanwhile.
    bool enterHandler(Id id);
    void leaveHandler(Id id); // its response has been written
    void close(Id id);        // the connection is gone (no-op if it was evicted)

    int size() const;

private:
    struct Entry
    {
        std::string peer;
        std::weak_ptr<Member> member;
        bool trusted = false;
        bool busy = false;
    };
    struct Peer
    {
        std::set<Id> untrusted; // oldest first (ids only grow)
        int connections = 0;    // trusted ones too: the peer is forgotten when none is left
    };

    // The entry to evict for a newcomer whose peer will then hold `newcomerUntrusted` untrusted connections, or 0.
    Id victim(int newcomerUntrusted) const;
    Id oldestIdle(const Peer& peer) const; // its oldest untrusted connection whose handler is not running, or 0
    void remove(std::unordered_map<Id, Entry>::iterator it);

    const int m_maxConnections;
    const int m_maxPerPeer;
    mutable std::mutex m_mutex;
    std::unordered_map<Id, Entry> m_entries;
    std::map<std::string, Peer> m_peers;
    Id m_next = 1;
};

// Bytes reserved for request bodies across connections (HttpLimits::bodyBudget). Lock-free.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 capacity)
        : m_capacity(capacity)
    {
    }
    bool tryReserve(qint64 bytes);
    // The body is gone (freed). glibc then returns its memory by itself (measured: docs/DESIGN-NOTES.md "Limits").
    void release(qint64 bytes);
    qint64 reserved() const { return m_reserved.load(); }

private:
    const qint64 m_capacity;
    std::atomic<qint64> m_reserved{0};
};

} // namespace zs::hq::detail
