#pragma once

#include "sync/store/Clock.h"

#include <QByteArray>
#include <QtGlobal>

namespace zs::sync {

// Hybrid logical clock value: 48 bits of milliseconds since the epoch, 16 bits of counter (SYNC.md).
class Hlc
{
public:
    constexpr Hlc() = default;
    static constexpr Hlc fromParts(qint64 ms, quint16 counter) { return Hlc((quint64(ms) << 16) | counter); }
    static constexpr Hlc fromRaw(quint64 raw) { return Hlc(raw); }

    constexpr quint64 raw() const { return m_raw; }
    constexpr qint64 ms() const { return qint64(m_raw >> 16); }
    constexpr quint16 counter() const { return quint16(m_raw & 0xFFFF); }

    friend constexpr bool operator<(Hlc a, Hlc b) { return a.m_raw < b.m_raw; }
    friend constexpr bool operator==(Hlc a, Hlc b) { return a.m_raw == b.m_raw; }
    friend constexpr bool operator!=(Hlc a, Hlc b) { return a.m_raw != b.m_raw; }

private:
    constexpr explicit Hlc(quint64 raw)
        : m_raw(raw)
    {
    }
    quint64 m_raw = 0;
};

// Who wrote a value and when: ordered by (hlc, node) so that equal clocks still have one winner everywhere.
struct Stamp
{
    Hlc hlc;
    QByteArray node; // 8 bytes, the installation's random id

    friend bool operator<(const Stamp& a, const Stamp& b) { return a.hlc != b.hlc ? a.hlc < b.hlc : a.node < b.node; }
    friend bool operator==(const Stamp& a, const Stamp& b) { return a.hlc == b.hlc && a.node == b.node; }
};

// The clock of one replica: every local event gets a stamp greater than anything seen so far; remote stamps
// ratchet it forward, except ones too far ahead of the wall clock (a laptop with a wrong clock must not win forever).
class HlcClock
{
public:
    static constexpr qint64 kMaxDriftMs = 5 * 60 * 1000;
    // How far past HQ's time (as last learnt) a local edit may be stamped: HQ refuses stamps more than kMaxDriftMs
    // ahead of its own clock, so a laptop whose clock runs ahead has its edit times capped well below that.
    static constexpr qint64 kEditLeadMs = 60 * 1000;

    // `last`: the newest stamp this replica gave or took so far (a laptop keeps it in sync_state `hlc_last`).
    explicit HlcClock(const Clock& wall = Clock::system(), Hlc last = Hlc())
        : m_wall(wall)
        , m_last(last)
    {
    }

    Hlc now();
    // Takes a remote stamp into account. False (and no change) when it is more than kMaxDriftMs ahead of our
    // wall clock, or when the counter would overflow.
    bool observe(Hlc remote);
    // The stamp of a local edit made at wall time `editMs` that replaces values stamped up to `replaced`:
    //     max(min(editMs, ceilingMs), replaced + 1, last + 1)
    // The latest *edit* wins (what officers expect after a day offline), an edit made after pulling a value always
    // beats that value, and this replica's stamps strictly increase. `ceilingMs` caps a clock running ahead
    // (editCeiling()). Advances last().
    Hlc edit(qint64 editMs, Hlc replaced, qint64 ceilingMs);
    // HQ's time plus kEditLeadMs, from this wall clock and HQ's offset to it (HQ's time minus ours, as learnt
    // from its last answer): the `ceilingMs` of edit().
    qint64 editCeiling(qint64 serverOffsetMs) const { return m_wall.wallMs() + serverOffsetMs + kEditLeadMs; }
    Hlc last() const { return m_last; }

    // The smallest value after `h`: its counter + 1, or the next millisecond when the counter is exhausted.
    static Hlc after(Hlc h)
    {
        return h.counter() < 0xFFFF ? Hlc::fromParts(h.ms(), quint16(h.counter() + 1)) : Hlc::fromParts(h.ms() + 1, 0);
    }

private:
    const Clock& m_wall;
    Hlc m_last;
};

} // namespace zs::sync
