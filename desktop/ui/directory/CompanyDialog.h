#pragma once

#include "desktop/core/domain/Records.h"
#include "desktop/ui/records/RecordDialog.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace zs {
class Workspace;
}

namespace zs::ui {

// 客商 form: identity (name, credit code checked as typed), industry, size, revenue, hometown flag; for an existing
// company also its contacts and its timeline (visits, leads, events in date order).
class CompanyDialog : public RecordDialog
{
    Q_OBJECT

public:
    // Empty id: a new company (optionally with a name already typed elsewhere).
    CompanyDialog(Workspace& workspace, const QString& id, QWidget* parent = nullptr, const QString& name = {});
    QString companyId() const { return m_company.id; }

Q_SIGNALS:
    // The user asked to open the record a duplicate points to.
    void openExisting(const QString& id);

protected:
    Result<void> save() override;

private:
    void checkCreditCode();
    void loadContacts();
    void checkSimilar();
    void addContact();

    Workspace& m_workspace;
    Company m_company;
    QLineEdit* m_name;
    QLineEdit* m_creditCode;
    QComboBox* m_industry;
    QLineEdit* m_hqCity;
    QComboBox* m_size;
    QLineEdit* m_revenue;
    QLineEdit* m_tags;
    QCheckBox* m_hometown;
    QLineEdit* m_source;
    QPlainTextEdit* m_notes;
    QTableWidget* m_contacts = nullptr;
    QPushButton* m_openExisting = nullptr;
    QString m_existingId;
    QLabel* m_similar = nullptr; // while typing: a company with the same or a similar name
    QTimer m_similarDelay;
};

} // namespace zs::ui
