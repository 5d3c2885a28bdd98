#pragma once

#include "desktop/core/AppSettings.h"
#include "desktop/core/domain/RecordKind.h"
#include "sync/client/SyncEngine.h"
#include "sync/client/SyncScheduler.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace zs {

class Workspace;

// The sync machinery of one open workspace — replica, engine and scheduler — behind one QtCore object that the
// session owns (the app) or a command makes (the CLI). Views ask it and listen to it; none of them holds an engine.
//
// It keeps what every caller would otherwise repeat: the scheduler told of each sync (started, finished, cancelled)
// and of the last success; the team scope adopted after an enrolment, and the first sync that follows it; which
// record kinds a sync or a restored conflict changed, so lists, the dashboard and later the agreement watch reload
// only what they show. After a pull it has the workspace follow merges made elsewhere (RecordMerge::follow) and, when
// that moved rows here, pushes them in a second round of the same sync: `finished` reports both as one.
class SyncController : public QObject
{
    Q_OBJECT

public:
    using Summary = sync::SyncEngine::Summary;
    using FilesStatus = sync::BlobTransfer::Status;

    explicit SyncController(Workspace& workspace, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // Mid-sync: the running request is abandoned while the database is still open (the next sync resumes).
    ~SyncController() override;

    // The app: syncs when due (the interval, network back, retries after a failure), from now on while enrolled and
    // the preferences say automatic. The CLI leaves it off: it syncs when told.
    void startScheduling(const SyncPreferences& preferences = {});
    // 设置 → 同步 changed: applied at once (an automatic sync turned off forgets a pending retry; files stop following
    // in the background, the ones asked for still come).
    void setPreferences(const SyncPreferences& preferences);
    const SyncPreferences& preferences() const { return m_preferences; }

    bool isEnrolled() const { return m_engine->isEnrolled(); }
    bool isBusy() const { return m_engine->isBusy(); }
    // Pending, last success and error, server, account, team, role, CA fingerprint (SyncEngine::status).
    QJsonObject status() const { return m_engine->status(); }
    int failures() const { return m_scheduler->failures(); }
    // Monotonic ms of the next automatic retry, 0 for none.
    qint64 retryAt() const { return m_scheduler->retryAt(); }

    // Enrols with HQ; `enrolled` tells the outcome. When accepted, the records made so far join the team's scope and
    // the first sync starts on the next turn of the event loop (when `syncAfterEnrolling`).
    void enroll(const QUrl& server, const QString& user, const QString& password, const QByteArray& caPem,
                const QString& deviceLabel, bool syncAfterEnrolling = true);
    // False when a sync is running already. Not enrolled: `finished` says so.
    bool syncNow();
    // The officer stopped it: no retry for it; `finished` says cancelled.
    void cancel();

    // Material files arrive after the rows, in the background.
    FilesStatus filesStatus() const { return m_engine->files().downloadStatus(); }
    bool isDownloading() const { return m_engine->files().isDownloading(); }
    void fetchFilesNow(); // a missing file was asked for: download now if enrolled
    void pauseDownloads();

    // What sync could not settle alone: values a later edit elsewhere replaced, changes HQ refused.
    Result<QList<QJsonObject>> conflicts(int limit = 200) const;
    Result<QList<QJsonObject>> quarantine(int limit = 200) const;
    // Re-applies a replaced value as a new local edit (it wins at the next sync); recordsChanged names its kind.
    Result<void> restoreConflict(qint64 conflictId);

    // The kinds whose records rows of these synced tables are (a detail table counts as its parent's kind).
    static QList<RecordKind> kindsOf(const QStringList& tables);
    static QList<RecordKind> allKinds();

    // For tests and benchmarks that drive the machinery below (fault seams, page sizes).
    sync::SyncEngine& engine() { return *m_engine; }
    sync::LocalReplica& replica() { return *m_replica; }
    sync::SyncScheduler& scheduler() { return *m_scheduler; }

Q_SIGNALS:
    void started();
    void progress(const QString& stage, int rows);
    void finished(const zs::SyncController::Summary& summary, bool cancelled);
    // ok with HQ's words; after an accepted enrolment `adoptError` is empty unless the records made so far could not
    // join the team's scope (they stay in this workspace, unsynced, and the message says so).
    void enrolled(bool ok, const QString& message, const QString& adoptError);
    void statusChanged();
    void scheduleChanged();
    // Downloads moved on (progress, idle); a file arrived or failed for good.
    void filesChanged();
    void fileSettled();
    // Records of these kinds changed underneath the views (pulled, purged, wiped, restored).
    void recordsChanged(const QList<zs::RecordKind>& kinds);

private:
    void onFinished(const Summary& summary);
    // After a pull: rows here follow merges made (or undone) elsewhere; true when a second round pushes them.
    bool followMerges(const Summary& summary);
    void onEnrolled(bool ok, const QString& message);
    void onStatusChanged();

    Workspace& m_workspace;
    std::unique_ptr<sync::LocalReplica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_engine; // after the replica: destroyed first
    sync::SyncScheduler* m_scheduler;
    bool m_scheduling = false;
    SyncPreferences m_preferences;
    bool m_cancelled = false;
    bool m_syncAfterEnrolling = true;
    std::optional<Summary> m_firstRound; // the first round's summary while the second pushes what followed merges
};

} // namespace zs
