#pragma once

#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/sync/SyncController.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
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
    SyncPage(Workspace& workspace, SyncController& sync, QWidget* parent = nullptr);

    SyncIssuesView* issues() const { return m_issues; }
    // One line for the status bar: "同步：待上传 3 条 · 上次 10:42", "同步：未登记", …
    QString indicatorText() const { return m_indicator; }

public Q_SLOTS:
    void syncNow();
    void openEnrollDialog();
    // Re-reads the status (pending count, last success…); cheap, called after local edits too.
    void refresh();

Q_SIGNALS:
    void indicatorChanged(const QString& text);
    void openRecord(zs::RecordKind kind, const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildWelcome();
    QWidget* buildStatus();
    void onProgress(const QString& stage, int rows);
    void onStarted();
    void onFinished(const SyncController::Summary& summary, bool cancelled);
    void onEnrolled(bool ok, const QString& message, const QString& adoptError);
    void setBusy(bool busy);
    void showNotice(const QString& text, bool warning);
    void updateSchedule();
    void updateIndicator();
    void updateFiles();

    SyncController& m_sync;
    QJsonObject m_status;
    QString m_indicator;
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
