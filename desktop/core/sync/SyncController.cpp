#include "desktop/core/sync/SyncController.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordMerge.h"
#include "desktop/core/sync/WorkspaceSync.h"

#include <QTimer>

namespace zs {

SyncController::SyncController(Workspace& workspace, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_replica(WorkspaceSync::replica(workspace.db()))
    , m_engine(std::make_unique<sync::SyncEngine>(*m_replica))
    , m_scheduler(new sync::SyncScheduler(clock, this))
{
    connect(m_engine.get(), &sync::SyncEngine::progress, this, &SyncController::progress);
    connect(m_engine.get(), &sync::SyncEngine::finished, this, &SyncController::onFinished);
    connect(m_engine.get(), &sync::SyncEngine::enrolled, this, &SyncController::onEnrolled);
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncController::onStatusChanged);
    const sync::BlobTransfer* files = &m_engine->files();
    connect(files, &sync::BlobTransfer::downloadProgress, this, &SyncController::filesChanged);
    connect(files, &sync::BlobTransfer::downloadsIdle, this, &SyncController::filesChanged);
    connect(files, &sync::BlobTransfer::fileReady, this, &SyncController::fileSettled);
    connect(files, &sync::BlobTransfer::fileFailed, this, &SyncController::fileSettled);
    connect(m_scheduler, &sync::SyncScheduler::syncDue, this, [this] { syncNow(); });
    connect(m_scheduler, &sync::SyncScheduler::scheduleChanged, this, &SyncController::scheduleChanged);
}

SyncController::~SyncController()
{
    m_engine->disconnect(this);
    m_engine->cancel();
    m_engine.reset();
}

void SyncController::startScheduling(const SyncPreferences& preferences)
{
    m_scheduling = true;
    m_scheduler->watchNetwork();
    setPreferences(preferences);
}

void SyncController::setPreferences(const SyncPreferences& preferences)
{
    m_preferences = preferences;
    m_scheduler->setIntervalMs(qint64(preferences.intervalHours) * 3600 * 1000);
    m_scheduler->setFollowNetwork(preferences.whenNetworkBack);
    m_engine->setDownloadFiles(preferences.downloadFiles);
    onStatusChanged();
    Q_EMIT scheduleChanged();
}

void SyncController::onStatusChanged()
{
    if (m_scheduling) {
        const QJsonObject s = status();
        m_scheduler->setLastSuccess(s.value(QStringLiteral("last_success")).toInteger());
        m_scheduler->setActive(m_preferences.automatic && s.value(QStringLiteral("enrolled")).toBool());
    }
    Q_EMIT statusChanged();
}

void SyncController::enroll(const QUrl& server, const QString& user, const QString& password, const QByteArray& caPem,
                            const QString& deviceLabel, bool syncAfterEnrolling)
{
    m_syncAfterEnrolling = syncAfterEnrolling;
    m_engine->enroll(server, user, password, caPem, deviceLabel);
}

void SyncController::onEnrolled(bool ok, const QString& message)
{
    QString adoptError;
    if (ok) {
        // Records made before enrolment and every new one belong to the team's scope from now on.
        const QString team = status().value(QStringLiteral("team")).toString();
        if (!team.isEmpty()) {
            auto adopted = WorkspaceSync::adoptTeamScope(m_workspace.db(), QStringLiteral("team:") + team);
            if (!adopted.ok())
                adoptError = adopted.error().message;
        }
    }
    Q_EMIT enrolled(ok, message, adoptError);
    if (!ok)
        return;
    onStatusChanged();
    Q_EMIT recordsChanged(allKinds()); // their scope moved
    if (m_syncAfterEnrolling)
        QTimer::singleShot(0, this, [this] { syncNow(); }); // after whoever asked has taken the answer in
}

bool SyncController::syncNow()
{
    if (m_engine->isBusy())
        return false;
    m_cancelled = false;
    m_scheduler->syncStarted();
    Q_EMIT started();
    m_engine->syncNow();
    return true;
}

void SyncController::cancel()
{
    if (!m_engine->isBusy())
        return;
    m_cancelled = true;
    m_engine->cancel();
}

bool SyncController::followMerges(const Summary& summary)
{
    if (!summary.ok || summary.pulled == 0 || m_firstRound)
        return false;
    auto followed = RecordMerge(m_workspace.db()).follow();
    if (!followed.ok()) {
        qWarning("zs.sync: following merges: %s", qUtf8Printable(followed.error().message));
        return false;
    }
    if (followed.value() == 0)
        return false;
    m_firstRound = summary;
    m_engine->syncNow();
    return true;
}

void SyncController::onFinished(const Summary& round)
{
    if (!m_cancelled && followMerges(round))
        return;
    Summary summary = round;
    const std::optional<Summary> first = std::exchange(m_firstRound, std::nullopt);
    if (first) {
        summary.pushed += first->pushed;
        summary.pulled += first->pulled;
        summary.conflicts += first->conflicts;
        summary.refused += first->refused;
        summary.purged += first->purged;
        summary.wiped = summary.wiped || first->wiped;
        summary.durationMs += first->durationMs;
        for (const QString& table : first->tables)
            if (!summary.tables.contains(table))
                summary.tables << table;
        summary.tables.sort();
    }
    const bool cancelled = std::exchange(m_cancelled, false);
    if (cancelled) // no retry in 30 s; the daily check or the next change of network resumes
        m_scheduler->syncCancelled();
    else
        m_scheduler->syncFinished(summary.ok, status().value(QStringLiteral("last_success")).toInteger());
    Q_EMIT finished(summary, cancelled);
    if (summary.purged > 0 || summary.wiped || first) // following merges moved rows of any kind
        Q_EMIT recordsChanged(allKinds());
    else if (summary.pulled > 0)
        Q_EMIT recordsChanged(kindsOf(summary.tables));
}

void SyncController::fetchFilesNow()
{
    if (m_engine->isEnrolled())
        m_engine->files().startDownloads(false);
    Q_EMIT filesChanged();
}

void SyncController::pauseDownloads()
{
    m_engine->files().cancelDownloads();
    Q_EMIT filesChanged();
}

Result<QList<QJsonObject>> SyncController::conflicts(int limit) const
{
    return m_replica->conflicts(limit);
}

Result<QList<QJsonObject>> SyncController::quarantine(int limit) const
{
    return m_replica->quarantine(limit);
}

Result<void> SyncController::restoreConflict(qint64 conflictId)
{
    ZS_TRY_ASSIGN(auto table, m_replica->reapplyConflict(conflictId));
    onStatusChanged(); // one more change waits to go up
    Q_EMIT recordsChanged(kindsOf({table}));
    return {};
}

QList<RecordKind> SyncController::kindsOf(const QStringList& tables)
{
    QList<RecordKind> kinds;
    for (const QString& table : tables) {
        if (const KindDecl* kind = RecordKinds::byTable(table); kind && !kinds.contains(kind->kind))
            kinds << kind->kind;
    }
    return kinds;
}

QList<RecordKind> SyncController::allKinds()
{
    QList<RecordKind> kinds;
    for (const KindDecl& kind : RecordKinds::all())
        kinds << kind.kind;
    return kinds;
}

} // namespace zs
