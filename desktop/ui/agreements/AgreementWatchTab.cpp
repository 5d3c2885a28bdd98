#include "desktop/ui/agreements/AgreementWatchTab.h"

#include "desktop/core/Workspace.h"
#include "desktop/core/agreements/AgreementWatchService.h"
#include "desktop/core/session/OfficerProfile.h"
#include "desktop/core/sites/ReclaimedLand.h"
#include "desktop/print/NoticeComposer.h"
#include "desktop/ui/Style.h"
#include "desktop/ui/agreements/WatchPage.h"
#include "desktop/ui/materials/MaterialViewer.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace zs::ui {

AgreementWatchTab::AgreementWatchTab(Workspace& workspace, const QString& agreementId, QWidget* parent)
    : RecordPageTab(parent)
    , m_workspace(workspace)
    , m_id(agreementId)
    , m_table(WatchPage::makeTable(this))
    , m_notice(new QPushButton(tr("生成催告函…"), this))
    , m_reclaim(new QPushButton(tr("登记收回土地…"), this))
{
    m_table->setObjectName(QStringLiteral("agreementWatch"));
    m_notice->setObjectName(QStringLiteral("composeNotice"));
    m_notice->setEnabled(false);
    m_notice->setToolTip(tr("选中一项“触发”或“已处置”的退出情形后，可为它生成催告函。"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_notice);
    m_reclaim->setObjectName(QStringLiteral("reclaimLand"));
    m_reclaim->setEnabled(false);
    m_reclaim->setToolTip(
        tr("选中一项“触发”或“已处置”的退出情形后，可登记依协议收回土地；收回的地块进入用地厂房清单（闲置）。"));
    actions->addWidget(m_reclaim);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    auto facts = AgreementWatchService(workspace.db()).facts(agreementId);
    if (!facts.ok() || facts->isEmpty())
        return;
    const AgreementFacts& f = facts->first();
    m_results = AgreementWatch::evaluate(f, WatchSettings::bundled(), QDate::currentDate());
    QList<AgreementWatchService::Entry> entries;
    for (const ConditionResult& r : std::as_const(m_results))
        entries.append({f.id, f.number, f.company, f.region, f.park, f.specialist, f.signingScope, r});
    WatchPage::fillTable(m_table, entries);
    for (int c : {WatchPage::Number, WatchPage::Company, WatchPage::County})
        m_table->setColumnHidden(c, true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(WatchPage::Reason, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    const int rows = m_table->verticalHeader()->length() + m_table->horizontalHeader()->sizeHint().height() +
                     2 * m_table->frameWidth() + 2;
    m_table->setMinimumHeight(rows);
    m_table->setMaximumHeight(rows);
    layout->addWidget(tranchesChart(f), 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool breached =
            row >= 0 && row < m_results.size() &&
            (m_results[row].state == WatchState::Triggered || m_results[row].state == WatchState::Handled);
        m_notice->setEnabled(breached);
        m_reclaim->setEnabled(breached);
    });
    connect(m_notice, &QPushButton::clicked, this, &AgreementWatchTab::composeNotice);
    connect(m_reclaim, &QPushButton::clicked, this, &AgreementWatchTab::reclaimLand);
}

void AgreementWatchTab::composeNotice()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const int condition = m_results[row].condition;
    NoticeComposer composer(m_workspace.db());
    auto notice = [&] {
        const BusyCursor busy;
        return composer.compose(m_id, condition);
    }();
    auto pdf = notice.ok() ? composer.pdf(notice.value()) : Result<QByteArray>(notice.error());
    if (!pdf.ok()) {
        QMessageBox::warning(this, tr("催告函"), pdf.error().message);
        return;
    }
    MaterialViewer viewer(pdf.value(), tr("%1 · %2").arg(notice->title, notice->number), this);
    viewer.exec();
    if (QMessageBox::question(
            this, tr("催告函"),
            tr("催告函 %1 已生成（%2前答复）。\n\n送达后登记为处置措施吗？登记后这份催告函存入资料库，"
               "该退出情形转为“已处置”，下一步为“取消优惠”。")
                .arg(notice->number, notice->deadline.toString(Qt::ISODate))) != QMessageBox::Yes)
        return;
    auto profile = OfficerProfile::load(m_workspace.db());
    auto measure = AgreementWatchService(m_workspace.db())
                       .recordNotice(m_id, condition, notice->number, pdf.value(), notice->date,
                                     profile.ok() ? profile->name : QString());
    if (!measure.ok()) {
        QMessageBox::warning(this, tr("催告函"), measure.error().message);
        return;
    }
    Q_EMIT changed(); // the notice is a measure now: the condition is 已处置
}

void AgreementWatchTab::reclaimLand()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    if (QMessageBox::question(
            this, tr("登记收回土地"),
            tr("依协议收回这份协议的土地？\n\n将登记一条“收回土地”处置措施，并把收回的地块作为闲置土地"
               "登记进全市用地厂房清单（附协议编号和原受让企业），供再招商。")) != QMessageBox::Yes)
        return;
    auto profile = OfficerProfile::load(m_workspace.db());
    auto recorded =
        ReclaimedLand(m_workspace.db())
            .record(m_id, QDate::currentDate(), m_results[row].condition, profile.ok() ? profile->name : QString());
    if (!recorded.ok()) {
        QMessageBox::warning(this, tr("登记收回土地"), recorded.error().message);
        return;
    }
    QMessageBox::information(this, tr("登记收回土地"),
                             tr("已登记收回土地，并把「%1」登记进用地厂房清单（闲置）。").arg(recorded->siteName));
    Q_EMIT changed();
}

// 累计投资: what the agreement promises by each tranche's date, against what the progress reports say.
QWidget* AgreementWatchTab::tranchesChart(const AgreementFacts& f)
{
    auto* promised = new QLineSeries;
    promised->setName(tr("约定累计投资"));
    auto* reported = new QLineSeries;
    reported->setName(tr("实际累计投资"));
    const auto ms = [](QDate d) { return double(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch()); };
    QList<AgreementFacts::Tranche> tranches = f.tranches;
    std::sort(tranches.begin(), tranches.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
    double top = 0;
    if (f.signedOn.isValid())
        promised->append(ms(f.signedOn), 0);
    for (const AgreementFacts::Tranche& t : std::as_const(tranches)) {
        promised->append(ms(t.due), t.cumulativeWan);
        top = std::max(top, t.cumulativeWan);
    }
    QList<AgreementFacts::Report> reports = f.reports;
    std::sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) { return a.on < b.on; });
    for (const AgreementFacts::Report& r : std::as_const(reports))
        if (r.on.isValid() && r.cumulativeWan) {
            reported->append(ms(r.on), *r.cumulativeWan);
            top = std::max(top, *r.cumulativeWan);
        }
    QPen dashed(QColor(0x2f, 0x6d, 0xa3), 2, Qt::DashLine);
    promised->setPen(dashed);
    promised->setPointsVisible(true);
    reported->setPen(QPen(QColor(0xb3, 0x26, 0x1e), 3));
    reported->setPointsVisible(true);

    auto* chart = new QChart;
    chart->setTitle(tr("投资进度：约定与实际（万元）"));
    chart->addSeries(promised);
    chart->addSeries(reported);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM"));
    QDate first = f.signedOn.isValid() ? f.signedOn : QDate::currentDate().addYears(-1);
    QDate last = QDate::currentDate();
    for (const auto& t : std::as_const(tranches))
        last = std::max(last, t.due);
    time->setRange(QDateTime(first.addMonths(-1), QTime()), QDateTime(last.addMonths(1), QTime()));
    time->setTickCount(7);
    chart->addAxis(time, Qt::AlignBottom);
    auto* amount = new QValueAxis;
    amount->setRange(0, top > 0 ? top * 1.1 : 1);
    amount->setLabelFormat(QStringLiteral("%.0f"));
    amount->applyNiceNumbers();
    chart->addAxis(amount, Qt::AlignLeft);
    for (QLineSeries* s : {promised, reported}) {
        s->attachAxis(time);
        s->attachAxis(amount);
    }
    auto* view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("tranchesChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace zs::ui
