#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace zs {
class SyncController;
class Workspace;
} // namespace zs

namespace zs::ui {

// 工作台, what the officer's day needs: the follow-ups overdue, due today and in the coming week (done or moved to
// another day from here), the latest visits, my leads by stage as a chart, and how sync stands.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Workspace& workspace, SyncController& sync, QWidget* parent = nullptr);

    QListWidget* followUps() const { return m_due; }
    // The selected follow-up: done, or due on another day (refreshes; false with the reason shown when refused).
    bool completeSelected();
    bool rescheduleSelected(const QDate& due);
    // The leads by stage as the chart shows them (stage name → count), for tests.
    QList<QPair<QString, int>> chartedStages() const { return m_charted; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openVisit(const QString& id);
    // A follow-up was done or moved: the visit lists and the sync indicator read it again.
    void recordsChanged();

private:
    QWidget* buildChart();
    void refreshSync();
    void updateButtons();
    QString selectedVisit() const;

    Workspace& m_workspace;
    SyncController& m_sync;
    QLabel* m_counts;
    QListWidget* m_due;
    QPushButton* m_done;
    QPushButton* m_reschedule;
    QListWidget* m_recent;
    QWidget* m_chartBox;
    QLabel* m_syncState;
    QList<QPair<QString, int>> m_charted;
};

} // namespace zs::ui
