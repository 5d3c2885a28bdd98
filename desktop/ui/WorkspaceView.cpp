#include "desktop/ui/WorkspaceView.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/ui/materials/BrochureDialog.h"
#include "desktop/ui/DashboardPage.h"
#include "desktop/ui/agreements/AgreementWatchTab.h"
#include "desktop/ui/agreements/ServiceTab.h"
#include "desktop/ui/chains/ChainMapPage.h"
#include "desktop/ui/sites/SiteMatchTab.h"
#include "desktop/ui/agreements/WatchPage.h"
#include "desktop/ui/records/RecordListPage.h"
#include "desktop/ui/records/RecordActions.h"
#include "desktop/ui/records/RecordOpener.h"
#include "desktop/ui/records/RecordPage.h"
#include "desktop/ui/records/UndoBar.h"
#include "desktop/ui/search/SearchPage.h"
#include "desktop/ui/sync/SyncPage.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zs::ui {

WorkspaceView::WorkspaceView(Workspace& workspace, SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_syncController(sync)
    , m_searchBox(new QLineEdit(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_undo(new UndoBar(this))
    , m_record(new RecordPage(workspace, this))
    , m_dashboard(new DashboardPage(workspace, sync, this))
    , m_search(new SearchPage(workspace, this))
    , m_sync(new SyncPage(workspace, sync, this))
    , m_watch(new WatchPage(workspace, this))
    , m_chains(new ChainMapPage(workspace, this))
{
    m_searchBox->setObjectName(QStringLiteral("globalSearch"));
    m_searchBox->setPlaceholderText(tr("搜索（Ctrl+F）"));
    m_searchBox->setClearButtonEnabled(true);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::StrongFocus);

    const QString names[PageCount] = {tr("工作台"),   tr("客商"),         tr("走访"),         tr("项目线索"),
                                      tr("推介活动"), tr("资料与宣传册"), tr("跟踪服务专员"), tr("投资协议"),
                                      tr("履约监测"), tr("用地厂房"),     tr("产业链图谱"),   tr("同步")};
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addItem(names[i]);
        if (i > 8)
            continue; // Ctrl+1 … Ctrl+9
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    const struct
    {
        Page page;
        RecordKind kind;
        QString title;
    } lists[] = {{Companies, RecordKind::Company, tr("客商名录")},
                 {Visits, RecordKind::Visit, tr("走访记录")},
                 {Leads, RecordKind::Lead, tr("项目线索")},
                 {Events, RecordKind::Event, tr("推介活动")},
                 {Materials, RecordKind::Material, tr("资料与宣传册")},
                 {Specialists, RecordKind::Specialist, tr("跟踪服务专员")},
                 {Agreements, RecordKind::Agreement, tr("投资协议")},
                 {Sites, RecordKind::Site, tr("用地厂房清单")}};
    QMap<int, QWidget*> pages{{Dashboard, m_dashboard}, {Watch, m_watch}, {Chains, m_chains}, {Sync, m_sync}};
    for (const auto& l : lists) {
        auto* page = new RecordListPage(workspace, l.kind, l.title, this);
        connect(page, &RecordListPage::openRecord, this, &WorkspaceView::openRecord);
        connect(page, &RecordListPage::createRecord, this, &WorkspaceView::createRecord);
        connect(page, &RecordListPage::createFor, this, &WorkspaceView::createFor);
        connect(page, &RecordListPage::composeBrochure, this, &WorkspaceView::composeBrochure);
        connect(page, &RecordListPage::deleteRecords, this, &WorkspaceView::deleteRecords);
        connect(page, &RecordListPage::mergeRecords, this, &WorkspaceView::mergeRecords);
        connect(page, &RecordListPage::moveLeads, this, [this](const QStringList& ids, const QString& stage) {
            if (RecordActions::moveLeads(m_workspace, ids, stage, this))
                refreshAll();
        });
        connect(page, &RecordListPage::assignLeads, this, [this](const QStringList& ids) {
            if (RecordActions::assignLeads(m_workspace, ids, this))
                refreshAll();
        });
        m_lists << page;
        m_listByPage.insert(l.page, page);
        pages.insert(l.page, page);
    }
    for (int p = 0; p < PageCount; ++p) // the stack in the navigation's order
        m_pages->addWidget(pages.value(p));
    connect(m_watch, &WatchPage::openRecord, this, &WorkspaceView::openRecord);
    RecordPage::addTab(RecordKind::Agreement, tr("履约监测"), &makeTab<AgreementWatchTab>);
    RecordPage::addTab(RecordKind::Agreement, tr("项目服务"), &makeTab<ServiceTab>);
    RecordPage::addTab(RecordKind::Lead, tr("选址匹配"), &makeTab<SiteMatchTab>, RecordPage::TabPlace::AfterActivity);
    // On unlock, one line on what became 触发 or 临近 since last time, with the way to the watch.
    if (auto news = AgreementWatchService(workspace.db()).sinceLastTime(m_watch->watch()); // as of today, read once
        news.ok() && (news->triggered > 0 || news->approaching > 0)) {
        m_undo->offer(tr("履约监测：自上次打开以来，新触发 %1 项，新临近 %2 项。按 Ctrl+9 查看。")
                          .arg(news->triggered)
                          .arg(news->approaching),
                      {});
    }
    m_pages->addWidget(m_search);
    m_pages->addWidget(m_record);
    connect(m_record, &RecordPage::openRecord, this, &WorkspaceView::openRecord);
    connect(m_record, &RecordPage::editRecord, this, [this](RecordKind kind, const QString& id) {
        if (openRecordDialog(m_workspace, m_syncController, kind, id, this))
            refreshAll();
    });
    connect(m_record, &RecordPage::createFor, this, &WorkspaceView::createFor);
    connect(m_record, &RecordPage::composeBrochure, this, &WorkspaceView::composeBrochure);
    connect(m_record, &RecordPage::removeRecords, this, &WorkspaceView::deleteRecords);
    connect(m_record, &RecordPage::changed, this, &WorkspaceView::refreshAll);
    connect(m_record, &RecordPage::findDuplicate, this, [this](RecordKind kind, const QString& id) {
        if (RecordActions::mergeWithChosen(m_workspace, kind, id, *m_undo, this))
            refreshAll();
    });
    connect(m_record, &RecordPage::back, this, &WorkspaceView::goBack);
    connect(m_record, &RecordPage::forward, this, &WorkspaceView::goForward);
    connect(m_record, &RecordPage::gone, this, [this] {
        if (recordShown())
            showPage(currentPage());
    });
    for (auto [keys, slot] : {std::pair{QKeySequence::Back, &WorkspaceView::goBack},
                              std::pair{QKeySequence::Forward, &WorkspaceView::goForward}}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    }

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidebar"));
    side->setFixedWidth(190);
    side->setAutoFillBackground(true);
    QPalette pal = side->palette();
    pal.setColor(QPalette::Window, QColor(0x1f, 0x3b, 0x57));
    side->setPalette(pal);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 12, 0, 0);
    sideLayout->addWidget(m_searchBox);
    sideLayout->addWidget(m_navigation, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto* main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->setSpacing(0);
    main->addWidget(m_undo);
    main->addWidget(m_pages, 1);
    layout->addLayout(main, 1);
    connect(m_undo, &UndoBar::undone, this, &WorkspaceView::refreshAll);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &WorkspaceView::runSearch);
    connect(m_searchBox, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, &WorkspaceView::runSearch);
    // ↓ in the search box goes into the results (Enter there opens one).
    auto* intoResults = new QShortcut(QKeySequence(Qt::Key_Down), m_searchBox);
    intoResults->setContext(Qt::WidgetShortcut);
    connect(intoResults, &QShortcut::activated, this, [this] {
        if (!searchShown())
            runSearch();
        m_search->focusResults();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(static_cast<Page>(row));
    });
    // A click on the page already highlighted (after a record's page or a search) goes back to it.
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showPage(static_cast<Page>(m_navigation->row(item))); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Dashboard)
            m_dashboard->refresh();
    });
    connect(m_dashboard, &DashboardPage::recordsChanged, this, [this] {
        reloadPages({RecordKind::Visit});
        m_sync->refresh(); // a follow-up done or moved is a change to upload
    });
    connect(m_dashboard, &DashboardPage::openVisit, this,
            [this](const QString& id) { openRecord(RecordKind::Visit, id); });
    connect(m_search, &SearchPage::openRecord, this, &WorkspaceView::openRecord);
    connect(m_sync, &SyncPage::openRecord, this, &WorkspaceView::openRecord);
    connect(&sync, &SyncController::recordsChanged, this, &WorkspaceView::reloadPages);
    // A material's file arriving piece by piece: its row shows the percentage, refreshed in place (selection and
    // scroll position kept) at most once a second, and at once when the file is there or has failed.
    const auto showFiles = [this] {
        m_filesShown.stop();
        if (RecordListPage* materials = listPage(Materials))
            materials->refreshLoaded();
    };
    m_filesShown.setSingleShot(true);
    m_filesShown.setInterval(1000);
    connect(&sync, &SyncController::filesChanged, this, [this] {
        if (!m_filesShown.isActive())
            m_filesShown.start();
    });
    connect(&m_filesShown, &QTimer::timeout, this, showFiles);
    connect(&sync, &SyncController::fileSettled, this, showFiles);
    auto* newVisitShortcut = new QShortcut(QKeySequence::New, this);
    connect(newVisitShortcut, &QShortcut::activated, this, &WorkspaceView::newVisit);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &WorkspaceView::focusSearch);
    showPage(Dashboard);
}

void WorkspaceView::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    arrive({page});
}

bool WorkspaceView::recordShown() const
{
    return m_pages->currentWidget() == m_record;
}

void WorkspaceView::arrive(const Location& to)
{
    if (!m_moving && to != m_current) {
        m_backStack.append(m_current);
        if (m_backStack.size() > 100)
            m_backStack.removeFirst();
        m_forwardStack.clear();
    }
    m_current = to;
    updateHistoryButtons();
}

void WorkspaceView::go(const Location& to)
{
    m_moving = true;
    if (to.id.isEmpty())
        showPage(static_cast<Page>(to.page));
    else
        showRecordPage(to.kind, to.id);
    m_moving = false;
}

void WorkspaceView::goBack()
{
    if (m_backStack.isEmpty())
        return;
    m_forwardStack.append(m_current);
    go(m_backStack.takeLast());
}

void WorkspaceView::goForward()
{
    if (m_forwardStack.isEmpty())
        return;
    m_backStack.append(m_current);
    go(m_forwardStack.takeLast());
}

void WorkspaceView::updateHistoryButtons()
{
    m_record->setHistory(!m_backStack.isEmpty(), !m_forwardStack.isEmpty());
}

// The record opens in the main area; the navigation keeps the list it came from highlighted.
void WorkspaceView::showRecordPage(RecordKind kind, const QString& id)
{
    if (!m_record->showRecord(kind, id)) { // gone since (a merge, a delete, a sync): say so, stay where we are
        m_undo->offer(tr("这条记录已被合并或删除。"), {});
        return;
    }
    m_pages->setCurrentWidget(m_record);
    arrive({qMax(0, m_navigation->currentRow()), kind, id});
    m_record->tabs()->setFocus();
}

WorkspaceView::Page WorkspaceView::currentPage() const
{
    return static_cast<Page>(qMin(m_navigation->currentRow(), int(PageCount) - 1));
}

bool WorkspaceView::searchShown() const
{
    return m_pages->currentWidget() == m_search;
}

RecordListPage* WorkspaceView::listPage(Page page) const
{
    return m_listByPage.value(page);
}

void WorkspaceView::focusSearch()
{
    m_searchBox->setFocus();
    m_searchBox->selectAll();
}

void WorkspaceView::runSearch()
{
    m_searchDelay.stop();
    const QString query = m_searchBox->text();
    if (query.trimmed().isEmpty())
        return;
    m_search->search(query);
    m_navigation->clearSelection();
    m_pages->setCurrentWidget(m_search);
}

void WorkspaceView::composeBrochure(const QString& companyId)
{
    BrochureDialog dialog(m_workspace, companyId, this);
    dialog.exec();
    refreshAll();
}

void WorkspaceView::newVisit()
{
    createRecord(RecordKind::Visit);
}

void WorkspaceView::createRecord(RecordKind kind)
{
    if (openRecordDialog(m_workspace, m_syncController, kind, QString(), this))
        refreshAll();
}

void WorkspaceView::createFor(RecordKind kind, const QString& companyId)
{
    if (openRecordDialog(m_workspace, m_syncController, kind, QString(), this, companyId))
        refreshAll();
}

void WorkspaceView::deleteRecords(RecordKind kind, const QStringList& ids)
{
    if (RecordActions::remove(m_workspace, kind, ids, *m_undo, this))
        refreshAll();
}

void WorkspaceView::mergeRecords(RecordKind kind, const QStringList& ids)
{
    if (RecordActions::merge(m_workspace, kind, ids, *m_undo, this))
        refreshAll();
}

void WorkspaceView::openRecord(RecordKind kind, const QString& id)
{
    if (id.isEmpty())
        return;
    if (RecordPage::hasPage(kind)) { // a page of its own; the other kinds open in their forms
        showRecordPage(kind, id);
        return;
    }
    if (openRecordDialog(m_workspace, m_syncController, kind, id, this))
        refreshAll();
}

void WorkspaceView::refreshAll()
{
    reloadPages();
    m_sync->refresh(); // a saved record is a pending change
}

void WorkspaceView::reloadPages(const QList<RecordKind>& kinds)
{
    for (RecordListPage* page : std::as_const(m_lists)) {
        const QList<RecordKind> shown = RecordList::kindsShown(page->kind());
        if (kinds.isEmpty() || std::any_of(kinds.begin(), kinds.end(), [&](RecordKind k) { return shown.contains(k); }))
            page->reload();
    }
    const RecordKind watched[] = {RecordKind::Agreement, RecordKind::AgreementTranche, RecordKind::AgreementProgress,
                                  RecordKind::AgreementMeasure, RecordKind::AgreementFinding};
    if (kinds.isEmpty() ||
        std::any_of(std::begin(watched), std::end(watched), [&](RecordKind k) { return kinds.contains(k); }))
        m_watch->reload();
    if (kinds.isEmpty() || kinds.contains(RecordKind::Company) || kinds.contains(RecordKind::Lead) ||
        kinds.contains(RecordKind::Agreement))
        m_chains->reload();
    m_dashboard->refresh();
    if (recordShown())
        m_record->reload();
    if (searchShown() && !m_searchBox->text().trimmed().isEmpty())
        m_search->search(m_searchBox->text());
}

} // namespace zs::ui
