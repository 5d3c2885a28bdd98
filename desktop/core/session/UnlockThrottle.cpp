#include "desktop/core/session/UnlockThrottle.h"

#include <QtGlobal>

namespace zs {

qint64 UnlockThrottle::delayAfterFailures(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = qMin(failures - kFreeAttempts, 16);
    return qMin<qint64>(2000ll << doublings, kMaxDelayMs);
}

qint64 UnlockThrottle::remainingMs() const
{
    return qMax<qint64>(0, m_blockedUntil - m_clock.monotonicMs());
}

void UnlockThrottle::recordFailure()
{
    ++m_failures;
    m_blockedUntil = m_clock.monotonicMs() + delayAfterFailures(m_failures);
}

void UnlockThrottle::recordSuccess()
{
    m_failures = 0;
    m_blockedUntil = 0;
}

} // namespace zs
