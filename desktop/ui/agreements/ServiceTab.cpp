#include "desktop/ui/agreements/ServiceTab.h"

#include "desktop/core/domain/RecordText.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/registry/RecordStore.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/agreements/WatchPage.h"
#include "desktop/ui/records/GenericRecordDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A row of cells, the record's id on the first; `tip` on hover over every cell.
void addRow(QTableWidget* table, const QString& id, const QStringList& cells, const QString& tip = QString())
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(tip.isEmpty() ? cells[c] : tip);
        table->setItem(row, c, item);
    }
    table->item(row, 0)->setData(Qt::UserRole, id);
}

// The table's one line when it has no rows.
void showEmpty(QTableWidget* table, const QString& text)
{
    table->setRowCount(1);
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::NoItemFlags);
    table->setItem(0, 0, item);
    table->setSpan(0, 0, 1, table->columnCount());
}

QColor statusColor(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Overdue:
        return WatchPage::stateColor(WatchState::Triggered);
    case MilestoneStatus::Blocked:
    case MilestoneStatus::DueSoon:
        return WatchPage::stateColor(WatchState::Approaching);
    case MilestoneStatus::Done:
        return WatchPage::stateColor(WatchState::Ok);
    default:
        return {};
    }
}

QWidget* section(const QString& title, QTableWidget* table, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(makeHint(title, box));
    layout->addWidget(table, 1);
    return box;
}
} // namespace

ServiceTab::ServiceTab(Workspace& workspace, const QString& agreementId, QWidget* parent)
    : RecordPageTab(parent)
    , m_workspace(workspace)
    , m_id(agreementId)
    , m_summary(makeHint(QString(), this))
    , m_template(new QPushButton(tr("按模板生成服务节点"), this))
    , m_milestones(makeTable(
          {tr("服务阶段"), tr("事项"), tr("责任单位"), tr("期限"), tr("办理状态"), tr("进度"), tr("堵点 / 人员需求")},
          QStringLiteral("serviceMilestones"), this))
    , m_requests(makeTable({tr("提出日期"), tr("用时"), tr("诉求内容"), tr("承办部门"), tr("答复日期")},
                           QStringLiteral("serviceRequests"), this))
    , m_log(makeTable({tr("日期"), tr("方式"), tr("服务内容"), tr("下一步")}, QStringLiteral("serviceLog"), this))
{
    setObjectName(QStringLiteral("serviceTab"));
    m_summary->setObjectName(QStringLiteral("serviceSummary"));
    m_summary->setWordWrap(true);
    m_template->setObjectName(QStringLiteral("applyTemplate"));
    m_template->setToolTip(tr("按协议约定的签约、开工、竣工、投产日期和达产年份，排出审批手续、证件办理、人员需求、"
                              "开工建设、设备购置、投产和达产各节点；协议已有的节点不会重复生成。"));
    auto* menu = new QMenu(m_template);
    for (const ServiceTemplates::Template& t : ServiceTemplates::bundled().templates)
        menu->addAction(t.name, this, [this, code = t.code] { applyTemplate(code); });
    m_template->setMenu(menu);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_template);
    const auto button = [this, actions](RecordKind kind, const QString& name) {
        auto* b = new QPushButton(RecordKinds::createLabel(RecordKinds::get(kind)) + QStringLiteral("…"), this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, kind] { create(kind); });
        actions->addWidget(b);
    };
    button(RecordKind::ServiceMilestone, QStringLiteral("newMilestone"));
    button(RecordKind::ServiceRequest, QStringLiteral("newRequest"));
    button(RecordKind::ServiceLog, QStringLiteral("newServiceLog"));
    actions->addStretch(1);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(section(tr("企业诉求"), m_requests, bottom));
    bottom->addWidget(section(tr("服务日志"), m_log, bottom));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(section(tr("服务节点"), m_milestones, split));
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    bind(RecordKind::ServiceMilestone, m_milestones);
    bind(RecordKind::ServiceRequest, m_requests);
    bind(RecordKind::ServiceLog, m_log);
    fill();
}

void ServiceTab::fill()
{
    auto state = ProjectService(m_workspace.db()).read(m_id, QDate::currentDate());
    if (!state.ok()) {
        m_summary->setText(state.error().message);
        return;
    }
    m_state = state.value();
    m_summary->setText(m_state.summary.text());
    m_summary->setToolTip(tr("截至 %1。逾期：过了期限仍未完成；临近：%2 天内到期；企业诉求超过 %3 天未答复或答复用时"
                             "超过 %3 天计为超时（seeds/service_templates.json）。")
                              .arg(RecordText::isoDate(m_state.asOf))
                              .arg(ServiceTemplates::bundled().dueSoonDays)
                              .arg(ServiceTemplates::bundled().answerDays));

    for (const ProjectService::Milestone& m : std::as_const(m_state.milestones)) {
        QStringList details; // staffing: the roles and head count; then what blocks it
        if (m.headcount > 0)
            details << tr("%1 %2 人").arg(m.roles).arg(m.headcount).trimmed();
        else if (!m.roles.isEmpty())
            details << m.roles;
        if (!m.facts.blockers.isEmpty())
            details << m.facts.blockers;
        const QString detail = details.join(QStringLiteral("；"));
        addRow(m_milestones, m.facts.id,
               {m.stageName, m.facts.item, m.facts.owner, RecordText::isoDate(m.facts.due), m.stateName, m.check.text,
                detail});
        const int row = m_milestones->rowCount() - 1;
        m_milestones->item(row, 5)->setToolTip(m.check.basis);
        if (const QColor color = statusColor(m.check.status); color.isValid())
            m_milestones->item(row, 5)->setForeground(color);
        QFont bold = m_milestones->item(row, 5)->font();
        bold.setBold(m.check.status == MilestoneStatus::Overdue);
        m_milestones->item(row, 5)->setFont(bold);
    }
    if (m_state.milestones.isEmpty())
        showEmpty(m_milestones,
                  tr("还没有服务节点。点“按模板生成服务节点”，按协议约定的日期排出从审批手续到达产的各个节点。"));

    for (const ProjectService::Request& r : std::as_const(m_state.requests)) {
        addRow(m_requests, r.facts.id,
               {RecordText::isoDate(r.facts.raised), r.check.text, r.subject, r.department,
                RecordText::isoDate(r.facts.answered)},
               r.answer.isEmpty() ? QString() : tr("答复：%1").arg(r.answer));
        if (r.check.late)
            m_requests->item(m_requests->rowCount() - 1, 1)
                ->setForeground(
                    WatchPage::stateColor(r.check.answered ? WatchState::Approaching : WatchState::Triggered));
    }
    if (m_state.requests.isEmpty())
        showEmpty(m_requests, tr("企业还没有提出诉求。"));
    for (const ProjectService::LogEntry& l : std::as_const(m_state.log))
        addRow(m_log, l.id, {RecordText::isoDate(l.on), l.mode, l.content, l.nextStep},
               l.specialist.isEmpty() ? l.content : tr("%1：%2").arg(l.specialist, l.content));
    if (m_state.log.isEmpty())
        showEmpty(m_log, tr("还没有服务记录。"));

    for (QTableWidget* t : {m_milestones, m_requests, m_log}) {
        t->resizeColumnsToContents();
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), 220));
    }
}

void ServiceTab::applyTemplate(const QString& code)
{
    const ServiceTemplates::Template* t = ServiceTemplates::bundled().find(code);
    auto made = [&] {
        const BusyCursor busy;
        return ProjectService(m_workspace.db()).applyTemplate(m_id, code);
    }();
    if (!made.ok()) {
        QMessageBox::warning(this, tr("项目服务"), made.error().message);
        return;
    }
    if (made.value() == 0) {
        QMessageBox::information(this, tr("项目服务"),
                                 tr("这份协议已有“%1”模板的全部节点，没有新生成。").arg(t ? t->name : code));
        return;
    }
    QMessageBox::information(
        this, tr("项目服务"),
        tr("已按“%1”模板生成 %2 个服务节点，期限按协议约定的日期推算（悬停在“进度”上可看推算依据）。")
            .arg(t ? t->name : code)
            .arg(made.value()));
    Q_EMIT changed();
}

void ServiceTab::create(RecordKind kind)
{
    QVariantMap prefill{{QStringLiteral("agreement_id"), m_id}};
    if (kind == RecordKind::ServiceMilestone)
        prefill.insert(QStringLiteral("state"), QStringLiteral("todo"));
    if (kind == RecordKind::ServiceLog) {
        prefill.insert(QStringLiteral("mode"), QStringLiteral("onsite"));
        // the agreement's specialist, who keeps the log
        if (auto a = RecordStore(m_workspace.db(), RecordKinds::get(RecordKind::Agreement)).get(m_id); a.ok())
            prefill.insert(QStringLiteral("specialist_id"), a->value(QStringLiteral("specialist_id")));
    }
    GenericRecordDialog dialog(m_workspace, RecordKinds::get(kind), QString(), this, prefill);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void ServiceTab::open(RecordKind kind, QTableWidget* table)
{
    const QTableWidgetItem* item = table->item(table->currentRow(), 0);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    GenericRecordDialog dialog(m_workspace, RecordKinds::get(kind), item->data(Qt::UserRole).toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

// Enter or a double click: the row's form; Delete (also in its menu): removed, with undo.
void ServiceTab::bind(RecordKind kind, QTableWidget* table)
{
    connect(table, &QTableWidget::itemActivated, this, [this, kind, table] { open(kind, table); });
    auto* edit = new QAction(tr("编辑…"), table);
    connect(edit, &QAction::triggered, this, [this, kind, table] { open(kind, table); });
    auto* remove = new QAction(tr("删除"), table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this, kind, table] {
        QStringList ids;
        for (const QModelIndex& index : table->selectionModel()->selectedRows())
            if (const QTableWidgetItem* item = table->item(index.row(), 0); item && (item->flags() & Qt::ItemIsEnabled))
                ids << item->data(Qt::UserRole).toString();
        if (!ids.isEmpty())
            Q_EMIT removeRecords(kind, ids);
    });
    table->addActions({edit, remove});
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace zs::ui
