#include "desktop/core/session/SessionController.h"

#include "desktop/core/AppSettings.h"
#include "desktop/core/session/PassphrasePolicy.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSession, "zs.session")

namespace zs {

SessionController::SessionController(QString workspacePath, const Clock& clock, KdfParams kdf, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_clock(clock)
    , m_kdf(kdf)
    , m_state(QFileInfo::exists(m_path) ? State::Locked : State::NeedsWorkspace)
    , m_throttle(clock)
{
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionController::checkIdle);
}

SessionController::~SessionController()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionController::setWorkspacePath(const QString& path)
{
    if (m_state != State::NeedsWorkspace && m_state != State::Locked)
        return;
    m_path = path;
    setState(QFileInfo::exists(m_path) ? State::Locked : State::NeedsWorkspace);
}

void SessionController::setIdleTimeoutMs(qint64 ms)
{
    m_idleTimeoutMs = qMax<qint64>(0, ms);
    noteActivity();
}

void SessionController::createWorkspace(const QString& passphrase, const QString& confirmation)
{
    if (m_state != State::NeedsWorkspace)
        return;
    const QStringList problems = PassphrasePolicy::problems(passphrase);
    if (!problems.isEmpty()) {
        Q_EMIT attemptFailed(problems.join(QLatin1Char('\n')));
        return;
    }
    if (passphrase != confirmation) {
        Q_EMIT attemptFailed(tr("两次输入的口令不一致。"));
        return;
    }
    runInBackground(true, SecureBytes::fromPassphrase(passphrase));
}

void SessionController::unlock(const QString& passphrase)
{
    if (m_state != State::Locked)
        return;
    if (const qint64 wait = m_throttle.remainingMs(); wait > 0) {
        Q_EMIT attemptFailed(tr("尝试次数过多，请 %1 秒后再试。").arg((wait + 999) / 1000));
        return;
    }
    runInBackground(false, SecureBytes::fromPassphrase(passphrase));
}

void SessionController::runInBackground(bool create, SecureBytes passphrase)
{
    Q_ASSERT(!m_worker);
    m_workerCreates = create;
    m_workerResult.reset();
    auto secret = std::make_shared<SecureBytes>(std::move(passphrase));
    const QString path = m_path;
    const KdfParams kdf = m_kdf;
    auto* result = &m_workerResult;
    auto* timings = &m_timings;
    m_worker = QThread::create([create, secret, path, kdf, result, timings] {
        if (create)
            result->emplace(Workspace::create(path, *secret, kdf));
        else
            result->emplace(Workspace::open(path, *secret, timings));
        secret->clear();
    });
    connect(m_worker, &QThread::finished, this, &SessionController::finishBackgroundWork);
    setState(State::Busy);
    m_worker->start();
}

void SessionController::finishBackgroundWork()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    Q_ASSERT(m_workerResult.has_value());
    auto result = std::move(*m_workerResult);
    m_workerResult.reset();

    if (result.ok()) {
        m_lastFailure.reset();
        m_throttle.recordSuccess();
        m_workspace = std::move(result.value());
        m_sync = std::make_unique<SyncController>(*m_workspace, m_clock);
        m_sync->startScheduling(AppSettings().syncPreferences());
        m_lastActivityMs = m_clock.monotonicMs();
        m_idleTimer.start();
        if (!m_workerCreates)
            qCInfo(lcSession) << "unlocked: kdf" << m_timings.kdfMs << "ms, open" << m_timings.openMs << "ms, schema"
                              << m_timings.migrateMs << "ms";
        setState(State::Unlocked);
        return;
    }
    const Error& error = result.error();
    m_lastFailure = error.code;
    qCWarning(lcSession) << "attempt failed:" << error.detail;
    if (error.code == ErrorCode::WrongPassphrase)
        m_throttle.recordFailure();
    setState(m_workerCreates ? State::NeedsWorkspace : State::Locked);
    QString message = error.message;
    if (error.code == ErrorCode::WrongPassphrase && m_throttle.remainingMs() > 0)
        message += QLatin1Char(' ') + tr("已连续失败 %n 次，请稍候再试。", nullptr, m_throttle.failures());
    Q_EMIT attemptFailed(message);
}

Result<QString> SessionController::restoreFromBackup(const QString& backupPath, const QString& passphrase)
{
    if (m_state != State::Locked)
        return makeError(ErrorCode::Invalid, tr("只能在工作区锁定时从备份恢复。"));
    return Workspace::restoreFromBackup(m_path, backupPath, SecureBytes::fromPassphrase(passphrase));
}

void SessionController::lock()
{
    if (m_state != State::Unlocked)
        return;
    if (m_lockGuard && !m_lockGuard()) {
        m_lockPending = true; // checkIdle() tries again
        return;
    }
    m_lockPending = false;
    m_idleTimer.stop();
    // Tell the views first, so they drop everything that points into the database; then close and wipe.
    setState(State::Locked);
    m_sync.reset(); // abandons a running sync while the database is still open; the next one resumes
    if (m_workspace)
        m_workspace->close();
    m_workspace.reset();
}

void SessionController::noteActivity()
{
    m_lastActivityMs = m_clock.monotonicMs();
}

void SessionController::checkIdle()
{
    if (m_state != State::Unlocked)
        return;
    if (m_lockPending) {
        lock();
        return;
    }
    if (m_idleTimeoutMs <= 0)
        return;
    if (m_clock.monotonicMs() - m_lastActivityMs >= m_idleTimeoutMs) {
        qCInfo(lcSession) << "auto-lock after idle time";
        lock();
        Q_EMIT lockedForIdle();
    }
}

} // namespace zs
