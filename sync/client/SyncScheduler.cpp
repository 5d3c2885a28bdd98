#include "sync/client/SyncScheduler.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

namespace zs::sync {

namespace {
Q_LOGGING_CATEGORY(lcSchedule, "zs.sync.schedule")

SyncScheduler::Network fromReachability(QNetworkInformation::Reachability reachability)
{
    switch (reachability) {
    case QNetworkInformation::Reachability::Online:
        return SyncScheduler::Network::Online;
    case QNetworkInformation::Reachability::Disconnected:
        return SyncScheduler::Network::Offline;
    default:
        return SyncScheduler::Network::Unknown; // local network or site only: HQ may or may not be reachable
    }
}
} // namespace

SyncScheduler::SyncScheduler(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_tick.setInterval(kCheckIntervalMs);
    m_wake.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &SyncScheduler::check);
    connect(&m_wake, &QTimer::timeout, this, &SyncScheduler::check);
}

qint64 SyncScheduler::backoffMs(int failures)
{
    if (failures <= 0)
        return 0;
    qint64 wait = kFirstRetryMs;
    for (int i = 1; i < failures && wait < kMaxRetryMs; ++i)
        wait *= 2;
    return std::min(wait, kMaxRetryMs);
}

void SyncScheduler::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_tick.start();
        m_wake.start(kStartDelayMs);
        return;
    }
    m_tick.stop();
    m_wake.stop();
    m_failures = 0;
    m_retryAt = 0;
    Q_EMIT scheduleChanged();
}

bool SyncScheduler::watchNetwork()
{
    // Without a backend (no NetworkManager, a minimal desktop) reachability is simply unknown.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info)
        return false;
    m_network = fromReachability(info->reachability()); // the state at start is no news: no sync for it
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) { setNetwork(fromReachability(reachability)); });
    return true;
}

void SyncScheduler::setNetwork(Network network)
{
    const Network before = m_network;
    m_network = network;
    if (network != Network::Online || before == Network::Online || !m_active || m_running || !m_followNetwork)
        return;
    qCDebug(lcSchedule) << "network is back: sync";
    // Whatever waits for a retry goes now; a failure continues the back-off where it stood.
    m_retryAt = 0;
    m_wake.stop();
    Q_EMIT scheduleChanged();
    Q_EMIT syncDue(Reason::NetworkBack);
}

void SyncScheduler::syncStarted()
{
    m_running = true;
    m_wake.stop();
    if (m_retryAt != 0) {
        m_retryAt = 0;
        Q_EMIT scheduleChanged();
    }
}

void SyncScheduler::syncFinished(bool ok, qint64 lastSuccessWallMs)
{
    m_running = false;
    if (ok) {
        m_failures = 0;
        m_retryAt = 0;
        m_lastSuccess = lastSuccessWallMs;
    } else if (m_active) {
        ++m_failures;
        m_retryAt = m_clock.monotonicMs() + backoffMs(m_failures);
        qCDebug(lcSchedule) << "sync failed" << m_failures << "time(s) in a row; retry in" << backoffMs(m_failures)
                            << "ms";
        armRetryTimer();
    }
    Q_EMIT scheduleChanged();
}

void SyncScheduler::syncCancelled()
{
    m_running = false;
    Q_EMIT scheduleChanged();
}

void SyncScheduler::armRetryTimer()
{
    const qint64 wait = std::max<qint64>(0, m_retryAt - m_clock.monotonicMs());
    m_wake.start(int(std::min<qint64>(wait, kMaxRetryMs)));
}

void SyncScheduler::check()
{
    if (!m_active || m_running)
        return;
    // Offline: nothing would get through; the sync starts when the network is back.
    if (m_network == Network::Offline)
        return;
    if (m_retryAt != 0) {
        if (m_clock.monotonicMs() < m_retryAt) {
            armRetryTimer();
            return;
        }
        m_retryAt = 0;
        Q_EMIT syncDue(Reason::Retry);
        return;
    }
    if (m_lastSuccess == 0 || m_clock.wallMs() - m_lastSuccess >= m_intervalMs)
        Q_EMIT syncDue(Reason::Daily);
}

} // namespace zs::sync
