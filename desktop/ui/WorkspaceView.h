#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// The unlocked workspace: navigation on the left, one page per area. Created on unlock, destroyed on lock, so
// nothing from the database outlives the lock.
class WorkspaceView : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        Dashboard,
        Companies,
        Visits,
        Leads,
        Events,
        Materials,
        Sync,
        PageCount
    };

    explicit WorkspaceView(Workspace& workspace, QWidget* parent = nullptr);
    void showPage(Page page);
    Page currentPage() const;

private:
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
};

} // namespace zs::ui
