#pragma once

#include "desktop/core/domain/Records.h"
#include "desktop/ui/records/RecordDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 推介会 / 经贸活动 / 校园招聘 with the companies that came.
class EventDialog : public RecordDialog
{
    Q_OBJECT

public:
    EventDialog(Workspace& workspace, const QString& id, QWidget* parent = nullptr);

protected:
    Result<void> save() override;

private:
    void addAttendee();

    Workspace& m_workspace;
    Event m_event;
    QDateEdit* m_date;
    QLineEdit* m_city;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_organiser;
    QLineEdit* m_materials;
    QPlainTextEdit* m_notes;
    QComboBox* m_companyPicker;
    QListWidget* m_attendees;
};

} // namespace zs::ui
