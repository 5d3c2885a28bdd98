#pragma once

#include "desktop/core/sites/SiteMatchService.h"
#include "desktop/ui/records/RecordPage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// A lead's 选址匹配 tab: its site requirement in one line (登记 or 编辑选址需求…), then the city's sites ranked for it
// (sites/SiteMatch): score, where, and the reasons in words — what fits and by how much it misses — with how the
// score was made on hover; 显示被排除的 adds the excluded ones with why. A row opens the site's page; 预留所选载体
// promises the selected site to this project (settled at HQ: the first reservation to arrive holds it); 推荐清单…
// previews the three best as a PDF for the company and keeps it as handed out.
class SiteMatchTab : public RecordPageTab
{
    Q_OBJECT

public:
    SiteMatchTab(Workspace& workspace, const QString& leadId, QWidget* parent = nullptr);
    QLabel* requirement() const { return m_requirement; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* showExcluded() const { return m_excluded; }
    QPushButton* reserveButton() const { return m_reserve; }

private:
    void fill();
    void editRequirement();
    void reserveSelected();
    void printList();

    Workspace& m_workspace;
    QString m_leadId;
    std::optional<SiteMatchService::Match> m_match;
    QLabel* m_requirement;
    QPushButton* m_edit;
    QPushButton* m_reserve;
    QPushButton* m_print;
    QCheckBox* m_excluded;
    QTableWidget* m_table;
};

} // namespace zs::ui
