#include "sync/store/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace zs {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

private:
    QElapsedTimer m_timer;
};
} // namespace

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

void ManualClock::advance(qint64 ms)
{
    m_monotonic += ms;
    m_wall += ms;
}

} // namespace zs
