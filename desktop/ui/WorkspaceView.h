#pragma once

#include "desktop/core/domain/RecordKind.h"

#include <QTimer>
#include <QMap>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace zs {
class SyncController;
class Workspace;
} // namespace zs

namespace zs::ui {

class DashboardPage;
class RecordListPage;
class RecordPage;
class SearchPage;
class SyncPage;
class WatchPage;
class ChainMapPage;
class ChainMapPage;
class UndoBar;

// The unlocked workspace: search box and navigation on the left, one page per area. Created on unlock, destroyed
// on lock, so nothing from the database outlives the lock.
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
        Specialists,
        Agreements,
        Watch,
        Sites,
        Chains,
        Sync,
        PageCount
    };

    WorkspaceView(Workspace& workspace, SyncController& sync, QWidget* parent = nullptr);
    void showPage(Page page);
    Page currentPage() const;
    bool searchShown() const;
    RecordListPage* listPage(Page page) const;
    SearchPage* searchPage() const { return m_search; }
    SyncPage* syncPage() const { return m_sync; }
    WatchPage* watchPage() const { return m_watch; }
    ChainMapPage* chainMapPage() const { return m_chains; }
    QLineEdit* searchBox() const { return m_searchBox; }
    UndoBar* undoBar() const { return m_undo; }
    RecordPage* recordPage() const { return m_record; }
    bool recordShown() const;

public Q_SLOTS:
    void goBack();
    void goForward();
    void newVisit();
    void focusSearch();
    void openRecord(zs::RecordKind kind, const QString& id);
    void createRecord(zs::RecordKind kind);
    void createFor(zs::RecordKind kind, const QString& companyId);
    void composeBrochure(const QString& companyId = {});
    void deleteRecords(zs::RecordKind kind, const QStringList& ids);
    void mergeRecords(zs::RecordKind kind, const QStringList& ids);

private:
    // Where the officer has been, for back and forward: a page of the navigation, or a record's page.
    struct Location
    {
        Location(int onPage = Dashboard, RecordKind ofKind = RecordKind::Company, const QString& record = {})
            : page(onPage)
            , kind(ofKind)
            , id(record)
        {
        }
        int page;
        RecordKind kind;
        QString id; // a record's page when set
        bool operator==(const Location& o) const { return page == o.page && kind == o.kind && id == o.id; }
        bool operator!=(const Location& o) const { return !(*this == o); }
    };
    void arrive(const Location& to); // the step recorded (the place left goes on the back stack)
    void go(const Location& to);     // back or forward: shown without recording a step
    void showRecordPage(RecordKind kind, const QString& id);
    void updateHistoryButtons();
    void refreshAll();
    // The pages showing records of these kinds (all pages: every kind) read them again.
    void reloadPages(const QList<zs::RecordKind>& kinds = {});
    void runSearch();

    Workspace& m_workspace;
    SyncController& m_syncController;
    QLineEdit* m_searchBox;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    UndoBar* m_undo;
    RecordPage* m_record;
    Location m_current;
    QList<Location> m_backStack;
    QList<Location> m_forwardStack;
    bool m_moving = false; // going back or forward: the navigation's row change is not a new step
    DashboardPage* m_dashboard;
    SearchPage* m_search;
    SyncPage* m_sync;
    WatchPage* m_watch;
    ChainMapPage* m_chains;
    QList<RecordListPage*> m_lists;
    QMap<int, RecordListPage*> m_listByPage;
    QTimer m_searchDelay;
    QTimer m_filesShown; // at most one refresh of the materials list a second while files download
};

} // namespace zs::ui
