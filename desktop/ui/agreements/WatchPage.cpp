#include "desktop/ui/agreements/WatchPage.h"

#include "desktop/core/Workspace.h"
#include "desktop/ui/Style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zs::ui {

QColor WatchPage::stateColor(WatchState state)
{
    switch (state) {
    case WatchState::Triggered:
        return QColor(0xb3, 0x26, 0x1e);
    case WatchState::Approaching:
        return QColor(0xb2, 0x6a, 0x00);
    case WatchState::Handled:
        return QColor(0x2f, 0x6d, 0xa3);
    case WatchState::Ok:
        break;
    }
    return QColor(0x3b, 0x7d, 0x3b);
}

void WatchPage::fillTable(QTableWidget* table, const QList<AgreementWatchService::Entry>& entries)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AgreementWatchService::Entry& e = entries[row];
        const ConditionResult& r = e.result;
        const QString cells[Columns] = {e.number,
                                        e.company,
                                        e.region,
                                        AgreementWatch::conditionName(r.condition),
                                        AgreementWatch::stateName(r.state),
                                        r.since.isValid() ? r.since.toString(Qt::ISODate) : QString(),
                                        r.reason,
                                        r.nextStep.isEmpty() ? QString() : AgreementWatch::measureName(r.nextStep)};
        const QString basis =
            r.basis.isEmpty() ? r.reason : r.reason + QStringLiteral("\n· ") + r.basis.join(QStringLiteral("\n· "));
        for (int c = 0; c < Columns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == Reason ? basis : cells[c]);
            if (c == State) {
                item->setForeground(stateColor(r.state));
                QFont bold = item->font();
                bold.setBold(r.state == WatchState::Triggered);
                item->setFont(bold);
            }
            table->setItem(row, c, item);
        }
        table->item(row, Number)->setData(Qt::UserRole, e.agreementId);
    }
}

QTableWidget* WatchPage::makeTable(QWidget* parent)
{
    auto* table = new QTableWidget(0, Columns, parent);
    table->setHorizontalHeaderLabels({WatchPage::tr("协议编号"), WatchPage::tr("企业"), WatchPage::tr("县（市、区）"),
                                      WatchPage::tr("退出情形"), WatchPage::tr("状态"), WatchPage::tr("起始日期"),
                                      WatchPage::tr("原因"), WatchPage::tr("下一步")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    return table;
}

WatchPage::WatchPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_state(new QComboBox(this))
    , m_county(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_park(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_specialist(new QComboBox(this))
    , m_summary(makeHint(QString(), this))
    , m_tabs(new QTabWidget(this))
    , m_table(makeTable(this))
    , m_stages(new QTableWidget(0, 6, this))
    , m_kpis(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("watchPage"));
    m_asOf->setObjectName(QStringLiteral("watchAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_state->setObjectName(QStringLiteral("watchState"));
    m_state->addItem(tr("需要关注"), QStringLiteral("attention"));
    m_state->setToolTip(tr("需要关注：触发、临近和已处置的退出情形"));
    m_state->addItem(tr("触发"), AgreementWatch::stateCode(WatchState::Triggered));
    m_state->addItem(tr("临近"), AgreementWatch::stateCode(WatchState::Approaching));
    m_state->addItem(tr("已处置"), AgreementWatch::stateCode(WatchState::Handled));
    m_state->addItem(tr("全部"), QString());
    m_condition->addItem(tr("全部情形"), 0);
    for (int c = 1; c <= AgreementWatch::kConditions; ++c)
        m_condition->addItem(tr("%1. %2").arg(c).arg(AgreementWatch::conditionName(c)), c);
    m_table->setObjectName(QStringLiteral("watchTable"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(makeTitle(tr("履约监测"), this));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("截至"), this));
    filters->addWidget(m_asOf);
    filters->addSpacing(12);
    filters->addWidget(m_state);
    filters->addWidget(m_county);
    filters->addWidget(m_condition);
    for (QComboBox* box : {m_park, m_team, m_specialist}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    m_stages->setObjectName(QStringLiteral("watchStages"));
    m_stages->setHorizontalHeaderLabels(
        {tr("阶段"), tr("协议编号"), tr("企业"), tr("县（市、区）"), tr("签约日期"), tr("约定开工")});
    m_kpis->setObjectName(QStringLiteral("watchKpis"));
    m_kpis->setHorizontalHeaderLabels(
        {tr("县（市、区）"), tr("协议数"), tr("履约率"), tr("开工率"), tr("资金到位率"), tr("建成投产率")});
    for (QTableWidget* t : {m_stages, m_kpis}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setAlternatingRowColors(true);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_tabs->addTab(m_table, tr("退出情形"));
    m_tabs->addTab(m_stages, tr("三未清单"));
    m_tabs->addTab(m_kpis, tr("县区指标"));
    layout->addWidget(m_tabs, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &WatchPage::reload);
    for (QComboBox* box : {m_state, m_county, m_condition, m_park, m_team, m_specialist})
        connect(box, &QComboBox::currentIndexChanged, this, &WatchPage::fill);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_table->item(row, Number))
            Q_EMIT openRecord(RecordKind::Agreement, item->data(Qt::UserRole).toString());
    });
    connect(m_stages, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_stages->item(row, 1))
            Q_EMIT openRecord(RecordKind::Agreement, item->data(Qt::UserRole).toString());
    });
    reload();
}

void WatchPage::reload()
{
    auto watch = AgreementWatchService(m_workspace.db()).evaluate(m_asOf->date());
    if (!watch.ok()) {
        QMessageBox::warning(this, tr("履约监测"), watch.error().message);
        return;
    }
    m_watch = std::move(watch.value());
    // Each filter offers what the watch has, keeping what was chosen.
    const auto refill = [this](QComboBox* box, const QString& all, auto field) {
        const QString chosen = box->currentData().toString();
        QStringList values;
        for (const AgreementWatchService::Entry& e : std::as_const(m_watch.entries))
            if (const QString v = field(e); !v.isEmpty() && !values.contains(v))
                values << v;
        values.sort();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& v : std::as_const(values))
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    using E = AgreementWatchService::Entry;
    refill(m_county, tr("全部县（市、区）"), [](const E& e) { return e.region; });
    refill(m_park, tr("全部园区"), [](const E& e) { return e.park; });
    refill(m_team, tr("全部签约组"), [](const E& e) { return e.team; });
    refill(m_specialist, tr("全部专员"), [](const E& e) { return e.specialist; });
    fill();
}

void WatchPage::fill()
{
    const QString state = m_state->currentData().toString();
    const QString county = m_county->currentData().toString();
    const int condition = m_condition->currentData().toInt();
    const QString park = m_park->currentData().toString();
    const QString team = m_team->currentData().toString();
    const QString specialist = m_specialist->currentData().toString();
    QList<AgreementWatchService::Entry> shown;
    int counts[4] = {0, 0, 0, 0};
    for (const AgreementWatchService::Entry& e : std::as_const(m_watch.entries)) {
        ++counts[AgreementWatch::severity(e.result.state)];
        const QString code = AgreementWatch::stateCode(e.result.state);
        const bool stateOk = state.isEmpty() || code == state ||
                             (state == QLatin1String("attention") && e.result.state != WatchState::Ok);
        const auto matches = [](const QString& chosen, const QString& value) {
            return chosen.isEmpty() || chosen == value;
        };
        if (stateOk && matches(county, e.region) && (condition == 0 || e.result.condition == condition) &&
            matches(park, e.park) && matches(team, e.team) && matches(specialist, e.specialist))
            shown << e;
    }
    fillTable(m_table, shown);
    m_table->resizeColumnsToContents();
    fillStages(county);
    fillKpis(county);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    if (m_watch.agreements == 0) {
        m_summary->setText(
            tr("本机还没有投资协议。县区跟踪服务专员登记的协议、本组签约项目的协议同步后会出现在这里。"));
        return;
    }
    QString text = tr("共 %1 份协议：触发 %2 项，临近 %3 项，已处置 %4 项。")
                       .arg(m_watch.agreements)
                       .arg(counts[3])
                       .arg(counts[2])
                       .arg(counts[1]);
    if (!m_watch.missingReports.isEmpty()) {
        QStringList lines;
        for (const auto& [number, reason] : std::as_const(m_watch.missingReports))
            lines << tr("%1：%2").arg(number, reason);
        text += tr("%1 份协议缺少近期履约进展（资料缺失不算正常）。").arg(m_watch.missingReports.size());
        m_summary->setToolTip(lines.join(QLatin1Char('\n')));
    } else {
        m_summary->setToolTip(QString());
    }
    m_summary->setText(text);
}

void WatchPage::fillStages(const QString& county)
{
    QList<AgreementWatchService::Stage> open;
    for (const AgreementWatchService::Stage& st : std::as_const(m_watch.stages))
        if (st.lifecycle != AgreementWatch::Lifecycle::Producing && (county.isEmpty() || st.region == county))
            open << st;
    std::stable_sort(open.begin(), open.end(), [](const auto& a, const auto& b) { return a.lifecycle < b.lifecycle; });
    m_stages->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const AgreementWatchService::Stage& st = open[row];
        const QString cells[] = {AgreementWatch::lifecycleName(st.lifecycle),
                                 st.number,
                                 st.company,
                                 st.region,
                                 st.signedOn.toString(Qt::ISODate),
                                 st.startDue.toString(Qt::ISODate)};
        for (int c = 0; c < 6; ++c)
            m_stages->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_stages->item(row, 1)->setData(Qt::UserRole, st.agreementId);
    }
    m_stages->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("三未清单（%1）").arg(open.size()));
}

void WatchPage::fillKpis(const QString& county)
{
    const auto share = [](double part, double whole, const QString& how) {
        auto* item = new QTableWidgetItem(whole > 0 ? QStringLiteral("%1%").arg(part * 100.0 / whole, 0, 'f', 1)
                                                    : QStringLiteral("—"));
        item->setToolTip(how);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    QList<AgreementWatchService::Kpi> rows;
    for (const AgreementWatchService::Kpi& k : std::as_const(m_watch.kpis))
        if (county.isEmpty() || k.region == county)
            rows << k;
    m_kpis->setRowCount(int(rows.size()));
    const QLocale locale = QLocale::system();
    for (int row = 0; row < rows.size(); ++row) {
        const AgreementWatchService::Kpi& k = rows[row];
        auto* name = new QTableWidgetItem(k.region.isEmpty() ? tr("全市") : k.region);
        if (k.region.isEmpty()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_kpis->setItem(row, 0, name);
        m_kpis->setItem(row, 1, new QTableWidgetItem(QString::number(k.agreements)));
        m_kpis->setItem(row, 2,
                        share(k.compliant, k.agreements,
                              tr("没有触发退出情形的协议 %1 份 ÷ 协议 %2 份").arg(k.compliant).arg(k.agreements)));
        m_kpis->setItem(
            row, 3,
            share(k.started, k.startDue, tr("已开工 %1 份 ÷ 已到约定开工日期 %2 份").arg(k.started).arg(k.startDue)));
        m_kpis->setItem(row, 4,
                        share(k.investedWan, k.agreedWan,
                              tr("报告的累计投资 %1 万元 ÷ 协议总投资 %2 万元")
                                  .arg(locale.toString(k.investedWan, 'f', 0), locale.toString(k.agreedWan, 'f', 0))));
        m_kpis->setItem(row, 5,
                        share(k.producing, k.productionDue,
                              tr("已投产 %1 份 ÷ 已到约定投产日期 %2 份").arg(k.producing).arg(k.productionDue)));
    }
    m_kpis->resizeColumnsToContents();
}

} // namespace zs::ui
