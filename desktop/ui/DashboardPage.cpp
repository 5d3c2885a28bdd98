#include "desktop/ui/DashboardPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/analytics/WorkspaceOverview.h"
#include "desktop/ui/Style.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace zs::ui {

namespace {
QListWidget* makeList(QWidget* parent, const char* name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    return list;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_counts(new QLabel(this))
    , m_due(makeList(this, "dueList"))
    , m_recent(makeList(this, "recentList"))
    , m_stages(makeList(this, "stageList"))
    , m_facts(makeHint(QString(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(makeTitle(tr("工作台"), this));
    layout->addWidget(makeHint(QLocale().toString(QDate::currentDate(), tr("yyyy年M月d日 dddd")), this));
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    layout->addWidget(m_counts);
    auto* grid = new QGridLayout;
    grid->addWidget(box(tr("今天和逾期的跟进"), m_due, this), 0, 0);
    grid->addWidget(box(tr("最近的走访"), m_recent, this), 0, 1);
    grid->addWidget(box(tr("项目线索（按阶段）"), m_stages, this), 1, 0);
    auto* shortcuts = makeHint(tr("快捷键：Ctrl+N 新走访，Ctrl+F 搜索，Ctrl+1…7 切换栏目，Ctrl+L 锁定工作区。"), this);
    grid->addWidget(box(tr("本工作区"), m_facts, this), 1, 1);
    layout->addLayout(grid, 1);
    layout->addWidget(shortcuts);
    auto open = [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT openVisit(id);
    };
    connect(m_due, &QListWidget::itemActivated, this, open);
    connect(m_recent, &QListWidget::itemActivated, this, open);
    refresh();
}

void DashboardPage::refresh()
{
    const QDate today = QDate::currentDate();
    auto summary = WorkspaceOverview(m_workspace.db()).summary(today);
    m_due->clear();
    m_recent->clear();
    m_stages->clear();
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
    for (const auto& f : s.overdue) {
        auto* item =
            new QListWidgetItem(tr("逾期 %1 天 · %2：%3").arg(f.due.daysTo(today)).arg(f.company, f.nextStep), m_due);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        item->setData(Qt::UserRole, f.visitId);
    }
    for (const auto& f : s.dueToday)
        (new QListWidgetItem(tr("今天 · %1：%2").arg(f.company, f.nextStep), m_due))->setData(Qt::UserRole, f.visitId);
    if (m_due->count() == 0)
        m_due->addItem(tr("没有到期的跟进事项。"));
    for (const auto& v : s.recentVisits) {
        auto* item = new QListWidgetItem(QDateTime::fromMSecsSinceEpoch(v.visitedAt).toString(QStringLiteral("MM-dd")) +
                                             QStringLiteral("  ") + v.company +
                                             (v.outcome.isEmpty() ? QString() : QStringLiteral(" — ") + v.outcome),
                                         m_recent);
        item->setData(Qt::UserRole, v.visitId);
    }
    if (m_recent->count() == 0)
        m_recent->addItem(tr("还没有走访记录。按 Ctrl+N 记下第一次走访。"));
    for (const auto& stage : s.leadsByStage)
        m_stages->addItem(QStringLiteral("%1　%2").arg(stage.name, -6).arg(stage.count));
    auto stats = m_workspace.stats();
    if (stats.ok()) {
        const QJsonObject& j = stats.value();
        m_facts->setText(tr("%1\n加密：SQLCipher %2 · AES-256 · 密钥由 Argon2id 保护\n本机标识：%3")
                             .arg(j.value(QStringLiteral("path")).toString(),
                                  j.value(QStringLiteral("sqlcipher_version")).toString(),
                                  j.value(QStringLiteral("device_id")).toString()));
    }
}

} // namespace zs::ui
