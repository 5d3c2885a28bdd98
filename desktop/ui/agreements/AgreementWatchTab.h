#pragma once

#include "desktop/core/agreements/AgreementWatch.h"
#include "desktop/ui/records/RecordPage.h"

class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// An agreement page's 履约监测 tab: the six exit conditions as of today (reason on the row, the basis on hover),
// 生成催告函… for a triggered or handled one (the notice previewed; 登记 keeps it and records the measure), and the
// investment promised against the investment reported as a Qt Charts line chart (累计投资 by date). 登记收回土地…
// records the ladder's last rung for a breached condition and returns the land to the site inventory.
class AgreementWatchTab : public RecordPageTab
{
    Q_OBJECT

public:
    AgreementWatchTab(Workspace& workspace, const QString& agreementId, QWidget* parent = nullptr);
    QTableWidget* conditions() const { return m_table; }

private:
    void composeNotice();
    void reclaimLand();
    QWidget* tranchesChart(const AgreementFacts& facts);

    Workspace& m_workspace;
    QString m_id;
    QTableWidget* m_table;
    QPushButton* m_notice;
    QPushButton* m_reclaim;
    QList<ConditionResult> m_results;
};

} // namespace zs::ui
