#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 工作台: follow-ups due today and overdue, recent visits, leads by stage, how much is in the workspace.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openVisit(const QString& id);

private:
    Workspace& m_workspace;
    QLabel* m_counts;
    QListWidget* m_due;
    QListWidget* m_recent;
    QListWidget* m_stages;
    QLabel* m_facts;
};

} // namespace zs::ui
