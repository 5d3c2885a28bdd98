#pragma once

#include "desktop/core/agreements/ProjectService.h"
#include "desktop/core/domain/RecordKind.h"
#include "desktop/ui/records/RecordPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// An agreement page's 项目服务 tab (policy paper 四(四)3): the project's service milestones by stage with where each
// stands today (逾期, 受阻, 临近… in the watch's colours, how it was computed on hover), the enterprise's requests with
// their days to answer, and the specialist's service log. 按模板生成服务节点 plans a template's milestones onto the
// agreement's dates; a row opens its form with Enter or a double click, Delete removes it (with undo).
class ServiceTab : public RecordPageTab
{
    Q_OBJECT

public:
    ServiceTab(Workspace& workspace, const QString& agreementId, QWidget* parent = nullptr);
    const ProjectService::State& state() const { return m_state; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* milestones() const { return m_milestones; }
    QTableWidget* requests() const { return m_requests; }
    QTableWidget* log() const { return m_log; }
    // 按模板生成服务节点 with the template `code` (the button's menu); what was made is said in a message.
    void applyTemplate(const QString& code);

private:
    void fill();
    void create(RecordKind kind);
    void open(RecordKind kind, QTableWidget* table);
    void bind(RecordKind kind, QTableWidget* table);

    Workspace& m_workspace;
    QString m_id;
    ProjectService::State m_state;
    QLabel* m_summary;
    QPushButton* m_template;
    QTableWidget* m_milestones;
    QTableWidget* m_requests;
    QTableWidget* m_log;
};

} // namespace zs::ui
