#include "desktop/ui/DashboardPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/analytics/WorkspaceOverview.h"
#include "desktop/core/sync/SyncController.h"
#include "desktop/core/visits/VisitService.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/sync/SyncText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
constexpr int kVisitRole = Qt::UserRole;

QListWidget* makeList(QWidget* parent, const char* name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    return list;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent, QLayout* below = nullptr)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content, 1);
    if (below)
        layout->addLayout(below);
    return group;
}

// The date picker of "改期 → 选择日期…".
QDate pickDate(QWidget* parent, const QDate& from)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(DashboardPage::tr("改到哪一天"));
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(QDate::currentDate());
    calendar->setSelectedDate(from);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}
} // namespace

DashboardPage::DashboardPage(Workspace& workspace, SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sync(sync)
    , m_counts(new QLabel(this))
    , m_due(makeList(this, "dueList"))
    , m_done(new QPushButton(tr("标记完成"), this))
    , m_reschedule(new QPushButton(tr("改期"), this))
    , m_recent(makeList(this, "recentList"))
    , m_chartBox(new QWidget(this))
    , m_syncState(makeHint(QString(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(makeTitle(tr("工作台"), this));
    layout->addWidget(makeHint(QLocale().toString(QDate::currentDate(), tr("yyyy年M月d日 dddd")), this));
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    layout->addWidget(m_counts);

    m_done->setObjectName(QStringLiteral("followUpDone"));
    m_reschedule->setObjectName(QStringLiteral("followUpReschedule"));
    m_done->setToolTip(tr("这一步已经做完：不再列在跟进里"));
    auto* when = new QMenu(m_reschedule);
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(8 - today.dayOfWeek());
    for (const auto& [text, date] : {std::pair{tr("明天"), today.addDays(1)},
                                     {tr("后天"), today.addDays(2)},
                                     {tr("下周一"), monday},
                                     {tr("一周后"), today.addDays(7)}})
        when->addAction(text, this, [this, date = date] { rescheduleSelected(date); });
    when->addAction(tr("选择日期…"), this, [this, today] {
        const QDate picked = pickDate(this, today.addDays(1));
        if (picked.isValid())
            rescheduleSelected(picked);
    });
    m_reschedule->setMenu(when);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_reschedule);
    actions->addStretch(1);

    auto* syncColumn = new QWidget(this);
    auto* syncLayout = new QVBoxLayout(syncColumn);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    m_syncState->setObjectName(QStringLiteral("dashboardSync"));
    syncLayout->addWidget(m_syncState);
    syncLayout->addStretch(1);
    syncLayout->addWidget(
        makeHint(tr("快捷键：Ctrl+N 新走访，Ctrl+F 搜索，Ctrl+1…9 切换栏目，Ctrl+L 锁定工作区。"), syncColumn));

    auto* grid = new QGridLayout;
    grid->addWidget(box(tr("跟进事项（逾期、今天和未来一周）"), m_due, this, actions), 0, 0);
    grid->addWidget(box(tr("最近的走访"), m_recent, this), 0, 1);
    grid->addWidget(box(tr("项目线索（按阶段）"), m_chartBox, this), 1, 0);
    grid->addWidget(box(tr("同步"), syncColumn, this), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);
    new QVBoxLayout(m_chartBox);
    m_chartBox->layout()->setContentsMargins(0, 0, 0, 0);

    auto open = [this](QListWidgetItem* item) {
        const QString id = item->data(kVisitRole).toString();
        if (!id.isEmpty())
            Q_EMIT openVisit(id);
    };
    connect(m_due, &QListWidget::itemActivated, this, open);
    connect(m_recent, &QListWidget::itemActivated, this, open);
    connect(m_due, &QListWidget::currentRowChanged, this, &DashboardPage::updateButtons);
    connect(m_done, &QPushButton::clicked, this, &DashboardPage::completeSelected);
    connect(&m_sync, &SyncController::statusChanged, this, &DashboardPage::refreshSync);
    refresh();
}

QString DashboardPage::selectedVisit() const
{
    const QListWidgetItem* item = m_due->currentItem();
    return item ? item->data(kVisitRole).toString() : QString();
}

void DashboardPage::updateButtons()
{
    const bool chosen = !selectedVisit().isEmpty();
    m_done->setEnabled(chosen);
    m_reschedule->setEnabled(chosen);
}

bool DashboardPage::completeSelected()
{
    const QString id = selectedVisit();
    if (id.isEmpty())
        return false;
    auto done = VisitService(m_workspace.db()).completeNextStep(id);
    if (!done.ok()) {
        QMessageBox::warning(this, tr("标记完成"), done.error().message);
        return false;
    }
    refresh();
    Q_EMIT recordsChanged();
    return true;
}

bool DashboardPage::rescheduleSelected(const QDate& due)
{
    const QString id = selectedVisit();
    if (id.isEmpty() || !due.isValid())
        return false;
    auto moved = VisitService(m_workspace.db()).rescheduleNextStep(id, due);
    if (!moved.ok()) {
        QMessageBox::warning(this, tr("改期"),
                             moved.error().fields.isEmpty() ? moved.error().message : moved.error().fields.first());
        return false;
    }
    refresh();
    Q_EMIT recordsChanged();
    return true;
}

void DashboardPage::refresh()
{
    const QDate today = QDate::currentDate();
    auto summary = WorkspaceOverview(m_workspace.db()).summary(today);
    m_due->clear();
    m_recent->clear();
    if (!summary.ok()) {
        m_counts->setText(summary.error().message);
        return;
    }
    const auto& s = summary.value();
    m_counts->setText(tr("客商 %1 家 · 联系人 %2 位 · 走访 %3 次 · 项目线索 %4 个 · 推介活动 %5 场")
                          .arg(s.companies)
                          .arg(s.contacts)
                          .arg(s.visits)
                          .arg(s.leads)
                          .arg(s.events));
    const auto add = [this](const WorkspaceOverview::FollowUp& f, const QString& when, const QColor& colour) {
        auto* item = new QListWidgetItem(tr("%1 · %2：%3").arg(when, f.company, f.nextStep), m_due);
        item->setData(kVisitRole, f.visitId);
        item->setToolTip(tr("跟进日期 %1。双击打开这次走访。").arg(f.due.toString(Qt::ISODate)));
        if (colour.isValid())
            item->setForeground(colour);
    };
    for (const auto& f : s.overdue)
        add(f, tr("逾期 %1 天").arg(f.due.daysTo(today)), QColor(0xb3, 0x26, 0x1e));
    for (const auto& f : s.dueToday)
        add(f, tr("今天"), QColor(0x2f, 0x6d, 0xa3));
    for (const auto& f : s.dueThisWeek)
        add(f, QLocale().toString(f.due, tr("M月d日 ddd")), QColor());
    if (m_due->count() == 0)
        m_due->addItem(tr("未来一周没有要跟进的事项。"));
    updateButtons();
    for (const auto& v : s.recentVisits) {
        auto* item = new QListWidgetItem(QDateTime::fromMSecsSinceEpoch(v.visitedAt).toString(QStringLiteral("MM-dd")) +
                                             QStringLiteral("  ") + v.company +
                                             (v.outcome.isEmpty() ? QString() : QStringLiteral(" — ") + v.outcome),
                                         m_recent);
        item->setData(kVisitRole, v.visitId);
    }
    if (m_recent->count() == 0)
        m_recent->addItem(tr("还没有走访记录。按 Ctrl+N 记下第一次走访。"));

    m_charted.clear();
    for (const auto& stage : s.leadsByStage)
        m_charted << qMakePair(stage.name, stage.count);
    QLayoutItem* old = m_chartBox->layout()->takeAt(0);
    if (old) {
        delete old->widget();
        delete old;
    }
    m_chartBox->layout()->addWidget(buildChart());
    refreshSync();
}

// Qt Charts: one bar per stage, in the pipeline's order from the top.
QWidget* DashboardPage::buildChart()
{
    if (std::all_of(m_charted.begin(), m_charted.end(), [](const auto& s) { return s.second == 0; }))
        return makeHint(tr("还没有项目线索。在“项目线索”里新建，或从走访记录中转为线索。"), m_chartBox);
    auto* set = new QBarSet(tr("线索数"));
    set->setColor(QColor(0x2f, 0x6d, 0xa3));
    set->setLabelColor(QColor(0x1d, 0x27, 0x33));
    QStringList stages;
    int most = 0;
    for (auto it = m_charted.crbegin(); it != m_charted.crend(); ++it) { // the first stage on top
        stages << it->first;
        *set << it->second;
        most = qMax(most, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundVisible(false);
    auto* categories = new QBarCategoryAxis;
    categories->append(stages);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85); // eleven stage names fit beside their bars
    categories->setLabelsFont(small);
    categories->setGridLineVisible(false);
    categories->setTruncateLabels(false); // 项目落地, not …
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    const int step = qMax(1, (most + 4) / 5);      // whole leads, about five steps
    values->setRange(0, (most / step + 1) * step); // room for the count past the longest bar
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(small);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    auto* view = new QChartView(chart, m_chartBox);
    view->setObjectName(QStringLiteral("stageChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

void DashboardPage::refreshSync()
{
    const QJsonObject status = m_sync.status();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!status.value(QStringLiteral("enrolled")).toBool()) {
        m_syncState->setText(tr("这个工作区还没有登记到总部。到“同步”页登记后，每天自动与总部交换记录。"));
        return;
    }
    const qint64 last = status.value(QStringLiteral("last_success")).toInteger();
    const qint64 pending = status.value(QStringLiteral("pending")).toInteger();
    QString text = last > 0 ? tr("上次同步：%1").arg(SyncText::relativeTime(last, now)) : tr("还没有同步过");
    text += QLatin1Char('\n') + (pending > 0 ? tr("待上传 %1 条修改").arg(pending) : tr("本机的修改都已上传"));
    const QString error = status.value(QStringLiteral("last_error")).toString();
    if (!error.isEmpty())
        text += QLatin1Char('\n') + tr("最近一次失败：%1").arg(error);
    m_syncState->setText(text);
}

} // namespace zs::ui
