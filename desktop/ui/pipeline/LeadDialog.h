#pragma once

#include "desktop/core/domain/Records.h"
#include "desktop/ui/records/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 招商线索/项目: what, how big (万元, 亩, ㎡), where it could land (with a check of the park's industry positioning),
// where it came from, and its pipeline stage (going back or closing needs a reason).
class LeadDialog : public RecordDialog
{
    Q_OBJECT

public:
    LeadDialog(Workspace& workspace, const QString& id, QWidget* parent = nullptr, const QString& companyId = {});

protected:
    Result<void> save() override;

private:
    void regionChanged();
    void updateParkFit();

    Workspace& m_workspace;
    Lead m_lead;
    QComboBox* m_company;
    QLineEdit* m_title;
    QComboBox* m_industry;
    QLineEdit* m_investment;
    QLineEdit* m_land;
    QLineEdit* m_floor;
    QComboBox* m_region;
    QComboBox* m_park;
    QLabel* m_parkFit;
    QComboBox* m_source;
    QLineEdit* m_sourceDetail;
    QComboBox* m_event;
    QLineEdit* m_officer;
    QComboBox* m_stage;
    QLineEdit* m_stageReason;
    QPlainTextEdit* m_notes;
};

} // namespace zs::ui
