#pragma once

#include "desktop/core/domain/Records.h"
#include "desktop/ui/records/RecordDialog.h"

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QCheckBox;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 走访: the quick form an officer fills in after a meeting. The company is picked by typing any part of its name,
// or created on the spot from what was typed; city and officers default to the last visit. An existing visit is
// corrected, never overwritten: every change is kept in its history.
class VisitDialog : public RecordDialog
{
    Q_OBJECT

public:
    VisitDialog(Workspace& workspace, const QString& id, QWidget* parent = nullptr, const QString& companyId = {});
    QString visitId() const { return m_visit.id; }

protected:
    Result<void> save() override;

private:
    void loadCompanies();
    void companyChanged();
    QString resolveCompanyId() const;

    Workspace& m_workspace;
    Visit m_visit;
    QComboBox* m_company;
    QLabel* m_companyHint;
    QDateTimeEdit* m_when;
    QComboBox* m_city;
    QLineEdit* m_place;
    QComboBox* m_purpose;
    QListWidget* m_contacts;
    QLineEdit* m_newContact;
    QLineEdit* m_officers;
    QPlainTextEdit* m_notes;
    QLineEdit* m_outcome;
    QComboBox* m_intent;
    QLineEdit* m_nextStep;
    QCheckBox* m_hasDue;
    QDateEdit* m_nextDue;
    QLineEdit* m_materials;
    QListWidget* m_library; // library materials handed out at this visit (recorded as handouts)
};

} // namespace zs::ui
