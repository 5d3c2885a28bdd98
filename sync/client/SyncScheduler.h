#pragma once

#include "sync/store/Clock.h"

#include <QObject>
#include <QTimer>

#include <algorithm>

namespace zs::sync {

// When to sync without being asked (SYNC.md: "sync silently stops after a transient error" is what users hate):
//
// - periodic: while active, every ten minutes check whether the last success is older than the interval (a day
//   unless the officer chose another in 设置 → 同步);
// - network back: when the system reports the network Online again (unless the officer turned that off);
// - retry: after a failed sync, again after 30 s, then 1, 2, 4, 8, 16 and at most 30 minutes; a success resets it.
//
// The scheduler only says when (syncDue); its owner starts the sync and reports back (syncStarted/syncFinished).
// Deadlines are computed from the injected Clock and the timers only wake check() up, so tests move a ManualClock
// and call check() instead of sleeping. Active only while the workspace is unlocked and enrolled.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDailyMs = 24LL * 3600 * 1000;
    static constexpr qint64 kMinIntervalMs = 3600LL * 1000; // an hour: more often is what 同步 is for
    static constexpr int kCheckIntervalMs = 10 * 60 * 1000;
    static constexpr qint64 kFirstRetryMs = 30 * 1000;
    static constexpr qint64 kMaxRetryMs = 30 * 60 * 1000;
    static constexpr int kStartDelayMs = 3000; // after unlock, let the window settle before a due sync

    enum class Reason
    {
        Daily,
        NetworkBack,
        Retry,
    };
    Q_ENUM(Reason)

    enum class Network
    {
        Unknown, // no reachability backend, or a state that says nothing (local network only, …)
        Offline,
        Online,
    };

    explicit SyncScheduler(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // Unlocked and enrolled. Becoming active checks soon (kStartDelayMs); inactive forgets the pending retry.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Wall time (ms) of the last successful sync, 0 for never.
    void setLastSuccess(qint64 wallMs) { m_lastSuccess = wallMs; }
    // How old the last success may be before the periodic check syncs (at least kMinIntervalMs; a day by default).
    void setIntervalMs(qint64 ms) { m_intervalMs = std::max(ms, kMinIntervalMs); }
    qint64 intervalMs() const { return m_intervalMs; }
    // Whether the network coming back starts a sync (on by default).
    void setFollowNetwork(bool on) { m_followNetwork = on; }
    bool followsNetwork() const { return m_followNetwork; }

    // Follows QNetworkInformation's reachability. False when no backend can report it (then only the daily check and
    // the retries run).
    bool watchNetwork();
    // What watchNetwork() feeds in; public so tests can play the network.
    void setNetwork(Network network);
    Network network() const { return m_network; }

    // The owner reports every sync, manual ones included: a running sync suppresses automatic ones, a failure
    // schedules the next retry.
    void syncStarted();
    void syncFinished(bool ok, qint64 lastSuccessWallMs);
    // The officer stopped the sync: no retry for it (the daily check and the network still apply).
    void syncCancelled();

    int failures() const { return m_failures; }
    // Monotonic time (Clock::monotonicMs) of the next retry, 0 when none is scheduled.
    qint64 retryAt() const { return m_retryAt; }
    // Wait before the retry after `failures` failures in a row (1 → 30 s, 2 → 1 min, … at most 30 min).
    static qint64 backoffMs(int failures);

public Q_SLOTS:
    // Emits syncDue if a sync is due now. The timers call it; tests call it after moving the clock.
    void check();

Q_SIGNALS:
    void syncDue(zs::sync::SyncScheduler::Reason reason);
    // A retry was scheduled or dropped (for the UI's "下次重试" line).
    void scheduleChanged();

private:
    void armRetryTimer();

    const Clock& m_clock;
    QTimer m_tick; // the ten-minute daily check
    QTimer m_wake; // one-shot: the next retry, or the check after becoming active
    bool m_active = false;
    bool m_running = false;
    int m_failures = 0;
    qint64 m_retryAt = 0;
    qint64 m_lastSuccess = 0;
    qint64 m_intervalMs = kDailyMs;
    bool m_followNetwork = true;
    Network m_network = Network::Unknown;
};

} // namespace zs::sync
