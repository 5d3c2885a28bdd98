#pragma once

#include "desktop/core/session/UnlockThrottle.h"
#include "desktop/core/Workspace.h"
#include "desktop/core/sync/SyncController.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace zs {

// The life of one workspace in the running app: create or unlock (off the UI thread, Argon2id takes a while),
// auto-lock after idle time, explicit lock. QtCore only, so the whole flow is testable without widgets.
class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NeedsWorkspace, // no file yet: first run
        Locked,
        Busy, // deriving the key / opening
        Unlocked,
    };
    Q_ENUM(State)

    static constexpr qint64 kDefaultIdleTimeoutMs = 10 * 60 * 1000;

    explicit SessionController(QString workspacePath, const Clock& clock = Clock::system(),
                               KdfParams kdf = KdfParams::standard(), QObject* parent = nullptr);
    ~SessionController() override;

    State state() const { return m_state; }
    QString workspacePath() const { return m_path; }
    // Only before the first workspace exists: where the new one will be created.
    void setWorkspacePath(const QString& path);
    Workspace* workspace() const { return m_workspace.get(); }
    // The unlocked workspace's sync machinery (scheduling on), made with it and gone before it closes.
    SyncController* sync() const { return m_sync.get(); }
    const OpenTimings& lastOpenTimings() const { return m_timings; }

    // Asked before every lock; returning false postpones the lock to the next check (once a second). The window uses
    // it to close open dialogs first, so nothing is destroyed under a dialog that is still running.
    void setLockGuard(std::function<bool()> guard) { m_lockGuard = std::move(guard); }
    bool lockPending() const { return m_lockPending; }

    // 0 disables auto-lock.
    void setIdleTimeoutMs(qint64 ms);
    qint64 idleTimeoutMs() const { return m_idleTimeoutMs; }
    qint64 unlockDelayRemainingMs() const { return m_throttle.remainingMs(); }
    // What the last failed create/unlock attempt ran into (Damaged: offer a backup).
    std::optional<ErrorCode> lastFailure() const { return m_lastFailure; }
    // While locked: replaces a damaged workspace with a backup (checked first; the damaged files are kept).
    // Returns where the damaged files were kept.
    Result<QString> restoreFromBackup(const QString& backupPath, const QString& passphrase);
    int failedAttempts() const { return m_throttle.failures(); }

public Q_SLOTS:
    // Checks the passphrase rules and the confirmation, then creates the workspace in the background.
    void createWorkspace(const QString& passphrase, const QString& confirmation);
    void unlock(const QString& passphrase);
    void lock();
    // Any user input: pushes the auto-lock further away.
    void noteActivity();
    // Locks when the idle time has run out. Driven by a timer; public so tests can drive it with a manual clock.
    void checkIdle();

Q_SIGNALS:
    void stateChanged(zs::SessionController::State state);
    // A create or unlock attempt failed; message is for the user.
    void attemptFailed(const QString& message);
    void lockedForIdle();

private:
    void setState(State state);
    void runInBackground(bool create, SecureBytes passphrase);
    void finishBackgroundWork();

    QString m_path;
    const Clock& m_clock;
    KdfParams m_kdf;
    State m_state;
    UnlockThrottle m_throttle;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SyncController> m_sync; // after the workspace: destroyed first
    OpenTimings m_timings;
    QTimer m_idleTimer;
    qint64 m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    qint64 m_lastActivityMs = 0;

    std::optional<ErrorCode> m_lastFailure;
    std::function<bool()> m_lockGuard;
    bool m_lockPending = false;
    QThread* m_worker = nullptr;
    bool m_workerCreates = false;
    std::optional<Result<std::unique_ptr<Workspace>>> m_workerResult;
};

} // namespace zs
