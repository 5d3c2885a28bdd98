#pragma once

#include <QtGlobal>

namespace zs {

// Time source injected wherever behaviour depends on elapsed time (auto-lock, unlock delays, later the HLC),
// so tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic clock; only differences are meaningful.
    virtual qint64 monotonicMs() const = 0;
    // Milliseconds since the Unix epoch (wall clock).
    virtual qint64 wallMs() const = 0;

    static Clock& system();
};

// A clock that moves only when told to. For tests.
class ManualClock : public Clock
{
public:
    qint64 monotonicMs() const override { return m_monotonic; }
    qint64 wallMs() const override { return m_wall; }
    void advance(qint64 ms);

private:
    qint64 m_monotonic = 1000;
    qint64 m_wall = 1'800'000'000'000;
};

} // namespace zs
