#include "desktop/ui/sites/SiteMatchTab.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/domain/RecordKind.h"
#include "desktop/core/registry/RecordKinds.h"
#include "desktop/core/sites/SiteReservations.h"
#include "desktop/print/SiteListComposer.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/materials/MaterialViewer.h"
#include "desktop/ui/agreements/WatchPage.h"
#include "desktop/ui/records/GenericRecordDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace zs::ui {

namespace {
enum Column
{
    Rank,
    Site,
    Where,
    Score,
    Reasons,
    Columns
};

QString num(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', *v == std::floor(*v) ? 0 : 1) : QString();
}
} // namespace

SiteMatchTab::SiteMatchTab(Workspace& workspace, const QString& leadId, QWidget* parent)
    : RecordPageTab(parent)
    , m_workspace(workspace)
    , m_leadId(leadId)
    , m_requirement(makeHint(QString(), this))
    , m_edit(new QPushButton(this))
    , m_reserve(new QPushButton(tr("预留所选载体"), this))
    , m_print(new QPushButton(tr("推荐清单…"), this))
    , m_excluded(new QCheckBox(tr("显示被排除的"), this))
    , m_table(new QTableWidget(0, Columns, this))
{
    setObjectName(QStringLiteral("siteMatchTab"));
    m_requirement->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editRequirement"));
    m_excluded->setObjectName(QStringLiteral("showExcluded"));
    m_excluded->setToolTip(tr("也列出不可用的载体（已出租、类型不符、差距超出容差……）及原因"));
    m_table->setObjectName(QStringLiteral("siteMatches"));
    m_table->setHorizontalHeaderLabels({tr("名次"), tr("载体"), tr("位置"), tr("匹配度"), tr("理由")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_requirement, 1);
    top->addWidget(m_excluded);
    top->addWidget(m_reserve);
    top->addWidget(m_print);
    top->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_reserve->setObjectName(QStringLiteral("reserveSite"));
    m_reserve->setEnabled(false);
    m_reserve->setToolTip(tr("把选中的载体预留给这个项目。下次同步时由总部确认：同一处载体先到者持有，"
                             "后到的预留会被退回并说明由谁预留。"));
    connect(m_reserve, &QPushButton::clicked, this, &SiteMatchTab::reserveSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem* rank = m_table->item(m_table->currentRow(), Rank);
        m_reserve->setEnabled(rank && rank->data(Qt::UserRole).toBool());
    });
    m_print->setObjectName(QStringLiteral("printSiteList"));
    m_print->setToolTip(tr("把最匹配的三处载体及理由生成 PDF 推荐清单，可打印或存入资料库并记为发给企业"));
    connect(m_print, &QPushButton::clicked, this, &SiteMatchTab::printList);
    connect(m_edit, &QPushButton::clicked, this, &SiteMatchTab::editRequirement);
    connect(m_excluded, &QCheckBox::toggled, this, &SiteMatchTab::fill);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (const QTableWidgetItem* site = m_table->item(item->row(), Site); site && !site->data(Qt::UserRole).isNull())
            Q_EMIT openRecord(RecordKind::Site, site->data(Qt::UserRole).toString());
    });

    auto match = SiteMatchService(workspace.db()).match(leadId);
    if (match.ok())
        m_match = match.value();
    else
        m_requirement->setText(match.error().code == ErrorCode::NotFound
                                   ? tr("这个项目还没有选址需求。登记需求类型、面积、供电供水和配套要求后，"
                                        "这里按匹配度列出全市可供的用地和厂房，并说明每处符合和欠缺的地方。")
                                   : match.error().message);
    m_edit->setText(m_match ? tr("编辑选址需求…") : tr("登记选址需求…"));
    m_print->setEnabled(m_match.has_value());
    fill();
}

void SiteMatchTab::fill()
{
    m_table->setRowCount(0);
    if (!m_match)
        return;
    const SiteRequirement& n = m_match->need;
    const bool land = n.need != QLatin1String("building");
    const QString unit = land ? tr("亩") : tr("㎡");
    QStringList parts{land ? tr("需要用地") : tr("需要厂房")};
    if (n.minArea || n.maxArea)
        parts << tr("面积 %1 至 %2 %3").arg(num(n.minArea), num(n.maxArea), unit);
    if (n.power)
        parts << tr("供电 %1 千伏安").arg(num(n.power));
    if (n.water)
        parts << tr("用水 %1 吨/日").arg(num(n.water));
    if (n.wastewater)
        parts << tr("需要污水处理");
    if (n.heating)
        parts << tr("需要集中供热");
    if (!n.countyNames.isEmpty())
        parts << tr("意向 %1").arg(n.countyNames.join(QStringLiteral("、")));
    int ranked = 0;
    int excluded = 0;
    for (const SiteMatchEntry& e : std::as_const(m_match->entries))
        ++(e.excluded ? excluded : ranked);
    m_requirement->setText(
        tr("%1。可供 %2 处，排除 %3 处。").arg(parts.join(QStringLiteral("，"))).arg(ranked).arg(excluded));

    QHash<QString, QString> where;
    for (const SiteFacts& s : std::as_const(m_match->sites))
        where.insert(s.id, s.parkName.isEmpty() ? s.regionName : s.regionName + QStringLiteral(" · ") + s.parkName);
    int rank = 0;
    for (const SiteMatchEntry& e : std::as_const(m_match->entries)) {
        if (e.excluded && !m_excluded->isChecked())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[Columns] = {
            e.excluded ? tr("排除") : QString::number(++rank), e.siteName, where.value(e.siteId),
            e.excluded ? QString() : QString::number(e.score, 'f', 1), e.reasons.join(QStringLiteral("；"))};
        for (int c = 0; c < Columns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == Score     ? e.basis.join(QLatin1Char('\n'))
                             : c == Reasons ? e.reasons.join(QLatin1Char('\n'))
                                            : cells[c]);
            if (e.excluded)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, Site)->setData(Qt::UserRole, e.siteId);
        m_table->item(row, Rank)->setData(Qt::UserRole, !e.excluded && !e.reservedHere); // can be reserved
        if (e.reservedHere)
            m_table->item(row, Rank)->setText(tr("%1 · 已预留").arg(rank));
        if (!e.excluded)
            m_table->item(row, Score)
                ->setForeground(WatchPage::stateColor(e.score >= 90   ? WatchState::Ok
                                                      : e.score >= 70 ? WatchState::Handled
                                                                      : WatchState::Approaching));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Site, std::min(m_table->columnWidth(Site), 240));
    m_table->setColumnWidth(Where, std::min(m_table->columnWidth(Where), 260));
}

void SiteMatchTab::reserveSelected()
{
    const QTableWidgetItem* site = m_table->item(m_table->currentRow(), Site);
    if (!site)
        return;
    auto held = SiteReservations(m_workspace.db()).reserve(site->data(Qt::UserRole).toString(), m_leadId);
    if (!held.ok()) {
        QMessageBox::warning(this, tr("预留载体"), held.error().message);
        return;
    }
    QMessageBox::information(this, tr("预留载体"),
                             tr("已把「%1」预留给本项目。下次同步时由总部确认；如果其他组已先预留，"
                                "这条预留会被退回，并在同步页说明由谁预留。")
                                 .arg(held->siteName));
    Q_EMIT changed();
}

void SiteMatchTab::printList()
{
    SiteListComposer composer(m_workspace.db());
    auto list = [&] {
        const BusyCursor busy;
        return composer.compose(m_leadId, 3);
    }();
    auto pdf = list.ok() ? composer.pdf(list.value()) : Result<QByteArray>(list.error());
    if (!pdf.ok()) {
        QMessageBox::warning(this, tr("推荐清单"), pdf.error().message);
        return;
    }
    MaterialViewer viewer(pdf.value(), list->title, this);
    viewer.exec();
    if (QMessageBox::question(this, tr("推荐清单"),
                              tr("把这份推荐清单存入资料库，并记为发给%1？").arg(list->company)) != QMessageBox::Yes)
        return;
    auto kept = composer.record(list.value(), pdf.value());
    if (!kept.ok()) {
        QMessageBox::warning(this, tr("推荐清单"), kept.error().message);
        return;
    }
    Q_EMIT changed();
}

void SiteMatchTab::editRequirement()
{
    const KindDecl& kind = RecordKinds::get(RecordKind::SiteRequirement);
    GenericRecordDialog dialog(
        m_workspace, kind, m_match ? m_match->requirementId : QString(), this,
        {{QStringLiteral("lead_id"), m_leadId}, {QStringLiteral("need"), QStringLiteral("land")}});
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace zs::ui
