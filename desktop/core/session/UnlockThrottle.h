#pragma once

#include "sync/store/Clock.h"

namespace zs {

// Growing delay after repeated wrong passphrases: the first attempts are free, then 2 s, 4 s, 8 s … up to 60 s.
// The delay only slows a person at the keyboard; the key file's Argon2id cost is what stops offline guessing.
class UnlockThrottle
{
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaxDelayMs = 60'000;

    explicit UnlockThrottle(const Clock& clock)
        : m_clock(clock)
    {
    }

    static qint64 delayAfterFailures(int failures);
    qint64 remainingMs() const;
    int failures() const { return m_failures; }
    void recordFailure();
    void recordSuccess();

private:
    const Clock& m_clock;
    int m_failures = 0;
    qint64 m_blockedUntil = 0;
};

} // namespace zs
