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
// investment promised against the investment reported as a Qt Charts line chart (累计投资 by date).
class AgreementWatchTab : public RecordPageTab
{
    Q_OBJECT

public:
    AgreementWatchTab(Workspace& workspace, const QString& agreementId, QWidget* parent = nullptr);
    QTableWidget* conditions() const { return m_table; }

private:
    void composeNotice();
    QWidget* tranchesChart(const AgreementFacts& facts);

    Workspace& m_workspace;
    QString m_id;
    QTableWidget* m_table;
    QPushButton* m_notice;
    QList<ConditionResult> m_results;
};

} // namespace zs::ui
