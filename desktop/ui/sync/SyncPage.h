#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "sync/client/SyncEngine.h"
#include "sync/client/SyncScheduler.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

class SyncIssuesView;

// 同步: who this workspace is enrolled as, what waits to go up, when the last sync succeeded and what went wrong;
// 立即同步 (Ctrl+Shift+S or F5 while shown) with live progress; enrolling when not enrolled; conflicts and refused
// changes. Owns the sync machinery of the unlocked workspace — replica, engine and scheduler — so all of it goes
// with the lock, before the database closes. Never blocks: the engine works between event-loop turns.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Workspace& workspace, QWidget* parent = nullptr);
    ~SyncPage() override;

    sync::SyncEngine& engine() { return *m_engine; }
    sync::LocalReplica& replica() { return *m_replica; }
    sync::SyncScheduler& scheduler() { return *m_scheduler; }
    SyncIssuesView* issues() const { return m_issues; }
    // One line for the status bar: "同步：待上传 3 条 · 上次 10:42", "同步：未登记", …
    QString indicatorText() const { return m_indicator; }

public Q_SLOTS:
    void syncNow();
    void openEnrollDialog();
    // Re-reads the status (pending count, last success…); cheap, called after local edits too.
    void refresh();
    // A material's file was asked for (opened while missing): download now if enrolled.
    void fetchFilesNow();

Q_SIGNALS:
    // Records changed underneath the other pages (pulled, purged, a restored value): they should reload.
    void recordsChanged();
    void indicatorChanged(const QString& text);
    void openRecord(zs::RecordKind kind, const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildWelcome();
    QWidget* buildStatus();
    void onProgress(const QString& stage, int rows);
    void onFinished(const sync::SyncEngine::Summary& summary);
    void onEnrolled(bool ok, const QString& message);
    void onSyncDue(sync::SyncScheduler::Reason reason);
    void setBusy(bool busy);
    void showNotice(const QString& text, bool warning);
    void updateSchedule();
    void updateIndicator();
    void updateFiles();

    Workspace& m_workspace;
    std::unique_ptr<sync::LocalReplica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_engine; // after the replica: destroyed first
    sync::SyncScheduler* m_scheduler;
    QJsonObject m_status;
    QString m_indicator;
    bool m_cancelled = false;
    QTimer m_minute; // keeps "5 分钟前" true

    QLabel* m_notice;
    QStackedWidget* m_modes;
    QLabel* m_welcomePending;
    QLabel* m_wiped;
    QLabel* m_account;
    QLabel* m_team;
    QLabel* m_role;
    QLabel* m_server;
    QLabel* m_device;
    QLabel* m_pending;
    QLabel* m_lastSuccess;
    QLabel* m_lastError;
    QLabel* m_fingerprint;
    QPushButton* m_syncButton;
    QPushButton* m_cancelButton;
    QWidget* m_progressBox;
    QLabel* m_stage;
    QProgressBar* m_progress;
    QLabel* m_result;
    QLabel* m_schedule;
    QWidget* m_filesBox = nullptr;
    QLabel* m_filesStage = nullptr;
    QProgressBar* m_filesProgress = nullptr;
    QPushButton* m_filesStop = nullptr;
    SyncIssuesView* m_issues;
};

} // namespace zs::ui
