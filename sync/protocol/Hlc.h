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

    explicit HlcClock(const Clock& wall = Clock::system())
        : m_wall(wall)
    {
    }

    Hlc now();
    // Takes a remote stamp into account. False (and no change) when it is more than kMaxDriftMs ahead of our
    // wall clock, or when the counter would overflow.
    bool observe(Hlc remote);
    Hlc last() const { return m_last; }

private:
    const Clock& m_wall;
    Hlc m_last;
};

} // namespace zs::sync
