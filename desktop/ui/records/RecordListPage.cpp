#include "desktop/ui/records/RecordListPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/domain/RecordText.h"
#include "desktop/core/io/ListExporter.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordList.h"
#include "desktop/ui/io/ImportDialog.h"
#include "desktop/ui/records/RecordTableModel.h"
#include "desktop/ui/records/ReferenceCombo.h"
#include "desktop/ui/Style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
// What 导入 CSV… offers on a kind's list: the kind if it imports, then the importable kinds that follow it (their
// scope is that of the record of this kind they refer to: an agreement's tranches, progress reports, measures…).
QList<RecordKind> importKinds(RecordKind kind)
{
    QList<RecordKind> kinds;
    if (ImportDialog::imports(kind))
        kinds << kind;
    const char* key = RecordKinds::get(kind).key;
    for (const KindDecl& k : RecordKinds::all()) {
        if (k.kind == kind || k.exchange.isEmpty() || qstrncmp(k.scope, "of:", 3) != 0)
            continue;
        const FieldDecl* parent = k.field(QString::fromLatin1(k.scope + 3));
        if (parent && parent->ref && qstrcmp(parent->ref, key) == 0)
            kinds << k.kind;
    }
    return kinds;
}

QDateEdit* makeDateFilter(QWidget* parent, const QString& placeholderText)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setSpecialValueText(placeholderText);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setDate(edit->minimumDate()); // shows the placeholder: no bound
    return edit;
}
} // namespace

RecordListPage::RecordListPage(Workspace& workspace, RecordKind kind, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_model(new RecordTableModel(workspace.db(), kind, this))
    , m_view(new QTableView(this))
    , m_count(makeHint(QString(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    auto* top = new QHBoxLayout;
    top->addWidget(makeTitle(title, this));
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom); // 共 2,000 条 beside the title: the filter row is full
    top->addStretch(1);
    const KindDecl& declared = RecordKinds::get(kind);
    const ListDecl& list = declared.list;
    auto* create = new QPushButton(RecordKinds::createLabel(declared), this);
    create->setObjectName(QStringLiteral("createRecord"));
    connect(create, &QPushButton::clicked, this, [this] { Q_EMIT createRecord(m_kind); });
    top->addWidget(create);
    if (kind == RecordKind::Material) {
        auto* compose = new QPushButton(tr("编制宣传册…"), this);
        compose->setObjectName(QStringLiteral("composeBrochure"));
        connect(compose, &QPushButton::clicked, this, [this] { Q_EMIT composeBrochure(); });
        top->addWidget(compose);
    }
    if (const QList<RecordKind> importable = importKinds(kind); !importable.isEmpty()) {
        auto* import = new QPushButton(tr("导入 CSV…"), this);
        import->setObjectName(QStringLiteral("importCsv"));
        if (importable.size() == 1) {
            connect(import, &QPushButton::clicked, this, [this, kind] { importCsv(kind); });
        } else { // a menu: the kind, then what follows it (an agreement's tranches, reports, measures…)
            auto* menu = new QMenu(import);
            for (RecordKind k : importable)
                menu->addAction(RecordKinds::label(RecordKinds::get(k)) + QStringLiteral("…"), this,
                                [this, k] { importCsv(k); });
            import->setMenu(menu);
        }
        top->addWidget(import);
    }
    auto* exportButton = new QPushButton(tr("导出…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportList(); });
    top->addWidget(exportButton);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    Database& db = workspace.db();
    // The quick filter: what the list shows, narrowed as one types (a quarter second after the last key).
    m_quick = new QLineEdit(this);
    m_quick->setObjectName(QStringLiteral("quickFilter"));
    m_quick->setPlaceholderText(tr("筛选本列表"));
    m_quick->setToolTip(tr("只显示文字中包含这些字的记录（多个词用空格分开，需同时包含）"));
    m_quick->setClearButtonEnabled(true);
    m_quick->setMinimumWidth(150);
    m_quick->setMaximumWidth(240);
    filters->addWidget(m_quick);
    m_quickDelay = new QTimer(this);
    m_quickDelay->setSingleShot(true);
    m_quickDelay->setInterval(250);
    connect(m_quick, &QLineEdit::textChanged, m_quickDelay, qOverload<>(&QTimer::start));
    connect(m_quickDelay, &QTimer::timeout, this, &RecordListPage::applyFilter);
    connect(m_quick, &QLineEdit::returnPressed, this, [this] {
        m_quickDelay->stop();
        applyFilter();
        m_view->setFocus(); // Enter goes into the rows
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->selectRow(0);
    });
    if (list.city) {
        m_city = new QComboBox(this);
        m_city->addItem(tr("全部城市"), QString());
        for (const QString& code : RecordText::visitCities())
            m_city->addItem(RecordText::cityName(code), code);
        filters->addWidget(m_city);
    }
    if (list.stage) {
        m_stage = new QComboBox(this);
        fillReferenceCombo(m_stage, Choices(db).seedList(QStringLiteral("ref_stage")), tr("全部阶段"));
        filters->addWidget(m_stage);
    }
    if (list.industry) {
        m_industry = new QComboBox(this);
        fillIndustryCombo(m_industry, db, tr("全部产业"));
        m_industry->setMaximumWidth(220);
        filters->addWidget(m_industry);
    }
    for (const CodeFilterDecl& c : list.codes) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("filter_") + QLatin1String(c.key));
        fillReferenceCombo(box, Choices(db).forField({c.key, c.key, FieldType::Code, nullptr, c.ref}),
                           QCoreApplication::translate("zs::RecordList", c.any));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
        m_codes.insert(QLatin1String(c.key), box);
    }
    if (list.officer) {
        m_officer = new QLineEdit(this);
        m_officer->setPlaceholderText(tr("人员"));
        m_officer->setClearButtonEnabled(true);
        m_officer->setMaximumWidth(140);
        filters->addWidget(m_officer);
    }
    m_from = makeDateFilter(this, tr("起始日期"));
    m_to = makeDateFilter(this, tr("截止日期"));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    m_saved = new QPushButton(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setText(tr("筛选方案"));
    m_saved->setToolTip(tr("保存当前的筛选条件，以后一键套用"));
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &RecordListPage::showSavedFilters);
    filters->addWidget(m_saved);
    {
        // 分组: what the list offers to filter by, counted.
        const struct
        {
            RecordList::Grouping by;
            const char* column;
            QString name;
        } groupings[] = {{RecordList::Grouping::Stage, list.stage, tr("按阶段")},
                         {RecordList::Grouping::City, list.city, tr("按城市")},
                         {RecordList::Grouping::Industry, list.industry, tr("按产业")}};
        for (const auto& g : groupings) {
            if (!g.column)
                continue;
            if (!m_grouping) {
                m_grouping = new QComboBox(this);
                m_grouping->setObjectName(QStringLiteral("grouping"));
                m_grouping->addItem(tr("不分组"), -1);
            }
            m_grouping->addItem(g.name, static_cast<int>(g.by));
        }
        if (m_grouping) {
            filters->addWidget(m_grouping);
            connect(m_grouping, &QComboBox::currentIndexChanged, this, &RecordListPage::updateGroups);
        }
    }
    filters->addStretch(1);
    layout->addLayout(filters);
    m_groups = new QWidget(this);
    m_groups->setObjectName(QStringLiteral("groups"));
    auto* groupsLayout = new QHBoxLayout(m_groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groups->hide();
    layout->addWidget(m_groups);

    m_view->setModel(m_model);
    // The list's own default order first: enabling sorting sorts by whatever the indicator says.
    m_view->horizontalHeader()->setSortIndicator(m_model->list().sortColumn(), m_model->list().sortOrder());
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl/Shift: several to delete or merge
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    else {
        // Until the officer sizes them: each column as wide as its header and the first rows need (measured on the
        // text: the view is not shown yet), within bounds (the name column may take more), once the first page is
        // in.
        const int wide = list.wideColumn;
        const auto fit = [this, wide] {
            QHeaderView* header = m_view->horizontalHeader();
            const QFontMetrics metrics(m_view->font());
            const int rows = qMin(m_model->rowCount(), 30); // about a screenful
            for (int c = 0; c < m_model->columnCount(); ++c) {
                int content = metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
                for (int r = 0; r < rows; ++r)
                    content = qMax(content, metrics.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
                header->resizeSection(c, qBound(56, content, c == wide ? 420 : 200));
            }
        };
        if (m_model->rowCount() > 0)
            fit();
        else
            connect(m_model, &QAbstractItemModel::rowsInserted, this, fit, Qt::SingleShotConnection);
    }

    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RecordListPage::showColumnMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &RecordListPage::showRowMenu);
    auto* remove = new QShortcut(QKeySequence::Delete, m_view);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (!selectedIds().isEmpty())
            Q_EMIT deleteRecords(m_kind, selectedIds());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPage::updateCount);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT openRecord(m_kind, m_model->idAt(index.row())); });
    connect(m_model, &RecordTableModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("读取失败"), message); });
    for (QComboBox* combo : {m_city, m_stage, m_industry})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);
    for (QComboBox* combo : std::as_const(m_codes))
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);
    if (m_officer)
        connect(m_officer, &QLineEdit::editingFinished, this, &RecordListPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &RecordListPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordListPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateGroups);
    updateCount();
}

RecordListPage::~RecordListPage()
{
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

QString RecordListPage::settingsKey() const
{
    return QStringLiteral("lists/%1/header").arg(static_cast<int>(m_kind));
}

void RecordListPage::reload()
{
    m_model->reload();
}

void RecordListPage::refreshLoaded()
{
    m_model->refreshLoaded();
}

void RecordListPage::applyFilter()
{
    ListFilter filter;
    filter.text = m_quick->text().trimmed();
    if (m_city)
        filter.city = m_city->currentData().toString();
    if (m_stage)
        filter.stage = m_stage->currentData().toString();
    if (m_industry)
        filter.industry = m_industry->currentData().toString();
    if (m_officer)
        filter.officer = m_officer->text().trimmed();
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        filter.codes.insert(it.key(), it.value()->currentData().toString());
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    m_model->setFilter(filter);
}

QVariantMap RecordListPage::filterState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("text"), m_quick->text().trimmed());
    const auto combo = [&state](const char* key, const QComboBox* box) {
        if (box && !box->currentData().toString().isEmpty())
            state.insert(QLatin1String(key), box->currentData());
    };
    combo("city", m_city);
    combo("stage", m_stage);
    combo("industry", m_industry);
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        if (!it.value()->currentData().toString().isEmpty())
            state.insert(it.key(), it.value()->currentData());
    if (m_officer && !m_officer->text().trimmed().isEmpty())
        state.insert(QStringLiteral("officer"), m_officer->text().trimmed());
    if (m_from->date() != m_from->minimumDate())
        state.insert(QStringLiteral("from"), m_from->date());
    if (m_to->date() != m_to->minimumDate())
        state.insert(QStringLiteral("to"), m_to->date());
    return state;
}

void RecordListPage::restoreFilterState(const QVariantMap& state)
{
    // Set quietly, then filter once.
    const QSignalBlocker blocks[] = {QSignalBlocker(m_quick),    QSignalBlocker(m_city),    QSignalBlocker(m_stage),
                                     QSignalBlocker(m_industry), QSignalBlocker(m_officer), QSignalBlocker(m_from),
                                     QSignalBlocker(m_to)};
    m_quick->setText(state.value(QStringLiteral("text")).toString());
    const auto combo = [&state](const char* key, QComboBox* box) {
        if (box)
            box->setCurrentIndex(qMax(0, box->findData(state.value(QLatin1String(key), QString()))));
    };
    combo("city", m_city);
    combo("stage", m_stage);
    combo("industry", m_industry);
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(state.value(it.key(), QString()))));
    }
    if (m_officer)
        m_officer->setText(state.value(QStringLiteral("officer")).toString());
    m_from->setDate(state.value(QStringLiteral("from"), m_from->minimumDate()).toDate());
    m_to->setDate(state.value(QStringLiteral("to"), m_to->minimumDate()).toDate());
    applyFilter();
}

QString RecordListPage::savedFiltersKey() const
{
    return QStringLiteral("lists/%1/savedFilters").arg(static_cast<int>(m_kind));
}

void RecordListPage::showSavedFilters()
{
    QMenu* menu = m_saved->menu();
    menu->clear();
    const QVariantMap saved = QSettings().value(savedFiltersKey()).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        menu->addAction(it.key(), this, [this, state = it.value().toMap()] { restoreFilterState(state); });
    if (saved.isEmpty())
        menu->addAction(tr("（还没有保存的方案）"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("保存当前筛选…"), this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("保存筛选方案"), tr("方案名称："), QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        QVariantMap all = QSettings().value(savedFiltersKey()).toMap();
        all.insert(name, filterState());
        QSettings().setValue(savedFiltersKey(), all);
    });
    menu->addAction(tr("清除筛选"), this, [this] { restoreFilterState({}); });
    if (!saved.isEmpty()) {
        QMenu* remove = menu->addMenu(tr("删除方案"));
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            remove->addAction(it.key(), this, [this, name = it.key()] {
                QVariantMap all = QSettings().value(savedFiltersKey()).toMap();
                all.remove(name);
                QSettings().setValue(savedFiltersKey(), all);
            });
    }
}

void RecordListPage::updateCount()
{
    const qint64 n = m_model->totalCount();
    const qsizetype selected = m_view->selectionModel() ? m_view->selectionModel()->selectedRows().size() : 0;
    if (n < 0)
        m_count->clear();
    else if (selected > 1)
        m_count->setText(tr("共 %1 条，已选 %2 条").arg(QLocale().toString(n)).arg(selected));
    else
        m_count->setText(tr("共 %1 条").arg(QLocale().toString(n)));
}

void RecordListPage::updateGroups()
{
    const int by = m_grouping ? m_grouping->currentData().toInt() : -1;
    QLayout* strip = m_groups->layout();
    while (QLayoutItem* item = strip->takeAt(0)) {
        if (QWidget* w = item->widget()) { // later: the chip clicked may be the one asking
            w->hide();
            w->setProperty("stale", true);
            w->deleteLater();
        }
        delete item;
    }
    m_groups->setVisible(by >= 0);
    if (by < 0)
        return;
    RecordList list(m_workspace.db(), m_kind);
    list.setFilter(m_model->list().filter());
    const auto grouping = static_cast<RecordList::Grouping>(by);
    auto groups = list.groups(grouping);
    if (!groups.ok()) {
        strip->addWidget(new QLabel(groups.error().message, m_groups));
        return;
    }
    QComboBox* filter = grouping == RecordList::Grouping::Stage  ? m_stage
                        : grouping == RecordList::Grouping::City ? m_city
                                                                 : m_industry;
    constexpr int kShown = 10; // the biggest groups; the rest in one
    qint64 rest = 0;
    for (int i = 0; i < groups->size(); ++i) {
        const RecordList::Group& g = groups->at(i);
        if (i >= kShown) {
            rest += g.count;
            continue;
        }
        auto* chip = new QPushButton(tr("%1 %2").arg(g.name, QLocale().toString(g.count)), m_groups);
        chip->setCheckable(true);
        chip->setChecked(filter && !g.code.isEmpty() && filter->currentData().toString() == g.code);
        chip->setEnabled(filter && !g.code.isEmpty());
        chip->setToolTip(tr("只看这一组；再点一次看全部"));
        connect(chip, &QPushButton::clicked, this, [filter, code = g.code](bool on) {
            if (filter)
                filter->setCurrentIndex(qMax(0, on ? filter->findData(code) : 0));
        });
        strip->addWidget(chip);
    }
    if (rest > 0)
        strip->addWidget(makeHint(tr("其余 %1 条").arg(QLocale().toString(rest)), m_groups));
    static_cast<QHBoxLayout*>(strip)->addStretch(1);
}

QStringList RecordListPage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids << m_model->idAt(index.row());
    ids.removeAll(QString());
    return ids;
}

void RecordListPage::showRowMenu(const QPoint& at)
{
    const QModelIndex clicked = m_view->indexAt(at);
    if (!clicked.isValid())
        return;
    // A right click outside the selection selects the row clicked, as file managers do.
    if (!m_view->selectionModel()->isRowSelected(clicked.row(), QModelIndex()))
        m_view->selectRow(clicked.row());
    const QStringList ids = selectedIds();
    const QString id = m_model->idAt(clicked.row());
    const KindDecl& declared = RecordKinds::get(m_kind);
    QMenu menu(this);
    QAction* open = menu.addAction(tr("打开"), this, [this, id] { Q_EMIT openRecord(m_kind, id); });
    open->setShortcut(QKeySequence(Qt::Key_Return));
    menu.setDefaultAction(open);
    if (m_kind == RecordKind::Company) {
        menu.addAction(tr("记录走访…"), this, [this, id] { Q_EMIT createFor(RecordKind::Visit, id); });
        menu.addAction(tr("新建项目线索…"), this, [this, id] { Q_EMIT createFor(RecordKind::Lead, id); });
        menu.addAction(tr("为它编制宣传册…"), this, [this, id] { Q_EMIT composeBrochure(id); });
    }
    if (m_kind == RecordKind::Lead) {
        const QString count = ids.size() > 1 ? tr("（%1 条）").arg(ids.size()) : QString();
        QMenu* stages = menu.addMenu(tr("改为阶段%1").arg(count));
        auto known = Choices(m_workspace.db()).seedList(QStringLiteral("ref_stage"));
        for (const Choice& stage : known.ok() ? known.value() : QList<Choice>{})
            stages->addAction(stage.text, this, [this, ids, code = stage.value] { Q_EMIT moveLeads(ids, code); });
        menu.addAction(tr("指定负责人%1…").arg(count), this, [this, ids] { Q_EMIT assignLeads(ids); });
    }
    menu.addSeparator();
    if (ids.size() > 1)
        menu.addAction(tr("导出选中的 %1 条…").arg(ids.size()), this, [this, ids] { exportList(ids); });
    if (declared.mergeable) {
        QAction* merge = menu.addAction(tr("合并重复%1…").arg(RecordKinds::label(declared)), this,
                                        [this, ids] { Q_EMIT mergeRecords(m_kind, ids); });
        merge->setEnabled(ids.size() == 2);
        if (ids.size() != 2)
            merge->setToolTip(tr("选中两条重复的记录后可合并"));
    }
    QAction* remove = menu.addAction(ids.size() > 1 ? tr("删除选中的 %1 条…").arg(ids.size()) : tr("删除…"), this,
                                     [this, ids] { Q_EMIT deleteRecords(m_kind, ids); });
    remove->setShortcut(QKeySequence::Delete);
    menu.setToolTipsVisible(true);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void RecordListPage::showColumnMenu(const QPoint& at)
{
    QMenu menu(this);
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

void RecordListPage::exportList(const QStringList& onlyIds)
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出列表"), QString(), tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    // The list's own filter and order, limited to the selection when asked.
    RecordList list(m_workspace.db(), m_kind);
    ListFilter filter = m_model->list().filter();
    filter.ids = onlyIds;
    list.setFilter(filter);
    list.setSort(m_model->list().sortColumn(), m_model->list().sortOrder());
    const qint64 total = onlyIds.isEmpty() ? m_model->totalCount() : onlyIds.size();
    QProgressDialog progress(tr("正在导出…"), QString(), 0, static_cast<int>(qMax<qint64>(total, 1)), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = [&] {
        const BusyCursor busy;
        return ListExporter::write(onlyIds.isEmpty() ? m_model->list() : list, path, ListExporter::formatForPath(path),
                                   [&](int rows) { progress.setValue(rows); });
    }();
    progress.reset();
    if (written.ok())
        QMessageBox::information(this, tr("导出列表"), tr("已导出 %1 条到 %2").arg(written.value()).arg(path));
    else
        QMessageBox::warning(this, tr("导出列表"), written.error().message);
}

void RecordListPage::importCsv(RecordKind kind)
{
    ImportDialog dialog(m_workspace, kind, this);
    if (dialog.chooseFileAndPreview() && dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace zs::ui
